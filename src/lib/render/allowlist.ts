/**
 * The one allowlist for content HTML: what the site's renderer keeps (src/lib/render/render.ts sanitises
 * every body with it, through hast-util-sanitize) and what the `mdx-safety` rule reports when a body
 * asks for more (it asks the same sanitiser, element by element, through `judgeElement`). Nothing else
 * decides what content may publish.
 *
 * It allows the elements and attributes Markdown and GFM produce (tables with alignment, footnotes,
 * disabled task-list checkboxes, code with its language), plain HTML an editor may need that Markdown
 * cannot say, and the site's registered components (none yet). Never: script, style, event handlers,
 * forms, frames, embedded objects, `style`, `id`/`name` (except the footnotes' prefixed ids), data-*
 * (Pagefind reads `data-pagefind-*` to title and filter results), `ping`, `srcset`, `formaction`.
 * Links go to http(s), mailto and tel addresses, fragments and single-slash site paths; images come
 * from this site only.
 */
import type { Element, Properties } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

/** Components the site renders for MDX content. Add a name here (and its renderer) when the site registers one. */
export const REGISTERED_COMPONENTS: readonly string[] = [];

/** What Markdown and GFM turn into HTML. */
const MARKDOWN_ELEMENTS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'a',
  'img',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
  'sup',
  'section',
];

/** Plain HTML an editor may need that Markdown cannot say: none of these can run code, load anything or take input. */
export const CONTENT_HTML_ELEMENTS = [
  'abbr',
  'sub',
  'small',
  'b',
  'i',
  'u',
  's',
  'mark',
  'kbd',
  'cite',
  'q',
  'dfn',
  'ins',
  'span',
  'div',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'caption',
  'address',
  'time',
];

/** Elements removed with everything inside them: their content is code or markup, never text for the page. */
const REMOVED_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'svg',
  'math',
  'object',
  'embed',
  'select',
];

/** A URL a browser could load from elsewhere once it strips tabs and new lines inside it, so none may hold them. */
const NO_HIDDEN_BREAKS = '(?![^]*[\\t\\n\\r])';
/** A path on this site: one slash, never `//host` or `/\host` (which browsers read as another host). */
export const SITE_PATH = new RegExp(`^${NO_HIDDEN_BREAKS}/(?![/\\\\])`);
/** Where a link may go: a web page, an email address, a phone number, a place on this page or this site. */
export const LINK_TARGET = new RegExp(`^${NO_HIDDEN_BREAKS}(?:https?://|mailto:|tel:|#|/(?![/\\\\]))`);

/** The footnotes GFM writes are the only ids: each prefixed, so no content can take the name of a page element. */
const FOOTNOTE_REF_ID = /^user-content-fnref-/;
const FOOTNOTE_ID = /^user-content-fn-/;

export const FOOTNOTE_LABEL_ID = 'footnote-label';
/** The site's class for text only screen readers announce (src/styles/site.css). */
export const VISUALLY_HIDDEN = 'visually-hidden';

export const CONTENT_SCHEMA: Schema = {
  tagNames: [...MARKDOWN_ELEMENTS, ...CONTENT_HTML_ELEMENTS, ...REGISTERED_COMPONENTS],
  attributes: {
    '*': ['lang', ['dir', 'ltr', 'rtl', 'auto']],
    a: [
      ['href', LINK_TARGET],
      'title',
      'ariaLabel',
      ['id', FOOTNOTE_REF_ID],
      ['dataFootnoteRef', true],
      ['dataFootnoteBackref', ''],
      ['ariaDescribedBy', FOOTNOTE_LABEL_ID],
      ['className', 'data-footnote-backref'],
    ],
    img: [['src', SITE_PATH], 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    dfn: ['title'],
    time: ['dateTime'],
    details: ['open'],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [
      ['id', FOOTNOTE_ID],
      ['className', 'task-list-item'],
    ],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    code: [['className', /^language-[\w+#-]+$/]],
    th: [['align', 'left', 'right', 'center'], 'colSpan', 'rowSpan', ['scope', 'col', 'row', 'colgroup', 'rowgroup']],
    td: [['align', 'left', 'right', 'center'], 'colSpan', 'rowSpan'],
    section: [
      ['dataFootnotes', true],
      ['className', 'footnotes'],
    ],
    h2: [
      ['id', FOOTNOTE_LABEL_ID],
      ['className', VISUALLY_HIDDEN],
    ],
  },
  // A task-list checkbox is only ever a disabled checkbox: nothing in content takes input.
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // No ids but the prefixed footnote ones above, so nothing needs renaming (renaming would break their links).
  clobber: [],
  clobberPrefix: '',
  ancestors: {},
  strip: REMOVED_WITH_CONTENT,
  allowComments: false,
  allowDoctypes: false,
};

export interface Judgement {
  /** The element is removed (its text kept, unless it is one removed with its content). */
  elementDropped: boolean;
  /** Properties (hast names, e.g. `onClick`, `dataPagefindMeta`) removed or changed. */
  droppedProperties: string[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The judgement of each element with no attributes (most of a page), which depends on its name alone. */
const bareJudgements = new Map<string, Judgement>();

/** What the sanitiser does to this one element: the same call, on the element without its children. */
export function judgeElement(element: Element): Judgement {
  const properties: Properties = element.properties ?? {};
  if (Object.keys(properties).length === 0) {
    let judgement = bareJudgements.get(element.tagName);
    if (!judgement) bareJudgements.set(element.tagName, (judgement = sanitiserJudgement(element.tagName, properties)));
    return judgement;
  }
  return sanitiserJudgement(element.tagName, properties);
}

function sanitiserJudgement(tagName: string, properties: Properties): Judgement {
  const kept = sanitize({ type: 'element', tagName, properties, children: [] }, CONTENT_SCHEMA);
  if (kept.type !== 'element') return { elementDropped: true, droppedProperties: [] };
  return {
    elementDropped: false,
    droppedProperties: Object.keys(properties).filter((key) => !same(kept.properties[key], properties[key])),
  };
}

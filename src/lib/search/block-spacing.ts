/**
 * Pagefind builds a page's text by joining its text nodes, and puts a space only at the end of the block
 * elements it knows (headings, paragraphs, list items, table data cells, divs). Astro writes pages without
 * whitespace between tags, so the text of a table's caption and header cells, a disclosure's summary, a
 * quotation or a figure caption ran into its neighbours in excerpts ("EventsEventWhenWhere"). A space after the
 * end tag of every other block element keeps the words apart; between blocks it changes nothing on screen.
 */
const BLOCK_ELEMENTS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'legend',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'th',
  'thead',
  'tr',
];
const END_TAG_WITHOUT_SPACE = new RegExp(`</(${BLOCK_ELEMENTS.join('|')})>(?!\\s)`, 'gi');

/** The page with a space after each such end tag that has none. */
export function spaceBlockBoundaries(html: string): string {
  return html.replace(END_TAG_WITHOUT_SPACE, '</$1> ');
}

/**
 * `personal-data`: nothing the site publishes may carry a person's contact details or identify anyone.
 * Every string of the frontmatter (titles, summaries, event locations, decisions, themes, reasons, even
 * the names of record entries) and every text of the body is read, in every collection. Only the team's
 * own channels (`contact`, `respond.email`, `respond.phone`, `respond.post`) may hold an email address,
 * phone number or postal address; those channels, the site's contact details and the venues of the
 * file's own events may then be repeated anywhere.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  atNode,
  type FileContext,
  type Finding,
  findingAt,
  keyIndexOf,
  keyPosition,
  type ParsedEntry,
  type Position,
  type Rule,
} from './core/index.ts';
import type { SourceFile } from '../content/source.ts';
import { pathLabel } from '../content/errors.ts';
import {
  addressKey,
  personalDataIn,
  phoneDigits,
  type AllowedContacts,
  type PersonalDataMatch,
} from './personal-data-patterns.ts';

type Path = (string | number)[];

/** The team's own channels: only these fields may hold contact details, so they are not read. */
function isOwnChannel(path: Path): boolean {
  const [first, second] = path;
  return (
    first === 'contact' || (first === 'respond' && (second === 'email' || second === 'phone' || second === 'post'))
  );
}

interface OwnChannels {
  contact?: { email?: string; phone?: string };
  respond?: { email?: string; phone?: string; post?: string; events?: { location?: string }[] };
}

function allowedContacts(entry: ParsedEntry, context: FileContext): AllowedContacts {
  const site = context.settings.site.contact;
  const emails = new Set([site.email.toLowerCase()]);
  const phones = new Set([phoneDigits(site.phone)].filter((phone): phone is string => phone !== undefined));
  const addresses = [addressKey(site.address)];
  const data = entry.data as OwnChannels | undefined;
  for (const channel of [data?.contact, data?.respond]) {
    if (channel?.email) emails.add(channel.email.toLowerCase());
    const phone = channel?.phone && phoneDigits(channel.phone);
    if (phone) phones.add(phone);
  }
  if (data?.respond?.post) addresses.push(addressKey(data.respond.post));
  // A venue is a public place, and the schema asks for its postcode: the event's own address is not a home.
  for (const event of data?.respond?.events ?? []) if (event.location) addresses.push(addressKey(event.location));
  return { emails, phones, addresses };
}

function describe(match: PersonalDataMatch, where: string): string {
  switch (match.kind) {
    case 'email':
      return `the email address ${match.text} is published ${where}: use the team mailbox in contact.email instead, never a person's address`;
    case 'phone':
      return `the phone number ${match.text} is published ${where}: use the team number in contact.phone instead, never a person's number`;
    case 'ni-number':
      return `"${match.text}" looks like a National Insurance number, published ${where}: remove it; nothing on the site may identify a person`;
    case 'home-address':
      return `"${match.text}" looks like a home address, published ${where}: remove the house number and postcode; nothing on the site may identify a person`;
  }
}

/** Every string of the validated frontmatter, and every key of its records, with the path to it. */
function* frontmatterTexts(value: unknown, path: Path = []): Generator<{ path: Path; text: string }> {
  if (isOwnChannel(path)) return;
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* frontmatterTexts(item, [...path, index]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield { path: [...path, key], text: key };
      yield* frontmatterTexts(item, [...path, key]);
    }
  }
}

/** The texts of one body node that reach the page: its words, link targets and titles, alt text and component props. */
function bodyTexts(node: Nodes): string[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      return [node.value];
    case 'link':
    case 'image':
    case 'definition':
      return [linkTarget(node.url), node.title ?? '', node.type === 'image' ? (node.alt ?? '') : ''];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [attribute.value] : [],
      );
    default:
      return [];
  }
}

/** A link's address as a reader would read it: decoded, and a mailto: or tel: link as the address or number alone. */
function linkTarget(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape is read as written.
  }
  const contact = /^(?:mailto|tel):([^?]*)/i.exec(decoded);
  return contact ? contact[1]! : decoded;
}

/**
 * Where `found` is inside the field at `path`: on the key's line, or a later line of a value that runs
 * over several lines (up to the next key of the frontmatter). The key itself when it cannot be found
 * as written (an escaped or folded value).
 */
function fieldPosition(source: SourceFile, path: Path, found: string): Position {
  const key = keyPosition(source, path);
  let end = source.bodyStartLine - 1;
  for (const [, position] of keyIndexOf(source).entries())
    if (position.line > key.line && position.line < end) end = position.line;
  const lines = source.text.split('\n');
  for (let line = key.line; line < Math.max(end, key.line + 1); line += 1) {
    const column = lines[line - 1]?.indexOf(found) ?? -1;
    if (column >= 0) return { line, column: column + 1 };
  }
  return key;
}

export const personalDataRule = {
  id: 'personal-data',
  scope: 'file',
  checkEntry(entry, context) {
    const findings: Finding[] = [];
    const allowed = allowedContacts(entry, context);
    for (const { path, text } of frontmatterTexts(entry.data)) {
      for (const match of personalDataIn(text, allowed)) {
        const position = fieldPosition(entry.source, path, match.text);
        findings.push(findingAt('personal-data', 'error', entry, position, describe(match, `in ${pathLabel(path)}`)));
      }
    }
    if (entry.body) {
      visit(entry.body.tree, (node: Nodes) => {
        for (const text of bodyTexts(node)) {
          for (const match of personalDataIn(text, allowed))
            findings.push(atNode('personal-data', 'error', entry, node, describe(match, 'here')));
        }
      });
    }
    return dedupe(findings);
  },
} satisfies Rule;

/** A mailto link and its own text name the same address: report it once per line. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.line}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

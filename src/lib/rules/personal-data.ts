/**
 * `personal-data`: pages must not publish personal contact details or identify respondents. Email
 * addresses and phone numbers belong in `contact` (team ones); feedback must not carry National
 * Insurance numbers or home addresses.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ParsedEntry } from '../check/entry.ts';
import type { Finding } from '../check/finding.ts';
import { keyPosition } from '../check/positions.ts';
import { atNode, findingAt } from './report.ts';
import type { Rule, RuleContext } from './types.ts';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A run that starts like a UK number (0 or +44) and has the right number of digits once spaces go. */
const PHONE_CANDIDATE = /(?<![\w.])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s()-]{7,14}\d(?![\w])/g;
/** QQ 12 34 56 C: two prefix letters (some never issued), six digits, a suffix A-D. */
const NI_NUMBER = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const STREET = '(?:Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Place|Crescent|Gardens|Terrace|Court|Grove|Row|Walk|Rise|Mews|Square|Hill|View)';
/** A house number, a street and a postcode in one run of text: a home address. */
const HOME_ADDRESS = new RegExp(`\\b\\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’]+ ){1,3}${STREET}\\b[^\\n]{0,60}?\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b`, 'g');

export function phoneDigits(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  const national = digits.startsWith('44') && text.trim().startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
  return /^0\d{9,10}$/.test(national) ? national : undefined;
}

interface Allowed {
  emails: Set<string>;
  phones: Set<string>;
}

function allowedContacts(entry: ParsedEntry, context: RuleContext): Allowed {
  const site = context.settings.site.contact;
  const emails = new Set([site.email.toLowerCase()]);
  const phones = new Set([phoneDigits(site.phone)].filter((phone): phone is string => phone !== undefined));
  const data = entry.data as { contact?: { email?: string; phone?: string }; respond?: { email?: string; phone?: string } } | undefined;
  for (const source of [data?.contact, data?.respond]) {
    if (source?.email) emails.add(source.email.toLowerCase());
    const phone = source?.phone && phoneDigits(source.phone);
    if (phone) phones.add(phone);
  }
  return { emails, phones };
}

/** The problems in one piece of text, as messages. */
function problemsIn(text: string, allowed: Allowed, isFeedback: boolean): string[] {
  const problems: string[] = [];
  for (const email of text.match(EMAIL) ?? []) {
    if (!allowed.emails.has(email.toLowerCase())) {
      problems.push(`the email address ${email} is published here: use the team mailbox in contact.email instead, never a person's address`);
    }
  }
  for (const candidate of text.match(PHONE_CANDIDATE) ?? []) {
    const digits = phoneDigits(candidate);
    if (digits && !allowed.phones.has(digits)) {
      problems.push(`the phone number ${candidate.trim()} is published here: use the team number in contact.phone instead, never a person's number`);
    }
  }
  if (isFeedback) {
    for (const number of text.match(NI_NUMBER) ?? []) {
      problems.push(`"${number}" looks like a National Insurance number: remove it, a feedback report must not identify anyone`);
    }
    for (const address of text.match(HOME_ADDRESS) ?? []) {
      problems.push(`"${address}" looks like a home address: remove the house number and postcode, a feedback report must not identify anyone`);
    }
  }
  return problems;
}

export const personalDataRule: Rule = {
  id: 'personal-data',
  checkEntry(entry, context) {
    const findings: Finding[] = [];
    const allowed = allowedContacts(entry, context);
    const isFeedback = entry.source.collection === 'feedback';
    if (entry.body) {
      visit(entry.body.tree, (node: Nodes) => {
        let text: string | undefined;
        if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') text = node.value;
        else if (node.type === 'link' && /^(?:mailto|tel):/i.test(node.url)) text = decodeURIComponent(node.url.replace(/^(?:mailto|tel):/i, ''));
        if (text === undefined) return;
        for (const message of problemsIn(text, allowed, isFeedback)) findings.push(atNode('personal-data', 'error', entry, node, message));
      });
    }
    // Feedback themes quote respondents in the frontmatter too.
    if (isFeedback) {
      for (const { path, text } of frontmatterStrings(entry.source.frontmatter?.data)) {
        for (const message of problemsIn(text, allowed, true)) findings.push(findingAt('personal-data', 'error', entry, keyPosition(entry.source, path), message));
      }
    }
    return dedupe(findings);
  },
};

/** Every string of the frontmatter, with the path to it. */
function* frontmatterStrings(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* frontmatterStrings(item, [...path, index]);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* frontmatterStrings(item, [...path, key]);
}

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

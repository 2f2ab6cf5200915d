/**
 * `plain-language` (warnings): long sentences, a summary that reads at too high a level, and the
 * council's list of jargon. GOV.UK aims for a reading age of 9; a summary reaches everyone.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { atField, atNode, type Finding, type Rule } from './core/index.ts';
import { oneOrMany } from '../text/plural.ts';

/** US school grade (Flesch-Kincaid) above which a summary is flagged: 14 is a reading age of about 19, so only dense summaries. */
export const SUMMARY_MAX_GRADE = 14;

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Vowel groups, less a silent final e: close enough for a reading-level estimate. */
export function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  const groups = lower
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** The Flesch-Kincaid grade level of a text. */
export function readingGrade(text: string): number {
  const allWords = words(text);
  if (allWords.length === 0) return 0;
  const sentenceCount = Math.max(1, sentences(text).length);
  const syllableCount = allWords.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (allWords.length / sentenceCount) + 11.8 * (syllableCount / allWords.length) - 15.59;
}

function jargonPattern(jargon: readonly string[]): RegExp | undefined {
  if (jargon.length === 0) return undefined;
  const alternatives = jargon.map((term) =>
    term
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
}

const patternCache = new WeakMap<readonly string[], RegExp | undefined>();

export const plainLanguageRule = {
  id: 'plain-language',
  scope: 'file',
  liveThreshold: (process) =>
    `Sentences of no more than ${process.plainLanguage.maxSentenceWords} words; no listed jargon.`,
  checkEntry(entry, context) {
    const { maxSentenceWords, jargon } = context.settings.process.plainLanguage;
    if (!patternCache.has(jargon)) patternCache.set(jargon, jargonPattern(jargon));
    const pattern = patternCache.get(jargon);
    const findings: Finding[] = [];
    const jargonIn = (text: string): string[] => (pattern ? [...new Set(text.match(pattern) ?? [])] : []);
    const describeJargon = (found: string[]) =>
      `${found.map((term) => `"${term}"`).join(', ')} ${oneOrMany(found.length, 'is', 'are')} jargon: say what you mean in everyday words`;

    const data = entry.data as { title?: unknown; summary?: unknown } | undefined;
    for (const field of ['title', 'summary'] as const) {
      const value = data?.[field];
      if (typeof value !== 'string') continue;
      const found = jargonIn(value);
      if (found.length)
        findings.push(atField('plain-language', 'warning', entry, [field], `the ${field}: ${describeJargon(found)}`));
    }
    if (typeof data?.summary === 'string') {
      const grade = readingGrade(data.summary);
      if (grade > SUMMARY_MAX_GRADE) {
        findings.push(
          atField(
            'plain-language',
            'warning',
            entry,
            ['summary'],
            `the summary reads at a high level (grade ${Math.round(grade)}, a reading age of about ${Math.round(grade) + 5}): use shorter sentences and everyday words so anyone can follow it`,
          ),
        );
      }
    }
    if (!entry.body) return findings;
    visit(entry.body.tree, (node: Nodes) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      const text = toString(node);
      for (const sentence of sentences(text)) {
        const count = words(sentence).length;
        if (count > maxSentenceWords) {
          const opening = words(sentence).slice(0, 6).join(' ');
          findings.push(
            atNode(
              'plain-language',
              'warning',
              entry,
              node,
              `a sentence of ${count} words ("${opening} ..."): keep sentences to ${maxSentenceWords} words or fewer`,
            ),
          );
        }
      }
      const found = jargonIn(text);
      if (found.length) findings.push(atNode('plain-language', 'warning', entry, node, describeJargon(found)));
      return 'skip';
    });
    return findings;
  },
} satisfies Rule;

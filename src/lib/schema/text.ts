/**
 * Text hygiene: the characters no frontmatter text may hold. They are invisible, so an editor cannot
 * see them, yet they change how the text reads (a right-to-left override shows "fdp.exe" as "exe.pdf"),
 * hide words from search and from the checks (a zero-width space inside an email address), or break
 * the open data (NUL, control characters). Every string field of every schema is `text()`.
 */
import { z } from 'zod';

interface Forbidden {
  from: number;
  to: number;
  name: string;
  kind: 'direction' | 'invisible' | 'control';
}

const FORBIDDEN: readonly Forbidden[] = [
  { from: 0x0000, to: 0x0000, name: 'NUL character', kind: 'control' },
  // Tab, line feed and carriage return are ordinary text in YAML block values.
  { from: 0x0001, to: 0x0008, name: 'control character', kind: 'control' },
  { from: 0x000b, to: 0x000c, name: 'control character', kind: 'control' },
  { from: 0x000e, to: 0x001f, name: 'control character', kind: 'control' },
  { from: 0x007f, to: 0x009f, name: 'control character', kind: 'control' },
  { from: 0x115f, to: 0x1160, name: 'Hangul filler', kind: 'invisible' },
  { from: 0x180e, to: 0x180e, name: 'Mongolian vowel separator', kind: 'invisible' },
  { from: 0x200b, to: 0x200b, name: 'zero-width space', kind: 'invisible' },
  { from: 0x200c, to: 0x200c, name: 'zero-width non-joiner', kind: 'invisible' },
  { from: 0x200d, to: 0x200d, name: 'zero-width joiner', kind: 'invisible' },
  { from: 0x202a, to: 0x202a, name: 'left-to-right embedding character', kind: 'direction' },
  { from: 0x202b, to: 0x202b, name: 'right-to-left embedding character', kind: 'direction' },
  { from: 0x202c, to: 0x202c, name: 'pop directional formatting character', kind: 'direction' },
  { from: 0x202d, to: 0x202d, name: 'left-to-right override character', kind: 'direction' },
  { from: 0x202e, to: 0x202e, name: 'right-to-left override character', kind: 'direction' },
  { from: 0x2060, to: 0x2060, name: 'word joiner', kind: 'invisible' },
  { from: 0x2061, to: 0x2064, name: 'invisible mathematical operator', kind: 'invisible' },
  { from: 0x2066, to: 0x2066, name: 'left-to-right isolate character', kind: 'direction' },
  { from: 0x2067, to: 0x2067, name: 'right-to-left isolate character', kind: 'direction' },
  { from: 0x2068, to: 0x2068, name: 'first strong isolate character', kind: 'direction' },
  { from: 0x2069, to: 0x2069, name: 'pop directional isolate character', kind: 'direction' },
  { from: 0x3164, to: 0x3164, name: 'Hangul filler', kind: 'invisible' },
  { from: 0xfeff, to: 0xfeff, name: 'zero-width no-break space (byte order mark)', kind: 'invisible' },
  { from: 0xffa0, to: 0xffa0, name: 'Hangul filler', kind: 'invisible' },
  { from: 0xfff9, to: 0xfffb, name: 'interlinear annotation character', kind: 'invisible' },
  { from: 0xe0000, to: 0xe007f, name: 'tag character', kind: 'invisible' },
];

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
const escapeForClass = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;

const FORBIDDEN_PATTERN = new RegExp(
  `[${FORBIDDEN.map(({ from, to }) => (from === to ? escapeForClass(from) : `${escapeForClass(from)}-${escapeForClass(to)}`)).join('')}]`,
  'u',
);

/**
 * Sequences where a joiner or tag character is part of the text, not hidden in it: emoji built with a
 * zero-width joiner (🏳️‍🌈), the flags of England, Scotland and Wales (tag characters), and the joiners
 * that scripts such as Arabic, Urdu, Bengali and Gujarati need between letters.
 */
const JOINING_SCRIPTS =
  '\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}';
const LEGITIMATE = [
  /(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu,
  /(?<=\u{1F3F4})[\u{E0020}-\u{E007E}]+\u{E007F}/gu,
  new RegExp(`(?<=[${JOINING_SCRIPTS}])[\\u200C\\u200D](?=[${JOINING_SCRIPTS}])`, 'gu'),
];

const WHY: Record<Forbidden['kind'], string> = {
  direction: 'it can make the text display in a different order from how it is written',
  invisible: 'it hides inside words, so search, links and the checks read them differently from how they look',
  control: 'it is not text, and can cut the text short or break the open data',
};

/** The first character `text()` refuses, described for an editor; undefined when the text is clean. */
export function forbiddenCharacter(value: string): string | undefined {
  if (!FORBIDDEN_PATTERN.test(value)) return undefined;
  const cleaned = LEGITIMATE.reduce((text, pattern) => text.replace(pattern, ''), value);
  const found = FORBIDDEN_PATTERN.exec(cleaned);
  if (!found) return undefined;
  const codePoint = found[0].codePointAt(0)!;
  const entry = FORBIDDEN.find(({ from, to }) => codePoint >= from && codePoint <= to)!;
  const article = entry.kind === 'control' ? 'a' : 'an invisible';
  return `contains ${article} ${entry.name} (${hex(codePoint)}): delete it; ${WHY[entry.kind]}`;
}

/** The check `text()` adds; shared by every text field, so a test can prove every string field has it. */
export const NO_HIDDEN_CHARACTERS = z.check<string>((ctx) => {
  const problem = forbiddenCharacter(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

/** A string field of the content model: any text, without the characters above. */
export const text = () => z.string().check(NO_HIDDEN_CHARACTERS);

/** Invisible and control characters, and those that reorder text (including the marks text() allows). */
const UNSEEN = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u180E]/gu;

/**
 * Text quoted back to an editor in a message: invisible characters are shown as [U+202E], so the message
 * shows what is really there and cannot itself be reordered; long values are cut short.
 */
export function visibleText(value: string, max = 80): string {
  const shown = value.replace(UNSEEN, (char) =>
    char === '\n' ? '\\n' : char === '\t' ? '\\t' : `[${hex(char.codePointAt(0)!)}]`,
  );
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

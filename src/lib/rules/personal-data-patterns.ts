/**
 * What personal data looks like in text: email addresses, UK phone numbers, National Insurance numbers
 * and home addresses (a house number, a street and a postcode). Pure functions over strings, used by
 * the `personal-data` rule on every frontmatter string and every text of a body.
 */

export type PersonalDataKind = 'email' | 'phone' | 'ni-number' | 'home-address';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as found (after normalising, see `normaliseForMatching`). */
  text: string;
}

/** The team's own channels, which may appear anywhere: lower-case emails, phone digits, normalised addresses. */
export interface AllowedContacts {
  emails: ReadonlySet<string>;
  phones: ReadonlySet<string>;
  addresses: readonly string[];
}

/**
 * Text as a reader sees it: compatibility forms folded (full-width ＠ and digits become @ and 0-9) and
 * invisible format characters dropped, so a zero-width space or soft hyphen cannot split an address
 * past the patterns while it still shows whole on the page.
 */
export function normaliseForMatching(text: string): string {
  return text.normalize('NFKC').replace(/\p{Cf}/gu, '');
}

/** File extensions that end names like `report_v1.2@2x.png`: never a top-level domain of an email address. */
const FILE_EXTENSIONS = new Set(
  'png jpg jpeg gif svg webp avif bmp tif tiff ico heic pdf doc docx xls xlsx ppt pptx odt ods odp csv txt rtf htm html css js mjs json xml mdx yaml yml mp3 mp4 wav avi webm'.split(
    ' ',
  ),
);
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w-])/g;

/**
 * A run that starts like a UK number (0, +44 or 0044) and has the right number of digits once the
 * spaces, dots, brackets and hyphens go. It may not start or end inside a longer run of digits, so a
 * date range such as 01.12.2026-05.12.2026 is not read as a number.
 */
const PHONE_CANDIDATE =
  /(?<![\w.+-])(?:(?:\+|00)[ \t]?44[ \t.-]?(?:\(0\)[ \t.-]?)?|\(?0)\d[\d \t\u00A0().-]{7,16}\d(?![\w]|[.-]?\d)/g;

/**
 * The national form (`07700900123`) of a UK phone number, or undefined. UK numbers start 01, 02, 03,
 * 05, 07, 08 or 09 and have 10 or 11 digits, so `00000123456` (an invoice number) is not one.
 */
export function phoneDigits(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  let national = digits;
  if (digits.startsWith('0044')) national = `0${digits.slice(4).replace(/^0/, '')}`;
  else if (digits.startsWith('44') && text.trim().startsWith('+')) national = `0${digits.slice(2).replace(/^0/, '')}`;
  if (!/^0[1235789]\d{8,9}$/.test(national)) return undefined;
  // Dotted groups of one or two digits are dates and versions (01.12.2026), not a phone number.
  if (text.includes('.') && text.split(/\D+/).some((group) => group.length > 0 && group.length < 3)) return undefined;
  return national;
}

/**
 * QQ 12 34 56 C in any case, with or without spaces, hyphens or dots: two prefix letters (D, F, I, Q,
 * U and V never used, O never second, and BG, GB, KN, NK, NT, TN and ZZ never issued), six digits and a
 * suffix A to D.
 */
const NI_NUMBER =
  /(?<![A-Za-z0-9])(?!(?:BG|GB|KN|NK|NT|TN|ZZ))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:[ \t.-]?\d{2}){3}[ \t.-]?[A-D](?![A-Za-z0-9])/gi;

const STREET_TYPES = [
  'Road',
  'Rd',
  'Street',
  'St',
  'Lane',
  'Ln',
  'Avenue',
  'Ave',
  'Close',
  'Drive',
  'Dr',
  'Way',
  'Place',
  'Pl',
  'Crescent',
  'Cres',
  'Gardens',
  'Gdns',
  'Terrace',
  'Court',
  'Ct',
  'Grove',
  'Row',
  'Walk',
  'Rise',
  'Mews',
  'Square',
  'Sq',
  'Hill',
  'View',
  'Green',
  'Parade',
  'Park',
  'Gate',
  'Croft',
  'Fold',
  'Meadow',
  'Meadows',
  'Wharf',
  'Yard',
  'Chase',
  'Boulevard',
  'Broadway',
  'Approach',
  'Mount',
  'Vale',
  'Bank',
  'End',
  'Passage',
  'Quay',
  'Embankment',
  'Promenade',
  'Wynd',
  'Garth',
  'Cottages',
  'Villas',
  'Grange',
  'Heights',
  'Hollow',
  'Orchard',
  'Paddock',
  'Ridge',
  'Spinney',
  'Dene',
  'Circus',
  'Common',
  'Side',
  'Brow',
  'Leys',
  'Pastures',
];
/** Words that join a number to a street in a sentence ("3 bus stops on Station Road"), never in an address. */
const NOT_IN_AN_ADDRESS = 'on|in|at|of|and|or|to|for|by|from|near|with|into|off|along|across|outside|between';
const POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]*\\d[A-Z]{2}';
/**
 * A house number, up to three words of street name and a street type, then a postcode within the same
 * line: `14 Mill Lane, Kelbrook HD1 4QT`, `22 The Green, Northfold HD6 2QE`, `22 mill road hd1 4qt`.
 */
const HOME_ADDRESS = new RegExp(
  `(?<![\\w£$€.,/-])\\d{1,3}[A-Z]?,?[ \\t]+(?:(?!(?:${NOT_IN_AN_ADDRESS})\\b)[A-Z'’.-]+[ \\t]+){0,3}(?:${STREET_TYPES.join('|')})\\b\\.?[^\\n]{0,60}?(?<![A-Z\\d])${POSTCODE}(?![A-Z\\d])`,
  'gi',
);

/** Lower case, and every run of anything but letters and digits as one space: how addresses are compared. */
export function addressKey(text: string): string {
  return normaliseForMatching(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every piece of personal data in `text` that is not one of the team's own channels, in order of kind. */
export function personalDataIn(text: string, allowed: AllowedContacts): PersonalDataMatch[] {
  const normalised = normaliseForMatching(text);
  const found: PersonalDataMatch[] = [];
  for (const match of normalised.matchAll(EMAIL)) {
    if (FILE_EXTENSIONS.has(match[1]!.toLowerCase())) continue;
    if (!allowed.emails.has(match[0].toLowerCase())) found.push({ kind: 'email', text: match[0] });
  }
  for (const match of normalised.matchAll(PHONE_CANDIDATE)) {
    const digits = phoneDigits(match[0]);
    if (digits && !allowed.phones.has(digits)) found.push({ kind: 'phone', text: match[0].trim() });
  }
  for (const match of normalised.matchAll(NI_NUMBER)) found.push({ kind: 'ni-number', text: match[0] });
  for (const match of normalised.matchAll(HOME_ADDRESS)) {
    const key = addressKey(match[0]);
    if (!allowed.addresses.some((address) => address.includes(key)))
      found.push({ kind: 'home-address', text: match[0] });
  }
  return found;
}

/**
 * The consultations as one flat CSV table (RFC 4180: CRLF rows, fields quoted when they need it), safe to
 * open in a spreadsheet: no cell is a live formula.
 */
import type { ConsultationRecord } from './record.ts';

type Column = [header: string, value: (record: ConsultationRecord) => string | number | boolean | undefined];

const list = (values: readonly string[]) => values.join('; ');

export const CSV_COLUMNS: Column[] = [
  ['slug', (r) => r.slug],
  ['title', (r) => r.title],
  ['url', (r) => r.url],
  ['status', (r) => r.status],
  ['activity', (r) => r.activity],
  ['significance', (r) => r.significance],
  ['organisation', (r) => r.organisation],
  ['partners', (r) => list(r.partners)],
  ['statutory', (r) => r.statutory.required],
  ['statutory_basis', (r) => r.statutory.basis],
  ['service', (r) => r.service],
  ['decision_maker', (r) => r.decisionMaker],
  ['opens', (r) => r.opens],
  ['closes', (r) => r.closes],
  ['duration_days', (r) => r.durationDays],
  ['financial_year', (r) => r.financialYear],
  ['topics', (r) => list(r.topics)],
  ['areas', (r) => list(r.areas)],
  ['audiences', (r) => list(r.audiences)],
  ['methods', (r) => list(r.methods)],
  ['summary', (r) => r.summary],
  ['feedback_due', (r) => r.feedbackDue],
  ['feedback_url', (r) => r.feedback?.url],
  ['feedback_published', (r) => r.feedback?.published],
  ['responses_total', (r) => r.feedback?.responses.total],
  ['decision_date', (r) => (r.decision ?? r.feedback?.decision)?.date],
  ['decision_summary', (r) => (r.decision ?? r.feedback?.decision)?.summary],
];

/**
 * Text a spreadsheet would run as a formula (OWASP CSV injection): a cell starting with =, +, - or @
 * (also after spaces, which some programs trim), a tab or a carriage return.
 */
const FORMULA_START = /^(?:[ ]*[=+\-@]|[\t\r])/;

/**
 * One cell. Text that would start a formula is neutralised as OWASP advises: prefixed with a single
 * quote (spreadsheets show it as text, and the quote is visible, so nothing is silently changed) and
 * quoted. Numbers and booleans come from the hub itself and are written as they are.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (typeof value === 'string' && FORMULA_START.test(value)) return quoted(`'${value}`);
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? quoted(text) : text;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function consultationsCsv(records: readonly ConsultationRecord[]): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...records.map((record) => CSV_COLUMNS.map(([, value]) => csvField(value(record)))),
  ];
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

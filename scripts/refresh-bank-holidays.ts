/**
 * Refreshes src/lib/dates/bank-holidays.json from GOV.UK. Run by a council with network access:
 * `npm run holidays:refresh`. The file is only replaced when the download has the expected shape.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bankHolidayDataSchema } from '../src/lib/dates/working-days.ts';
import { describeError } from '../src/lib/content/errors.ts';

const SOURCE = 'https://www.gov.uk/bank-holidays.json';
const TARGET = fileURLToPath(new URL('../src/lib/dates/bank-holidays.json', import.meta.url));

const response = await fetch(SOURCE, { headers: { accept: 'application/json' } });
if (!response.ok) {
  console.error(`Could not download ${SOURCE}: HTTP ${response.status}`);
  process.exit(2);
}
const result = bankHolidayDataSchema.safeParse(await response.json());
if (!result.success) {
  console.error(`${SOURCE} is not in the expected shape; the shipped file was left as it was:`);
  for (const problem of describeError(result.error)) console.error(`  ${problem.message}`);
  process.exit(2);
}
writeFileSync(TARGET, `${JSON.stringify(result.data, null, 2)}\n`);
const years = result.data['england-and-wales'].events.map((event) => event.date.slice(0, 4));
console.log(`Wrote ${TARGET}: bank holidays ${years[0]} to ${years.at(-1)}.`);

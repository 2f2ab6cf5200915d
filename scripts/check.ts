/** `npm run check`: runs every content rule. See src/lib/check/cli.ts for the options. */
import { runCheckCli } from '../src/lib/check/cli.ts';

process.exitCode = await runCheckCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

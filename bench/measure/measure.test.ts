import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { measureCommand } from './measure.ts';

describe('measureCommand', () => {
  it('reports the exit code, output, log lines and a peak memory that grows with what the process holds', async () => {
    const hold = (mb: number) =>
      `const keep = Buffer.alloc(${mb} * 1024 * 1024, 1); console.log("one\\ntwo"); console.error("three"); process.exit(${mb > 100 ? 3 : 0});`;
    const small = await measureCommand(process.execPath, ['-e', hold(10)], { cwd: tmpdir() });
    const large = await measureCommand(process.execPath, ['-e', hold(300)], { cwd: tmpdir() });
    expect(small.exitCode).toBe(0);
    expect(large.exitCode).toBe(3);
    expect(small.stdout).toBe('one\ntwo\n');
    expect(small.logLines).toBe(3);
    expect(large.peakMb - small.peakMb).toBeGreaterThan(250);
    expect(small.seconds).toBeGreaterThan(0);
  });
});

/** The audit CLI end to end: two spawns (clean sources, and sources with one figure changed). */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES_DIR = fileURLToPath(new URL('../../../shared/sources', import.meta.url));
const CHANGED = '002_7b4df1adcd7f53d2';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function audit(dir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'tools/audit-sources.ts', dir],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const temp = mkdtempSync(join(tmpdir(), 'audit-sources-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npx tsx tools/audit-sources.ts', () => {
  it(
    'passes on the real sources: exit 0 and "audit:sources: OK"',
    { timeout: 60_000 },
    async () => {
      const run = await audit(SOURCES_DIR);
      expect(run.stderr).not.toContain('audit:sources FAILED');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('audit:sources: OK');
      expect(run.stdout).toMatch(/audit:sources: 5 articles, \d+ paragraphs/);
    },
  );

  it(
    'fails when an article figure changes (58 → 59): exit 1, the problem named on stderr',
    { timeout: 60_000 },
    async () => {
      cpSync(SOURCES_DIR, temp, { recursive: true });
      const file = join(temp, `${CHANGED}.txt`);
      const original = readFileSync(file, 'utf8');
      const changed = original.replace('increased to 58.', 'increased to 59.');
      expect(changed).not.toBe(original);
      writeFileSync(file, changed);

      const run = await audit(temp);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('audit:sources: OK');
      expect(run.stderr).toContain(`"58" does not occur in ${CHANGED} ¶22`);
      expect(run.stderr).toContain(`${CHANGED} ¶22: figure "59" is neither in data/ nor left out`);
      expect(run.stderr).toMatch(/audit:sources FAILED: \d+ problem\(s\)/);
    },
  );
});

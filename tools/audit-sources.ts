/**
 * `npm run audit:sources -- <dir> [dataset.json]`: check data/ against the articles in <dir>.
 * Exits 1 with every problem listed when anything does not match.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseDatasetText } from '../src/domain/parse-dataset.ts';
import { auditDataset } from './audit/audit.ts';
import { parseRecord } from './audit/record.ts';

function fail(message: string): never {
  console.error(`audit:sources FAILED: ${message}`);
  process.exit(1);
}

const [dirArg, datasetArg = 'data/dataset.json'] = process.argv.slice(2);
if (dirArg === undefined) fail('usage: npm run audit:sources -- <sources-dir> [dataset.json]');
const dir = resolve(dirArg);

let files: string[];
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
} catch (e) {
  fail(`cannot read the sources directory ${dir}: ${(e as Error).message}`);
}
if (files.length === 0) fail(`no .txt articles in ${dir}`);
const articles = new Map(
  files.map((f) => [basename(f, '.txt'), readFileSync(join(dir, f), 'utf8')]),
);

const parsed = parseDatasetText(readFileSync(resolve(datasetArg), 'utf8'));
if (!parsed.ok) {
  for (const e of parsed.errors)
    console.error(`  ${datasetArg} ${e.path}: ${e.reason} (value ${e.value})`);
  fail(`${datasetArg} does not validate (${parsed.errors.length} errors)`);
}

// The second source family: the cross-checked fact sheet, when the directory holds it.
const recordPath = join(dir, 'public-record.md');
const record = existsSync(recordPath) ? parseRecord(readFileSync(recordPath, 'utf8')) : undefined;

const { problems, counts } = auditDataset(parsed.dataset, articles, record);
const d = parsed.dataset;
console.log(
  `audit:sources: ${counts.sources} articles, ${counts.paragraphs} paragraphs, ${counts.tokens} figure tokens ` +
    `(${counts.covered} represented, ${counts.omitted} left out with a reason); ` +
    (record
      ? `public record: ${counts.recordItems} items used or left out, ${counts.caveats} ⚠ passages answered; `
      : 'no public-record.md; ') +
    `${d.figures.length} figures, ${d.projects.length} projects, ${d.sites.length} sites, ${d.events.length} events`,
);
if (problems.length > 0) {
  for (const p of problems) console.error(`  ${p.where}: ${p.message}`);
  fail(`${problems.length} problem(s)`);
}
console.log('audit:sources: OK');

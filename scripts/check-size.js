// @ts-check
/**
 * `npm run size`: builds, then fails when a gzip size passes its budget in
 * scripts/size-budget.json. `--no-build` measures the dist/ already there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatKb, measureSizes } from './sizes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/size-budget.json'), 'utf8'));

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('size: FAIL the build failed, nothing measured');
    process.exit(1);
  }
}

let failed = 0;
for (const size of measureSizes(root)) {
  /** @type {{ budget?: number, goal?: number }} */
  const { budget, goal } = budgets[size.name] ?? {};
  if (typeof budget !== 'number') {
    console.error(`size: FAIL ${size.name} has no budget in scripts/size-budget.json`);
    failed += 1;
    continue;
  }
  const within = size.gzip <= budget;
  if (!within) failed += 1;
  const goalNote = typeof goal === 'number' ? `, goal ${formatKb(goal)} ${size.gzip <= goal ? 'met' : 'MISSED'}` : '';
  const figures = `${formatKb(size.gzip)} gzip (${formatKb(size.bytes)} min), budget ${formatKb(budget)}${goalNote}`;
  console.log(`size: ${within ? 'pass' : 'FAIL'} ${size.name.padEnd(6)} ${figures} — ${size.file}, ${size.note}`);
}
if (failed) {
  console.error(`size: ${failed} over budget`);
  process.exitCode = 1;
}

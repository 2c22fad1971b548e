// @ts-check
/**
 * `npm run bench:parser`: how many street lines of the labelled corpus parseStreetLine splits
 * exactly right, on the tuning part and on the held-out part, per source. `--misses` lists the
 * tuning part's misses only: the held-out part is scored, never shown. `--tuning-only` leaves the
 * held-out part out altogether (while tuning, its figure is looked at only now and then). Each part is
 * also scored on the lines people typed alone: sources marked `typed: false` are official address records.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The parser and the scorer are TypeScript: bundle them for Node in memory. */
async function load() {
  const out = await build({
    stdin: {
      contents: "export { parseStreetLine } from './src/civic/street-line.ts'; export { scoreCorpus } from './test/civic/corpus-score.ts';",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { parseStreetLine, scoreCorpus } = await load();
const corpus = JSON.parse(readFileSync(join(root, 'test/fixtures/street-lines/corpus.json'), 'utf8'));
/** @type {(line: string, country: string) => unknown} */
const parse = (line, country) => parseStreetLine(line, { country });
const percent = (/** @type {{ passed: number, total: number }} */ s) => `${((100 * s.passed) / s.total).toFixed(1)}% (${s.passed}/${s.total})`;

console.log('street lines split exactly right (HNO HNS PRD RD STS POD unit):');
for (const part of process.argv.includes('--tuning-only') ? ['tuning'] : ['tuning', 'held-out']) {
  const items = corpus.items.filter((/** @type {{ part: string }} */ i) => i.part === part);
  const bySource = corpus.sources.map((/** @type {{ path: string }} */ source, /** @type {number} */ index) => {
    const own = items.filter((/** @type {{ source: string }} */ i) => i.source.startsWith(`${index}#`));
    return own.length ? `${source.path} ${percent(scoreCorpus(own, parse))}` : '';
  }).filter(Boolean);
  const score = scoreCorpus(items, parse);
  console.log(`  ${part.padEnd(8)} ${percent(score)}`);
  // Official address records (a city's address file) are tidier than anything a person types.
  const typed = items.filter((/** @type {{ source: string }} */ i) => corpus.sources[Number(i.source.split('#')[0])].typed !== false);
  if (typed.length < items.length) console.log(`           typed lines only (official address records left out): ${percent(scoreCorpus(typed, parse))}`);
  for (const line of bySource) console.log(`           ${line}`);
  if (part === 'tuning' && process.argv.includes('--misses')) for (const miss of score.misses) console.log(`    ${miss}`);
}

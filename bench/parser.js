// @ts-check
/**
 * `npm run bench:parser`: how many street lines of the labelled corpus parseStreetLine splits
 * exactly right, on the tuning part and on the held-out part, per source. `--misses` lists the
 * tuning part's misses only: the held-out part is scored, never shown. `--tuning-only` leaves the
 * held-out part out altogether (while tuning, its figure is looked at only now and then). Each part is
 * also scored on the lines people typed alone: sources marked `typed: false` are official address records.
 * `--variants` scores the tuning lines retyped as people retype them (test/civic/street-variants.ts):
 * per rewrite kind, how many of the lines split right as typed still split right retyped
 * (with `--misses`, which ones do not). Held-out lines are never rewritten.
 * `--recombined` scores lines composed from the tuning lines' parts (test/civic/street-recombine.ts):
 * per slot kind, how many of the lines made by putting one line's part into another's context split
 * right, and how many combinations were skipped as ambiguous and why (with `--misses`, a sample of
 * the misses); `--per-slot=N` draws N donors per template and slot instead of 3. Held-out lines are never used.
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
      contents: "export { parseStreetLine } from './src/civic/street-line.ts'; export { scoreCorpus, difference } from './test/civic/corpus-score.ts'; export { variantsOf, VARIANT_KINDS } from './test/civic/street-variants.ts'; export { recombine, SLOT_KINDS } from './test/civic/street-recombine.ts';",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { parseStreetLine, scoreCorpus, difference, variantsOf, VARIANT_KINDS, recombine, SLOT_KINDS } = await load();
const corpus = JSON.parse(readFileSync(join(root, 'test/fixtures/street-lines/corpus.json'), 'utf8'));
/** @type {(line: string, country: string) => unknown} */
const parse = (line, country) => parseStreetLine(line, { country });
const percent = (/** @type {{ passed: number, total: number }} */ s) => `${((100 * s.passed) / s.total).toFixed(1)}% (${s.passed}/${s.total})`;

if (process.argv.includes('--variants')) {
  const tuning = corpus.items.filter((/** @type {{ part: string }} */ i) => i.part === 'tuning');
  /** @type {Map<string, { passed: number, total: number, misses: string[] }>} */
  const kinds = new Map(VARIANT_KINDS.map((/** @type {string} */ kind) => [kind, { passed: 0, total: 0, misses: [] }]));
  let right = 0;
  for (const item of tuning) {
    if (difference(item, parse(item.line, item.country))) continue;
    right++;
    for (const { kind, item: variant } of variantsOf(item)) {
      const score = /** @type {{ passed: number, total: number, misses: string[] }} */ (kinds.get(kind));
      const got = /** @type {{ parts: object, unit?: string }} */ (parse(variant.line, variant.country));
      const diff = difference(variant, got);
      score.total++;
      if (!diff) score.passed++;
      else score.misses.push(`${diff} | ${variant.line} (from ${item.line}) → ${JSON.stringify({ ...got.parts, unit: got.unit })} expected ${JSON.stringify({ ...variant.expect, unit: variant.unit })}`);
    }
  }
  console.log(`tuning lines split right as typed: ${right}; still right when retyped, per rewrite:`);
  for (const [kind, score] of kinds) {
    console.log(`  ${kind.padEnd(58)} ${score.total ? percent(score) : 'n/a'}`);
    if (process.argv.includes('--misses')) for (const miss of score.misses) console.log(`      ${miss}`);
  }
  process.exit(0);
}

if (process.argv.includes('--recombined')) {
  const right = corpus.items.filter((/** @type {{ part: string, line: string, country: string }} */ i) => i.part === 'tuning' && !difference(i, parse(i.line, i.country)));
  const perSlot = Number(process.argv.find((a) => a.startsWith('--per-slot='))?.slice(11) ?? 3);
  const { made, skipped } = recombine(right, perSlot);
  console.log(`lines composed from the parts of ${right.length} tuning lines split right as typed (seed 14, ${perSlot} donors per template and slot), split right per slot:`);
  for (const kind of SLOT_KINDS) {
    const own = made.filter((/** @type {{ kind: string }} */ r) => r.kind === kind);
    const misses = own.map((/** @type {{ item: { line: string, country: string, expect: object, unit?: string }, template: { line: string }, donor: { line: string } }} */ r) => {
      const got = /** @type {{ parts: object, unit?: string }} */ (parse(r.item.line, r.item.country));
      const diff = difference(r.item, got);
      return diff && `${diff} | ${r.item.line} (${r.template.line} ← ${r.donor.line}) → ${JSON.stringify({ ...got.parts, unit: got.unit })} expected ${JSON.stringify({ ...r.item.expect, unit: r.item.unit })}`;
    }).filter(Boolean);
    const skips = [...skipped.get(kind)].map(([why, count]) => `${count} ${why}`).join('; ');
    console.log(`  ${kind.padEnd(18)} ${percent({ passed: own.length - misses.length, total: own.length })}${skips ? `   skipped: ${skips}` : ''}`);
    if (process.argv.includes('--misses')) for (const miss of misses.slice(0, 40)) console.log(`      ${miss}`);
  }
  process.exit(0);
}

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

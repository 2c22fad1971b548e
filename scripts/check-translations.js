#!/usr/bin/env node
// @ts-check
/**
 * Fails when a message of the elements lacks a translation: extracts the current English
 * messages (lit-localize, into a temporary folder) and checks that xliff/<locale>.xlf has,
 * for each, a non-empty <target>, the same English <source> (else the translation is
 * stale) and the same placeholders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'e911-l10n-'));

/** @param {string} xml @returns {Map<string, { source: string; target: string | null }>} */
function units(xml) {
  const map = new Map();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(match[2])?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(match[2])?.[1] ?? null;
    map.set(match[1], { source, target });
  }
  return map;
}

/** @param {string} text */
const placeholders = (text) => [...text.matchAll(/<x id="[^"]*" equiv-text="([^"]*)"\/>/g)].map((m) => m[1]).sort().join(',');

const problems = [];
try {
  const tempConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    inputFiles: config.inputFiles.map((/** @type {string} */ pattern) => join(root, pattern)),
    output: { ...config.output, outputDir: join(work, 'out'), localeCodesModule: join(work, 'out', 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(work, 'xliff') },
  };
  const configPath = join(work, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(tempConfig));
  execFileSync(join(root, 'node_modules', '.bin', 'lit-localize'), ['extract', '--config', configPath], { cwd: root, stdio: 'pipe' });

  for (const locale of config.targetLocales) {
    const current = units(readFileSync(join(work, 'xliff', `${locale}.xlf`), 'utf8'));
    const committed = units(readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8'));
    for (const [id, { source }] of current) {
      const unit = committed.get(id);
      if (!unit) problems.push(`${locale}: "${id}" is not in ${locale}.xlf (run npx lit-localize extract, then translate it)`);
      else if (!unit.target?.trim()) problems.push(`${locale}: "${id}" has no translation`);
      else if (unit.source !== source) problems.push(`${locale}: "${id}" changed in English since it was translated: "${unit.source}" → "${source}"`);
      else if (placeholders(unit.target) !== placeholders(source)) problems.push(`${locale}: "${id}" has placeholders ${placeholders(unit.target) || 'none'}, expected ${placeholders(source)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`check-translations: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-translations: every message is translated into ${config.targetLocales.join(', ')}.`);

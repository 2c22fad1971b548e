// @ts-check
/**
 * A @web/test-runner server command, `validate-xml`, that validates documents written
 * in the browser against the PIDF-LO/HELD schemas of ../shared/oracles.
 *
 * It runs what ../shared/oracles/validate.sh runs for each file (xmllint with the
 * oracle's all.xsd, its catalog and --nonet), but once for the whole batch: the schemas
 * are compiled once instead of once per document, which keeps a batch of a few hundred
 * documents to a second or two on a loaded machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ORACLES = resolve(process.env.E911_ORACLES ?? '../shared/oracles');

/** @param {string[]} files @returns {Promise<string>} xmllint's combined output */
function runXmllint(files) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'xmllint',
      ['--noout', '--nonet', '--schema', join(ORACLES, 'xsd/all.xsd'), ...files],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, XML_CATALOG_FILES: join(ORACLES, 'xsd/catalog.xml') } },
      (error, stdout, stderr) => {
        // Exit status 3 or 4 only means some document failed; 5 is a schema that did not
        // compile, and ENOENT a missing xmllint.
        const code = error ? /** @type {any} */ (error).code : 0;
        if (code === 'ENOENT') reject(new Error('xmllint not found: install libxml2-utils'));
        else if (code === 5) reject(new Error(`the oracle schemas did not compile: ${stderr}`));
        else resolvePromise(`${stdout}\n${stderr}`);
      },
    );
  });
}

/**
 * @param {string[]} documents
 * @returns {Promise<{ file: number, ok: boolean, reason: string }[]>}
 */
export async function validateDocuments(documents) {
  const dir = await mkdtemp(join(tmpdir(), 'e911-xml-'));
  try {
    const files = documents.map((_, i) => join(dir, `doc-${i}.xml`));
    await Promise.all(files.map((file, i) => writeFile(file, documents[i], 'utf8')));
    const lines = (await runXmllint(files)).split('\n');
    return files.map((file, i) => {
      const ok = lines.includes(`${file} validates`);
      const diagnostic = lines.find((line) => line.startsWith(`${file}:`)) ?? 'no verdict from xmllint';
      return { file: i, ok, reason: ok ? '' : diagnostic.slice(file.length + 1).trim() };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function xmlValidationPlugin() {
  return {
    name: 'e911-xml-validation',
    async executeCommand({ command, payload }) {
      if (command !== 'validate-xml') return undefined;
      const { documents } = /** @type {{ documents: string[] }} */ (payload);
      return validateDocuments(documents);
    },
  };
}

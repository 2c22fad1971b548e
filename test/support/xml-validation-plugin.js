// @ts-check
/**
 * A @web/test-runner server command, `validate-xml`, that validates documents written
 * in the browser against the PIDF-LO/HELD schemas with ../shared/oracles/validate.sh.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const VALIDATE = resolve(process.env.E911_ORACLES ?? '../shared/oracles', 'validate.sh');

/**
 * @param {string[]} documents
 * @returns {Promise<{ file: number, ok: boolean, reason: string }[]>}
 */
export async function validateDocuments(documents) {
  const dir = await mkdtemp(join(tmpdir(), 'e911-xml-'));
  try {
    const files = documents.map((_, i) => join(dir, `doc-${i}.xml`));
    await Promise.all(files.map((file, i) => writeFile(file, documents[i], 'utf8')));
    const output = await new Promise((resolvePromise, reject) => {
      execFile('bash', [VALIDATE, ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        // exit status 1 only means some file failed; 2 is a tool problem
        if (error && error.code !== 1) reject(new Error(`validate.sh failed: ${stderr || error.message}`));
        else resolvePromise(stdout);
      });
    });
    return files.map((file, i) => {
      const line = String(output).split('\n').find((l) => l.includes(file)) ?? '';
      return { file: i, ok: line.startsWith('ok '), reason: line.slice(line.indexOf(':') + 1).trim() };
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

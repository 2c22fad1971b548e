/** The third-party corpus of test/fixtures/pidf-lo, served by the test runner, and its hand-written readings. */
import type { PidfLocation } from '../../src/pidf/index.js';

/** What test/fixtures/pidf-lo/expected.json says a document holds (written by hand). */
export type CorpusExpectation = {
  locations?: PidfLocation[];
  notUnderstood?: { element: string; in: string }[];
  entity?: string;
  throws?: string;
  held?: Record<string, unknown>;
};

const CORPUS = '/test/fixtures/pidf-lo';

export async function corpusFile(name: string): Promise<string> {
  const response = await fetch(`${CORPUS}/${name}`);
  if (!response.ok) throw new Error(`corpus file ${name} not served: HTTP ${response.status}`);
  return response.text();
}

export async function corpusExpectations(): Promise<Record<string, CorpusExpectation>> {
  return JSON.parse(await corpusFile('expected.json')) as Record<string, CorpusExpectation>;
}


/**
 * `detectNetwork` against a LIS that answers after 100 ms, beside raw `fetch`es of the
 * same endpoints: what detection adds (parsing, deciding) on top of the network wait.
 */
import { detectNetwork } from '../src/detect/index.js';
import { HELD_LOCATION_REQUEST } from '../src/detect/held.js';
import { median } from './support.js';
import type { BenchRow } from './types.js';

const DELAY_MS = 100;
const WARMUP = 3;
const SAMPLES = 21;
const GOAL = 1.1;
const HELD_URL = `/lis/held?scenario=headquarters&delay=${DELAY_MS}`;
const ECHO_URL = `/lis/ip?scenario=headquarters&delay=${DELAY_MS}`;

async function rawHeld(): Promise<void> {
  const response = await fetch(HELD_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/held+xml', Accept: 'application/held+xml' },
    body: HELD_LOCATION_REQUEST,
    cache: 'no-store',
  });
  await response.text();
}

async function rawEcho(): Promise<void> {
  await (await fetch(ECHO_URL, { cache: 'no-store' })).text();
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Interleaves the two, so drift in the machine's load hits both alike. */
async function compare(name: string, subject: () => Promise<unknown>, baselineName: string, baseline: () => Promise<unknown>): Promise<BenchRow> {
  for (let i = 0; i < WARMUP; i++) {
    await subject();
    await baseline();
  }
  const subjectSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    subjectSamples.push(await time(subject));
    baselineSamples.push(await time(baseline));
  }
  const value = median(subjectSamples);
  const base = median(baselineSamples);
  const ratio = value / base;
  return { name, value, unit: 'ms', baseline: { name: baselineName, value: base }, ratio, goal: `ratio ≤ ${GOAL}`, met: ratio <= GOAL };
}

export default async function run(): Promise<BenchRow[]> {
  const env = { warn: () => {} };
  const located = await detectNetwork({ heldUrl: HELD_URL, ipEchoUrl: ECHO_URL }, env);
  if (located.reason !== 'lis-located') throw new Error(`The simulator did not locate the device (${located.reason}): nothing to measure.`);
  return [
    await compare(
      `detectNetwork, HELD only, LIS answers after ${DELAY_MS} ms`,
      () => detectNetwork({ heldUrl: HELD_URL }, env),
      'raw fetch of the HELD endpoint',
      rawHeld,
    ),
    await compare(
      `detectNetwork, HELD + IP echo in parallel, each after ${DELAY_MS} ms`,
      () => detectNetwork({ heldUrl: HELD_URL, ipEchoUrl: ECHO_URL, trustedIps: ['10.1.0.0/16'] }, env),
      'raw fetches of both, in parallel',
      () => Promise.all([rawHeld(), rawEcho()]),
    ),
  ];
}

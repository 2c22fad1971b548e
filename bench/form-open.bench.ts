/**
 * "Prompt open → form interactive" with the built drop-in (dist/, `npm run build` first):
 * cold (the form's chunk not yet loaded in the page) and preloaded (the prompt fetched it
 * while idle, as it does when nothing saved fits the network), each beside a raw dynamic
 * import of the same chunk; and preloaded beside a page that rendered a form before (the
 * floor: what is left is rendering, not loading). Every sample is a fresh iframe, so a fresh module map; the
 * HTTP cache may be warm, as on a second visit.
 */
import { median, until } from './support.js';
import type { BenchRow } from './types.js';

const BUNDLE = '/dist/e911-location.bundle.js';
const SAMPLES = 15;
/** Home network with nothing saved: the prompt offers the form and preloads it. */
const ECHO_URL = '/lis/ip?scenario=home';

type Prompt = HTMLElement & { show(): void; shadowRoot: ShadowRoot };

/** The drop-in's form chunk, as the entry names it. */
async function formChunkUrl(): Promise<string> {
  const code = await (await fetch(BUNDLE)).text();
  const name = /e911-location-chunks\/address-form\.body-[\w-]+\.js/.exec(code)?.[0];
  if (!name) throw new Error(`${BUNDLE} does not import an address-form.body chunk: run \`npm run build\`.`);
  return `/dist/${name}`;
}

/** A blank same-origin iframe: a realm of its own with an empty module map. */
async function freshFrame(): Promise<{ win: Window & typeof globalThis; remove: () => void }> {
  const frame = document.createElement('iframe');
  frame.src = '/__bench__/';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as Window & typeof globalThis, remove: () => frame.remove() };
}

/** Imports in the frame's realm (its own module map), not in this page's. */
function importIn(win: Window, url: string): Promise<unknown> {
  return (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(url)})`);
}

function chunkLoaded(win: Window): boolean {
  return win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('address-form.body'));
}

function fieldsOf(host: ParentNode | null | undefined): boolean {
  return Boolean(host?.querySelector('e911-address-form')?.shadowRoot?.querySelector('[name="street"]'));
}

type Start = 'cold' | 'preloaded' | 'warm';

/**
 * Shows the prompt and resolves with the ms until the street field exists. `warm`: a form
 * was rendered in the page before (code loaded, country names built), the floor for the rest.
 */
async function openUntilInteractive(win: Window & typeof globalThis, start: Start): Promise<number> {
  await importIn(win, BUNDLE);
  if (start === 'warm') {
    const holder = win.document.createElement('div');
    holder.append(win.document.createElement('e911-address-form'));
    win.document.body.append(holder);
    await until(() => fieldsOf(holder), 10_000, 'a first form');
    holder.remove();
  }
  const prompt = win.document.createElement('e911-location-prompt') as Prompt;
  prompt.setAttribute('ip-echo-url', ECHO_URL);
  prompt.setAttribute('db-name', `e911-bench-form-${Date.now()}-${Math.random()}`);
  prompt.setAttribute('location-required', 'no');
  win.document.body.append(prompt);
  if (start === 'preloaded') {
    await until(() => chunkLoaded(win), 10_000, 'the idle preload of the form chunk');
    // The user clicks later than the fetch ends: let the page be idle once more (the preload warms up then).
    await new Promise((resolve) => win.requestIdleCallback(resolve, { timeout: 1000 }));
  }
  const started = performance.now();
  prompt.show();
  await until(() => fieldsOf(prompt.shadowRoot), 10_000, 'the form fields');
  const elapsed = performance.now() - started;
  prompt.remove();
  return elapsed;
}

async function sample(run: (win: Window & typeof globalThis) => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const frame = await freshFrame();
    try {
      samples.push(await run(frame.win));
    } finally {
      frame.remove();
    }
  }
  return median(samples);
}

export default async function run(): Promise<BenchRow[]> {
  const chunk = await formChunkUrl();
  const rawImport = await sample(async (win) => {
    await importIn(win, BUNDLE);
    const start = performance.now();
    await importIn(win, chunk);
    return performance.now() - start;
  });
  const cold = await sample((win) => openUntilInteractive(win, 'cold'));
  const preloaded = await sample((win) => openUntilInteractive(win, 'preloaded'));
  const warm = await sample((win) => openUntilInteractive(win, 'warm'));
  return [
    {
      name: 'prompt open → form interactive, cold (drop-in)',
      value: cold,
      unit: 'ms',
      baseline: { name: 'raw import() of the form chunk', value: rawImport },
    },
    {
      name: 'prompt open → form interactive, preloaded (drop-in)',
      value: preloaded,
      unit: 'ms',
      baseline: { name: 'raw import() of the form chunk', value: rawImport },
    },
    {
      name: 'prompt open → form interactive, preloaded, vs a page that rendered a form before',
      value: preloaded,
      unit: 'ms',
      baseline: { name: 'same, form code already used (render alone)', value: warm },
      goal: 'ratio ≤ 1.2 (no wait beyond rendering)',
      met: preloaded <= warm * 1.2,
    },
  ];
}

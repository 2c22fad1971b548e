import { expect } from '@open-wc/testing';
import { deleteDb } from '../components/helpers.js';
import type { StrictReport } from './fixtures/strict/page.js';

const PAGE = '/test/reliability/fixtures/strict/index.html';
const STRICT_CSP = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html e911-location";

let frame: HTMLIFrameElement | undefined;
const databases: string[] = [];

afterEach(async () => {
  frame?.remove();
  frame = undefined;
  await Promise.all(databases.splice(0).map((name) => deleteDb(name)));
});

/** Loads the strict page in an iframe and waits for its report. */
function runStrictPage(entry: 'bundle' | 'source'): Promise<StrictReport> {
  const db = `strict-${entry}-${crypto.randomUUID()}`;
  databases.push(`${db}-away`, `${db}-office`);
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame?.contentWindow || (event.data as { type?: string })?.type !== 'strict-page') return;
      window.removeEventListener('message', onMessage);
      resolve((event.data as { report: StrictReport }).report);
    };
    window.addEventListener('message', onMessage);
    frame = document.createElement('iframe');
    frame.title = `strict page (${entry})`;
    Object.assign(frame.style, { width: '800px', height: '600px' });
    frame.src = `${PAGE}?entry=${entry}&db=${encodeURIComponent(db)}`;
    document.body.append(frame);
  });
}

describe('a page under the strict CSP header with Trusted Types enforced', function () {
  this.timeout(30_000);

  it('is served with the policy the package promises to work under', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  for (const entry of ['bundle', 'source'] as const) {
    it(`runs the full flow from the ${entry} with no policy violation: prompt, save, HELD, PIDF-LO`, async () => {
      if (entry === 'bundle') {
        const bundle = await fetch('/dist/e911-location.bundle.js', { method: 'HEAD' });
        expect(bundle.ok, 'dist/e911-location.bundle.js is missing: run `npm run build` first').to.equal(true);
      }
      const report = await runStrictPage(entry);
      expect(report.error).to.equal(undefined);
      expect(report.violations).to.deep.equal([]);
      expect(report.enforced, 'Trusted Types are enforced in the page').to.equal(true);
      expect(report).to.include({
        opened: true,
        closeReason: 'saved',
        userValidation: 'unvalidated',
        userPidfMethod: 'Manual',
        userPidfCity: 'Chicago',
        lisReason: 'lis-located',
        lisValidation: 'validated',
        lisPidf: true,
      });
    });
  }
});

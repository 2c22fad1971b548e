import { expect, waitUntil } from '@open-wc/testing';
import { deleteDb, uniqueDbName } from '../components/helpers.js';

// Bounds a hang only: the first page load compiles React and the package's chunks on a loaded machine.
const LONG = { timeout: 20_000, interval: 25 };
let iframe: HTMLIFrameElement | undefined;
let dbName = '';

afterEach(async () => {
  iframe?.remove();
  iframe = undefined;
  await deleteDb(dbName);
});

describe('examples/react (React 19, the package from dist/)', function () {
  this.timeout(45_000);

  it('shows the LIS address at headquarters and answers a dial with it, validated', async () => {
    const built = await fetch('/dist/react.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/react.js is missing: run `npm run build` before the example tests.');
    dbName = uniqueDbName();
    iframe = document.createElement('iframe');
    iframe.title = 'react example';
    Object.assign(iframe.style, { width: '1024px', height: '700px' });
    iframe.src = `/examples/react/index.html?scenario=headquarters&db=${dbName}`;
    document.body.append(iframe);
    const frame = iframe;
    await waitUntil(() => frame.contentDocument?.getElementById('current-location')?.textContent?.includes('2100 N Main St'), 'the LIS address is not shown', LONG);
    const doc = frame.contentDocument as Document;
    expect(doc.getElementById('current-location')?.textContent).to.contain('(validated)');
    (doc.getElementById('dial') as HTMLButtonElement).click();
    await waitUntil(() => doc.getElementById('dialled')?.textContent?.includes('routing e911'), 'no dial answer', LONG);
    expect(doc.getElementById('dialled')?.textContent).to.contain('— validated,');
  });
});

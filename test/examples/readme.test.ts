import { expect, waitUntil } from '@open-wc/testing';

type Snippet = { index: number; lang: string; line: number };
type SnippetWindow = Window & { snippetErrors: string[] };
// Bounds a hang only: the first page load compiles React and the package's chunks on a loaded machine.
const LONG = { timeout: 20_000, interval: 25 };
let iframe: HTMLIFrameElement | undefined;

afterEach(() => {
  iframe?.remove();
  iframe = undefined;
});

/** Runs one README block as a page, clicks its Call button once the elements are there, and reads what it logged. */
async function run(snippet: Snippet): Promise<{ log: string; errors: string[] }> {
  iframe = document.createElement('iframe');
  iframe.title = `README snippet at line ${snippet.line}`;
  Object.assign(iframe.style, { width: '800px', height: '600px' });
  iframe.src = `/readme-snippets/${snippet.index}.html`;
  document.body.append(iframe);
  const frame = iframe;
  const win = () => frame.contentWindow as SnippetWindow;
  const doc = () => frame.contentDocument as Document;
  await waitUntil(() => doc()?.getElementById('dial') && win().customElements.get('e911-location-prompt'), `README line ${snippet.line}: the page did not start`, LONG);
  const prompt = doc().getElementById('e911') as HTMLElement & { networkStatus: unknown };
  await waitUntil(() => prompt?.networkStatus || win().snippetErrors.length, `README line ${snippet.line}: no detection`, LONG);
  // The SIP snippets enable their Call button once registered.
  const dial = doc().getElementById('dial') as HTMLButtonElement;
  await waitUntil(() => !dial.disabled || win().snippetErrors.length, `README line ${snippet.line}: the Call button stayed disabled`, LONG);
  dial.click();
  await waitUntil(() => doc().getElementById('call-log')?.textContent || win().snippetErrors.length, `README line ${snippet.line}: nothing logged after the call`, LONG);
  return { log: doc().getElementById('call-log')?.textContent ?? '', errors: [...win().snippetErrors] };
}

describe('README: every block marked to run does run', function () {
  this.timeout(60_000);

  it('runs each marked block without an error and gets an answer at dial time', async () => {
    const snippets = (await (await fetch('/readme-snippets/index.json')).json()) as Snippet[];
    expect(snippets.map((snippet) => snippet.lang), 'the embed, SIP.js, JsSIP and React blocks').to.deep.equal(['html', 'html', 'html', 'html']);
    for (const snippet of snippets) {
      const { log, errors } = await run(snippet);
      expect(errors, `README line ${snippet.line}`).to.deep.equal([]);
      expect(log, `README line ${snippet.line}`).to.match(/location (validated|unvalidated|none)/);
      iframe?.remove();
    }
  });
});

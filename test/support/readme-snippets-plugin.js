// @ts-check
/**
 * Serves every README block marked `<!-- snippet: runs -->` as a page of its own,
 * `/readme-snippets/<n>.html` (the list at `/readme-snippets/index.json`), and dist/ at
 * `/assets/` as the README tells a site to serve it. Each page gets two scripts first:
 * one that records uncaught errors for the test, and a microphone stand-in (a WebAudio
 * tone) because a headless browser has no microphone to give getUserMedia. Where the browser
 * has no WebRTC, webrtc-stand-in-plugin.js adds its stand-in too.
 */
import { readFile } from 'node:fs/promises';

const README = new URL('../../README.md', import.meta.url);
const MARKER = '<!-- snippet: runs -->';

/** @returns {Promise<{ lang: string, code: string, line: number }[]>} */
export async function runnableSnippets() {
  const lines = (await readFile(README, 'utf8')).split('\n');
  const snippets = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i].trim() !== MARKER) continue;
    const open = lines.findIndex((line, at) => at > i && line.startsWith('```'));
    const close = lines.findIndex((line, at) => at > open && line.startsWith('```'));
    if (open < 0 || close < 0) throw new Error(`README line ${i + 1}: ${MARKER} is not followed by a code block`);
    snippets.push({ lang: lines[open].slice(3).trim(), code: lines.slice(open + 1, close).join('\n'), line: open + 1 });
  }
  return snippets;
}

const HARNESS = `<script>
  window.snippetErrors = [];
  addEventListener('error', (event) => snippetErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => snippetErrors.push(String(event.reason && event.reason.message || event.reason)));
  // On the prototype: WebKit can drop a property set on navigator.mediaDevices itself (seen
  // with WebKitGTK 2.50: the object the page later reads no longer has it).
  self.MediaDevices && (MediaDevices.prototype.getUserMedia = async () => {
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    context.createOscillator().connect(destination);
    return destination.stream;
  });
</script>`;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function readmeSnippetsPlugin() {
  return {
    name: 'e911-readme-snippets',
    async serve(context) {
      if (context.path.startsWith('/assets/')) {
        try {
          return { body: await readFile(new URL(`../../dist/${context.path.slice('/assets/'.length)}`, import.meta.url), 'utf8'), type: 'js' };
        } catch {
          return undefined;
        }
      }
      if (!context.path.startsWith('/readme-snippets/')) return undefined;
      const snippets = await runnableSnippets();
      if (context.path === '/readme-snippets/index.json') {
        return { body: JSON.stringify(snippets.map(({ lang, line }, index) => ({ index, lang, line }))), type: 'json' };
      }
      const index = Number(context.path.slice('/readme-snippets/'.length, -'.html'.length));
      const snippet = snippets[index];
      if (!snippet || snippet.lang !== 'html') return undefined;
      return { body: `<!doctype html><html lang="en"><head><meta charset="utf-8">${HARNESS}</head><body>\n${snippet.code}\n</body></html>`, type: 'html' };
    },
  };
}

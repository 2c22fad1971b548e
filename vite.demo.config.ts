/**
 * Static demo build (`dist-demo/`): the demo page with the LIS simulator replaced by an
 * in-page stand-in (demo/lis-standin.ts), so it can be hosted on any static server.
 */
import { defineConfig, type Plugin } from 'vite';

/** Puts the stand-in's script before the demo's own, so it answers the first detection. */
function lisStandin(): Plugin {
  return {
    name: 'e911-demo-lis-standin',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const marker = '<script type="module" src="./main.ts"></script>';
        if (!html.includes(marker)) {
          throw new Error(`vite.demo.config.ts: demo/index.html must load ${marker} (the stand-in is inserted before it).`);
        }
        return html.replace(marker, `<script type="module" src="./static-entry.ts"></script>\n    ${marker}`);
      },
    },
  };
}

export default defineConfig({
  root: 'demo',
  // Relative URLs: the static demo works from any folder of any host.
  base: './',
  plugins: [lisStandin()],
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: 'demo/index.html' },
  },
});

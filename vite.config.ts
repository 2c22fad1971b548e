/**
 * The one Vite config, by mode:
 * - `npm start` (serve): the demo, with the LIS simulator mounted on the same server;
 * - `lib` (scripts/build.js): one ES module per `exports` entry, Lit/@lit/localize/idb left as imports;
 * - `bundle` (scripts/build.js): the drop-in, `dist/e911-location.bundle.js` and its chunk folder;
 * - `demo` (scripts/build-demo.js): the static demo in `dist-demo/`, with an in-page LIS stand-in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { createLisSimulator } from './demo/lis-simulator/index.js';
import { manglePrivateNames } from './scripts/mangle-private-names.js';
import { minifyTemplates } from './scripts/minify-templates.js';

const root = fileURLToPath(new URL('.', import.meta.url));

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Peers (React and @lit/react, for `e911-location/react`) are the app's own copies, never bundled.
const runtimeDependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** `lit`, `lit/directives/…`, `@lit/localize`, `idb/with-async-ittr` … stay imports in the npm entries. */
export function isRuntimeDependency(id: string): boolean {
  return runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

/** The `exports` entries of package.json and their sources. */
export const entries = {
  index: 'src/index.ts',
  detect: 'src/detect/index.ts',
  pidf: 'src/pidf/index.ts',
  store: 'src/store/index.ts',
  civic: 'src/civic/public.ts',
  sip: 'src/sip/index.ts',
  react: 'src/react/index.ts',
};

const LICENSES =
  '/*! e911-location (MIT). Includes Lit, lit-html, lit-element, @lit/reactive-element, ' +
  '@lit/localize: Copyright Google LLC, BSD-3-Clause; idb: Copyright Jake Archibald, ISC. */';

/** Both library builds: class semantics, minified templates and code, source maps, into dist/. */
function library(build: NonNullable<UserConfig['build']>, plugins: Plugin[] = []): UserConfig {
  return {
    root,
    publicDir: false,
    plugins: [minifyTemplates(), ...plugins],
    logLevel: 'warn',
    // The class semantics of tsconfig.json (useDefineForClassFields false), set here because
    // oxc only reads a tsconfig whose `include` covers the file.
    oxc: {
      assumptions: { setPublicClassFields: true },
      typescript: { removeClassFieldsWithoutInitializer: true },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      // Library mode leaves minification off; softphone pages pay for every byte.
      minify: true,
      ...build,
    },
  };
}

/** Per-entry modules for bundler users: shared code in chunks, dynamic imports kept, runtime dependencies imported. */
const lib = library({
  lib: { entry: entries, formats: ['es'] },
  rolldownOptions: {
    external: isRuntimeDependency,
    output: {
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Vite's ES library mode mangles but keeps whitespace unless asked for the full minifier.
      minify: true,
    },
  },
});

/**
 * The drop-in for pages without a bundler: Lit, @lit/localize and idb inlined; what only
 * some pages need (the address form, other languages) in `e911-location-chunks/`, loaded
 * by relative URL, so the entry and its folder work wherever they are copied together.
 * Private names (`_name`) are renamed before the split, the same in every chunk.
 */
const bundle = library(
  {
  lib: { entry: { 'e911-location.bundle': 'src/index.ts' }, formats: ['es'] },
  rolldownOptions: {
    output: {
      entryFileNames: '[name].js',
      chunkFileNames: 'e911-location-chunks/[name]-[hash].js',
      minify: true,
      // Inlined code keeps its notices in one line instead of one per Lit module.
      postBanner: LICENSES,
    },
  },
  },
  [manglePrivateNames(fileURLToPath(new URL('./src', import.meta.url)))],
);

/** `npm start`: the simulator answers /lis/* on the demo's own server. */
function lisSimulator(): Plugin {
  const simulator = createLisSimulator({ scenario: 'headquarters' });
  return {
    name: 'e911-lis-simulator',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        simulator.handle(req, res).then((handled) => handled || next(), next);
      });
    },
  };
}

/** The examples are not part of the demo: say how to start them instead of serving the demo page in their place. */
function examplesElsewhere(): Plugin {
  return {
    name: 'e911-examples-elsewhere',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/examples\/([\w-]+)/.exec(req.url ?? '');
        if (!match) return next();
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`The examples are served by their own scripts, with the LIS simulator:\n\n  npm run example:${match[1]}\n\n(npm start serves the demo only.)\n`);
      });
    },
  };
}

/** Static demo: puts the stand-in's script before the demo's own, so it answers the first detection. */
function lisStandin(): Plugin {
  return {
    name: 'e911-demo-lis-standin',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const marker = '<script type="module" src="./main.ts"></script>';
        if (!html.includes(marker)) {
          throw new Error(`vite.config.ts (demo): demo/index.html must load ${marker} (the stand-in is inserted before it).`);
        }
        return html.replace(marker, `<script type="module" src="./static-entry.ts"></script>\n    ${marker}`);
      },
    },
  };
}

const demo: UserConfig = {
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
};

const BUILDS: Record<string, UserConfig> = { lib, bundle, demo };

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', plugins: [examplesElsewhere(), lisSimulator()], server: { host: '127.0.0.1', port: 5173, open: false } };
  }
  const config = BUILDS[mode];
  if (!config) throw new Error(`vite.config.ts: no build for mode "${mode}"; use \`npm run build\` (modes ${Object.keys(BUILDS).join(', ')}).`);
  return config;
});

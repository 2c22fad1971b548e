/** `npm start`: serves the demo with the LIS simulator mounted on the same server. */
import { defineConfig, type Plugin } from 'vite';
import { createLisSimulator } from './demo/lis-simulator/index.js';

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

export default defineConfig({
  root: 'demo',
  plugins: [examplesElsewhere(), lisSimulator()],
  server: { host: '127.0.0.1', port: 5173, open: false },
});

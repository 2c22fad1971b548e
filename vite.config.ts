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

export default defineConfig({
  root: 'demo',
  plugins: [lisSimulator()],
  server: { host: '127.0.0.1', port: 5173, open: false },
});

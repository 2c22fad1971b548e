// @ts-check
/** Mounts the LIS simulator on the @web/test-runner server, so tests use real fetch. */
import { createLisSimulator } from '../../demo/lis-simulator/index.js';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function lisSimulatorPlugin() {
  const simulator = createLisSimulator();
  return {
    name: 'e911-lis-simulator',
    serverStart({ app }) {
      app.use(async (ctx, next) => {
        if (!ctx.path.startsWith('/lis/')) return next();
        ctx.respond = false;
        await simulator.handle(ctx.req, ctx.res);
      });
    },
  };
}

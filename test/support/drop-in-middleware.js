// @ts-check
/**
 * Serves the built drop-in folder (dist/e911-location.bundle.js and dist/e911-location-chunks/)
 * as a page would after copying it somewhere else:
 * - `/__drop-in__/<any/depth>/…`: the folder under another path, every file there;
 * - `/__drop-in-flaky__/<key>/…`: the same, except that the address form's chunk answers
 *   404 until `POST /__drop-in-flaky__/<key>/heal` (a server that lost it, then got it back);
 * - `/__drop-in-flaky__/<key>/lose-<chunk>/…`: the same for another chunk, named by the start
 *   of its file name (`lose-prompt-views.body` loses the prompt's views).
 * Real requests and real 404s: what the browser does with a failed `import()` is tested as it is.
 */

const COPY = /^\/__drop-in__\/(?:[\w-]+\/)*?((?:e911-location-chunks\/)?[\w.-]+\.js(?:\.map)?)$/;
const FLAKY = /^\/__drop-in-flaky__\/([\w-]+)\/(?:lose-([\w.-]+)\/)?((?:e911-location-chunks\/)?[\w.-]+\.js(?:\.map)?|heal)$/;

/** @type {Set<string>} keys whose chunks are served again */
const healed = new Set();

/**
 * Koa middleware for the test server's `middleware` option.
 * @returns {import('koa').Middleware}
 */
export function dropInMiddleware() {
  return async (ctx, next) => {
    const copy = COPY.exec(ctx.path);
    if (copy) {
      ctx.url = `/dist/${copy[1]}`;
      return next();
    }
    const flaky = FLAKY.exec(ctx.path);
    if (!flaky) return next();
    const [, key, lost = 'address-form.body', file] = flaky;
    if (file === 'heal') {
      healed.add(key);
      ctx.status = 204;
      return undefined;
    }
    if (file.startsWith(`e911-location-chunks/${lost}-`) && !healed.has(key)) {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'this test server lost the chunk';
      return undefined;
    }
    ctx.url = `/dist/${file}`;
    return next();
  };
}

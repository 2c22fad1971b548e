// @ts-check
/**
 * Serves the strict-page fixtures with the Content-Security-Policy the package promises
 * to work under (DESIGN.md, "Security"), as a response header — the form that also
 * governs workers and cannot be dropped by a page's own markup.
 */

export const STRICT_FIXTURES = '/test/reliability/fixtures/strict/';
export const STRICT_CSP = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html e911-location";

/**
 * Koa middleware for the test server's `middleware` option.
 * @returns {import('koa').Middleware}
 */
export function strictCspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith(STRICT_FIXTURES)) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

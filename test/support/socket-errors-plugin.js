// @ts-check
/**
 * The test runner's own WebSocket to each test page has no 'error' listener, so a socket
 * error there (a bad frame from a page being torn down, say) would be thrown as an uncaught
 * exception: @web/test-runner then stops the whole run, and its message about why can be
 * lost on the way out. With a listener the error is printed and ends that one connection;
 * the runner sees the page disconnect and fails its test file, as it does for a crash.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function socketErrorsPlugin() {
  return {
    name: 'e911-socket-errors',
    serverStart({ webSockets }) {
      webSockets?.webSocketServer.on('connection', (socket) => {
        socket.on('error', (error) => console.warn(`Test runner: a page's WebSocket failed: ${error.message}`));
      });
    },
  };
}

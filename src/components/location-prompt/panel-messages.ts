/** The text the prompt's panel needs before its views have loaded (the rest is in messages.ts, loaded with the views). */
import { msg } from '@lit/localize';

export const panelText = {
  heading: () => msg('Your location for emergency calls', { id: 'prompt.heading' }),
  dismiss: () => msg('Not now', { id: 'prompt.dismiss' }),
  calm: () => msg('In an emergency, call 911 now — you can finish this later.', { id: 'prompt.calm' }),
  opened: () =>
    msg('Emergency location: a panel on this page asks where you are. Finish it when you can.', { id: 'prompt.opened' }),
  loading: () => msg('Loading…', { id: 'prompt.loading' }),
  loadFailed: () =>
    msg('This panel could not be loaded. Check the connection and try again. Calls can still be placed.', { id: 'prompt.load-failed' }),
  retry: () => msg('Try again', { id: 'prompt.retry' }),
};

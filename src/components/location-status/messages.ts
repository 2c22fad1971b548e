/** Localized text of the status badge (the state words and situations are in shared/situation-text.ts). */
import { msg, str } from '@lit/localize';

export const statusText = {
  action: () => msg('Change the emergency location', { id: 'status.action' }),
  prefix: () => msg('Emergency location:', { id: 'status.prefix' }),
  announce: (label: string) => msg(str`Emergency location: ${label}`, { id: 'status.announce' }),
  notPersistent: () => msg('This address will be kept only until you close this page.', { id: 'prompt.not-persistent' }),
};

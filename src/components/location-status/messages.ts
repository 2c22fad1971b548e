/** Localized text of the status badge. */
import { msg } from '@lit/localize';
import type { NetworkStatus } from '../../detect/types.js';

export const statusText = {
  checking: () => msg('Checking your network…', { id: 'status.checking' }),
  placement: (status: NetworkStatus): string => {
    if (status.placement === 'on-premises') return msg('At the office', { id: 'status.on-premises' });
    if (status.placement === 'off-premises') return msg('Away from the office', { id: 'status.off-premises' });
    if (status.reason === 'offline') return msg('Offline', { id: 'status.offline' });
    return msg('Network unknown', { id: 'status.unknown' });
  },
  noLocation: () => msg('No emergency location set', { id: 'status.no-location' }),
  validated: () => msg('Location from the company network', { id: 'status.validated' }),
  unvalidated: () => msg('Unvalidated: the dispatcher will confirm it', { id: 'status.unvalidated' }),
  action: () => msg('Change the emergency location', { id: 'status.action' }),
  prefix: () => msg('Emergency location:', { id: 'status.prefix' }),
};

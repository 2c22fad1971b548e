/** Localized text of the prompt and the status badge that is not about one form field. */
import { msg, str } from '@lit/localize';
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import type { StoragePersistence } from '../../store/types.js';
import { noE911Message } from '../address-form/messages.js';

export const promptText = {
  heading: () => msg('Your location for emergency calls', { id: 'prompt.heading' }),
  disclaimerHeading: () => msg('Before you continue', { id: 'prompt.disclaimer.heading' }),
  intro: () =>
    msg('If you call 911 from this device, this address is sent to emergency services so they can find you.', { id: 'prompt.intro' }),
  unvalidated: () =>
    msg('An address you enter is not verified. The dispatcher will confirm it with you during the call.', {
      id: 'prompt.unvalidated',
    }),
  notPersistent: () => msg('This address will be kept only until you close this page.', { id: 'prompt.not-persistent' }),
  mayBeCleared: () =>
    msg('This browser did not agree to keep your saved addresses: it may clear them when space runs low.', { id: 'prompt.may-be-cleared' }),
  savedHeading: () => msg('Saved addresses', { id: 'prompt.saved.heading' }),
  useNew: () => msg('Enter a new address', { id: 'prompt.new-address' }),
  backToSaved: () => msg('Choose a saved address', { id: 'prompt.back-to-saved' }),
  saveAndUse: () => msg('Save and use this address', { id: 'prompt.save' }),
  dismiss: () => msg('Not now', { id: 'prompt.dismiss' }),
  acknowledge: () => msg('I understand', { id: 'prompt.acknowledge' }),
  defaultDisclaimer: () =>
    msg(
      'Without an address, emergency services may not be able to find you if you call 911 from this device. Your administrator asks you to add your location.',
      { id: 'prompt.disclaimer.default' },
    ),
  deleteOne: () => msg('Delete', { id: 'prompt.delete' }),
  deleteLabel: (label: string) => msg(str`Delete ${label}`, { id: 'prompt.delete.label' }),
  deleteAll: () => msg('Delete all saved addresses', { id: 'prompt.delete-all' }),
  deleted: (label: string) => msg(str`${label} was deleted.`, { id: 'prompt.deleted' }),
  allDeleted: () => msg('All saved addresses were deleted.', { id: 'prompt.all-deleted' }),
  current: () => msg('In use', { id: 'prompt.current' }),
  localPstnSite: (site: string) =>
    msg(str`Enhanced 911 is not provided at ${site}. Emergency calls go through the local carrier.`, { id: 'common.local-pstn-site' }),
};

/** Why the user is asked, from the detection result; `undefined` when there is nothing useful to say. */
export function reasonText(status: NetworkStatus | null): string | undefined {
  switch (status?.reason) {
    case 'vpn':
      return msg('You are connected through VPN, so your office location cannot be used.', { id: 'prompt.reason.vpn' });
    case 'lis-unreachable':
      return msg('Your location could not be found automatically right now.', { id: 'prompt.reason.unreachable' });
    case 'offline':
      return msg('This device seems to be offline.', { id: 'prompt.reason.offline' });
    case 'lis-not-locatable':
    case 'untrusted-ip':
      return msg('You seem to be away from the office.', { id: 'prompt.reason.away' });
    default:
      return undefined;
  }
}

/**
 * The notes under the prompt's heading, in order: why the user is asked, where E9-1-1
 * does not apply, that a typed address is not verified, and that it will not be kept
 * when storage is not persistent (or may be cleared, when the browser refused to keep it).
 */
export function promptNotes(input: {
  status: NetworkStatus | null;
  location: EmergencyLocation | null;
  countries: readonly string[];
  persistent: boolean;
  /** The browser's answer to keeping storage: `refused` adds a note that it may clear saved addresses. */
  storagePersistence?: StoragePersistence;
}): string[] {
  const { status, location, countries, persistent, storagePersistence } = input;
  const notes: string[] = [];
  const reason = reasonText(status);
  if (reason) notes.push(reason);
  if (status?.site?.e911 === 'local-pstn') notes.push(promptText.localPstnSite(status.site.name));
  else if (location && !countries.includes(location.civic.country)) notes.push(noE911Message(location.civic.country));
  notes.push(promptText.unvalidated());
  if (!persistent) notes.push(promptText.notPersistent());
  else if (storagePersistence === 'refused') notes.push(promptText.mayBeCleared());
  return notes;
}

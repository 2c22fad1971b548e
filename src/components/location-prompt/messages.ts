/** Localized text of the prompt and the status badge that is not about one form field. */
import { msg, str } from '@lit/localize';
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { situationOf } from '../../status/situation.js';
import type { StoragePersistence } from '../../store/types.js';
import { situationExplanation } from '../shared/situation-text.js';
import { panelText } from './panel-messages.js';

export const promptText = {
  heading: panelText.heading,
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
  dismiss: panelText.dismiss,
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
  calm: panelText.calm,
  chooseHeading: () => msg('Where are you now?', { id: 'prompt.choose.heading' }),
  confirmHeading: () => msg('Confirm the address and add your floor or room', { id: 'prompt.confirm.heading' }),
  use: () => msg('Use this address', { id: 'prompt.use' }),
  siteOption: () => msg('This site’s address: add your floor or room', { id: 'prompt.site-option' }),
  manage: () => msg('Manage saved places', { id: 'prompt.manage' }),
  done: () => msg('Done', { id: 'prompt.manage.done' }),
  undo: () => msg('Undo', { id: 'prompt.undo' }),
  undoLabel: (label: string) => msg(str`Undo deleting ${label}`, { id: 'prompt.undo.label' }),
  restored: (label: string) => msg(str`${label} was restored.`, { id: 'prompt.restored' }),
};

/**
 * The notes under the prompt's heading, in order: what the situation is (why the user is
 * asked, or where E9-1-1 does not apply — one explanation per situation, from the status
 * module), that a typed address is not verified, and that it will not be kept when storage
 * is not persistent (or may be cleared, when the browser refused to keep it).
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
  const explanation = situationExplanation(situationOf({ status, location, countries }));
  if (explanation) notes.push(explanation);
  notes.push(promptText.unvalidated());
  if (!persistent) notes.push(promptText.notPersistent());
  else if (storagePersistence === 'refused') notes.push(promptText.mayBeCleared());
  return notes;
}

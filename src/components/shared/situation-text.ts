/** The words of each state and the explanation of each situation, localized; shared by the badge, the prompt and the demo. */
import { msg, str } from '@lit/localize';
import type { LocationState, Situation } from '../../status/situation.js';
import { noE911Message } from './country-name.js';

/** The state word shown next to the icon (never colour alone). */
export function stateWord(state: LocationState): string {
  switch (state) {
    case 'validated':
      return msg('Validated', { id: 'state.validated' });
    case 'unvalidated':
      return msg('Unvalidated', { id: 'state.unvalidated' });
    case 'missing':
      return msg('No location', { id: 'state.missing' });
    case 'local-pstn':
      return msg('Local carrier', { id: 'state.local-pstn' });
    case 'checking':
      return msg('Checking your network…', { id: 'status.checking' });
  }
}

/** Where the client seems to be, in a few words (the badge's first line). */
export function situationShort(situation: Situation): string {
  const site = situation.site ?? '';
  switch (situation.kind) {
    case 'checking':
      return stateWord('checking');
    case 'lis':
    case 'office-no-lis':
      return site || msg('At the office', { id: 'status.on-premises' });
    case 'local-pstn-site':
    case 'branch-outage':
    case 'branch-outage-local-pstn':
      return site;
    case 'vpn':
      return msg('On VPN', { id: 'status.vpn' });
    case 'offline':
      return msg('Offline', { id: 'status.offline' });
    case 'away':
    case 'no-e911-country':
      return msg('Away from the office', { id: 'status.off-premises' });
    case 'unknown':
      return msg('Network unknown', { id: 'status.unknown' });
  }
}

/** What is going on and what it means for a 911 call, in a sentence or two; `undefined` when the state word says it all. */
export function situationExplanation(situation: Situation): string | undefined {
  const site = situation.site ?? '';
  switch (situation.kind) {
    case 'lis':
      return msg('Your company network provides this location.', { id: 'situation.lis' });
    case 'local-pstn-site':
      return msg(str`Enhanced 911 is not provided at ${site}. Emergency calls go through the local carrier.`, { id: 'common.local-pstn-site' });
    case 'branch-outage':
      return msg(str`You seem to be at ${site}, but its location service is not answering. Confirm the address and add your floor or room.`, {
        id: 'situation.branch-outage',
      });
    case 'branch-outage-local-pstn':
      return msg(str`The location service at ${site} is not answering. Until it is back, emergency calls go through the local carrier.`, {
        id: 'situation.branch-outage-local-pstn',
      });
    case 'office-no-lis':
      return msg('You are on the company network, but it could not tell where you are.', { id: 'situation.office-no-lis' });
    case 'no-e911-country':
      return noE911Message(situation.country ?? '');
    case 'vpn':
      return msg('You are connected through VPN, so your office location cannot be used.', { id: 'prompt.reason.vpn' });
    case 'away':
      return msg('You seem to be away from the office, for example at home or in a hotel.', { id: 'situation.away' });
    case 'offline':
      return msg('This device seems to be offline.', { id: 'prompt.reason.offline' });
    case 'unknown':
      return msg('Your location could not be found automatically right now.', { id: 'prompt.reason.unreachable' });
    case 'checking':
      return undefined;
  }
}

/** What the state means for the call, for the badge's last line. */
export function stateDetail(situation: Situation): string | undefined {
  if (situation.state === 'unvalidated') return msg('The dispatcher will confirm it with you.', { id: 'state.unvalidated.detail' });
  if (situation.state === 'missing') return msg('Add where you are.', { id: 'state.missing.detail' });
  if (situation.state === 'local-pstn') return situationExplanation(situation);
  return undefined;
}

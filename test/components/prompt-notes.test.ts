import { expect } from '@open-wc/testing';
import type { NetworkStatus } from '../../src/detect/types.js';
import type { EmergencyLocation } from '../../src/location.js';
import { promptNotes } from '../../src/components/location-prompt/messages.js';

const T = '2026-11-25T12:00:00.000Z';
const base: NetworkStatus = { placement: 'off-premises', reason: 'untrusted-ip', networkId: 'n', ip: '203.0.113.25', lisLocation: null, site: null, checkedAt: T };
const inFrance: EmergencyLocation = {
  id: 'p', label: 'Paris', civic: { country: 'FR', A3: 'Paris' }, source: 'user', validation: 'unvalidated', method: 'Manual',
  networkId: 'n', createdAt: T, updatedAt: T, lastUsedAt: T,
};
const COUNTRIES = ['US', 'CA'];

describe('promptNotes', () => {
  it('says why the user is asked and that a typed address is not verified', () => {
    expect(promptNotes({ status: base, location: null, countries: COUNTRIES, persistent: true })).to.deep.equal([
      'You seem to be away from the office, for example at home or in a hotel.',
      'An address you enter is not verified. The dispatcher will confirm it with you during the call.',
    ]);
  });

  it('says VPN is why, and that the address will not be kept when storage is not persistent', () => {
    const notes = promptNotes({ status: { ...base, reason: 'vpn' }, location: null, countries: COUNTRIES, persistent: false });
    expect(notes[0]).to.contain('VPN');
    expect(notes.at(-1)).to.equal('This address will be kept only until you close this page.');
  });

  it('says E9-1-1 is not provided at a local-pstn site, naming it', () => {
    const status: NetworkStatus = { ...base, placement: 'on-premises', reason: 'trusted-ip', site: { name: 'London office', e911: 'local-pstn', country: 'GB' } };
    const notes = promptNotes({ status, location: inFrance, countries: COUNTRIES, persistent: true });
    expect(notes).to.include('Enhanced 911 is not provided at London office. Emergency calls go through the local carrier.');
    expect(notes.filter((note) => note.includes('France'))).to.deep.equal([]);
  });

  it('names the site in a branch outage and asks to confirm its address and add floor or room', () => {
    const status: NetworkStatus = { ...base, placement: 'on-premises', reason: 'trusted-ip', site: { name: 'Springfield branch', e911: 'enabled', outage: 'ask' } };
    expect(promptNotes({ status, location: null, countries: COUNTRIES, persistent: true })[0]).to.equal(
      'You seem to be at Springfield branch, but its location service is not answering. Confirm the address and add your floor or room.',
    );
  });

  it('says calls go through the local carrier in a branch outage routed by the local gateway', () => {
    const status: NetworkStatus = { ...base, placement: 'on-premises', reason: 'trusted-ip', site: { name: 'Springfield branch', e911: 'enabled', outage: 'local-pstn' } };
    expect(promptNotes({ status, location: null, countries: COUNTRIES, persistent: true })[0]).to.equal(
      'The location service at Springfield branch is not answering. Until it is back, emergency calls go through the local carrier.',
    );
  });

  it('says enhanced 911 is not available in the country of a location abroad', () => {
    const notes = promptNotes({ status: base, location: inFrance, countries: COUNTRIES, persistent: true });
    expect(notes).to.include('Enhanced 911 is not available in France. Emergency calls go through the local carrier.');
  });
});

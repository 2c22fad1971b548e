import { expect } from '@open-wc/testing';

describe('e911-location entry point', () => {
  it('registers every element and exports the API; a second copy does not throw', async () => {
    const api = await import('../../src/index.js');
    for (const tag of ['e911-location-prompt', 'e911-address-form', 'e911-location-status']) {
      expect(customElements.get(tag), tag).not.to.equal(undefined);
    }
    for (const name of ['detectNetwork', 'openLocationStore', 'toPidfLo', 'parsePidfLo', 'emergencyCallParts', 'setLocale', 'E911LocationPrompt', 'E911AddressForm', 'E911LocationStatus']) {
      expect(typeof (api as Record<string, unknown>)[name], name).to.equal('function');
    }
    // A second evaluation of the module graph, as a second copy of the package would do.
    const copy = (await import(/* @vite-ignore */ `${new URL('../../src/index.ts', import.meta.url).href}?copy=2`)) as Record<string, unknown>;
    expect(typeof copy.setLocale).to.equal('function');
  });
});

/**
 * The built per-entry modules in dist/, as a bundler user gets them (Lit and idb resolved
 * from node_modules). `npm test` builds first.
 */
import { expect } from '@open-wc/testing';

async function importBuilt(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(path, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${path} is missing (HTTP ${response.status}): run \`npm run build\` first.`);
  // A variable specifier: the file exists only after the build, so tsc must not resolve it.
  return (await import(path)) as Record<string, unknown>;
}

describe('dist/ entries', () => {
  it('dist/index.js registers every element (the define calls survive tree-shaking)', async () => {
    await importBuilt('/dist/index.js');
    for (const tag of ['e911-location-prompt', 'e911-address-form', 'e911-location-status']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('dist/detect.js, dist/pidf.js and dist/store.js export the public functions', async () => {
    const detect = await importBuilt('/dist/detect.js');
    const pidf = await importBuilt('/dist/pidf.js');
    const store = await importBuilt('/dist/store.js');
    expect(typeof detect.detectNetwork).to.equal('function');
    for (const name of ['toPidfLo', 'parsePidfLo', 'emergencyCallParts']) expect(typeof pidf[name], name).to.equal('function');
    expect(typeof store.openLocationStore).to.equal('function');
  });

  it('dist/detect.js loads the chunks it reads answers with, beside it, and decides with them', async () => {
    const { detectNetwork } = (await importBuilt('/dist/detect.js')) as typeof import('../../src/detect/index.js');
    const status = await detectNetwork({
      heldUrl: '/lis/held?scenario=headquarters',
      ipEchoUrl: '/lis/ip?scenario=headquarters',
      sites: [{ name: 'Headquarters', subnets: ['10.1.0.0/16'], e911: 'enabled' }],
      timeoutMs: 5000,
    });
    expect(status).to.include({ placement: 'on-premises', reason: 'lis-located', networkId: 'hq-floor-3' });
    // The site and the label come from the lazily loaded chunks: they resolved.
    expect(status.site?.name).to.equal('Headquarters');
    expect(status.lisLocation?.label).to.be.a('string').and.not.equal('');
  });
});

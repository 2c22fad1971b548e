import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { DemoFrame } from './demo-frame.js';

const HOME = { label: 'Home', country: 'US', street: '123 N Main St', LOC: 'Apt 4', A3: 'Springfield', A1: 'IL', PC: '62704' };
const databases: string[] = [];
let frame: DemoFrame | undefined;

async function openDemo(query: Record<string, string>): Promise<DemoFrame> {
  const db = `e911-demo-assist-${Date.now().toString(36)}-${databases.length}`;
  databases.push(db);
  frame = await DemoFrame.open(`/demo/index.html?${new URLSearchParams({ db, ...query })}`);
  return frame;
}

afterEach(async () => {
  frame?.remove();
  frame = undefined;
  await Promise.all(databases.splice(0).map((name) => new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
    setTimeout(resolve, 2000);
  })));
});

describe('demo: location assist', () => {
  it('is off unless switched on; with it on, the emulated position goes into the call and the dispatcher sees it beside the address', async function () {
    this.timeout(40_000);
    const demo = await openDemo({ scenario: 'home' });
    const root = await demo.waitForPrompt();
    expect(root.querySelector('[part=assist-button]'), 'off by default').to.equal(null);
    const toggle = demo.doc.getElementById('location-assist') as HTMLInputElement;
    expect(demo.doc.getElementById('assist-emulated')?.textContent).to.match(/emulated/);
    toggle.click();
    expect(demo.prompt.getAttribute('location-assist')).to.equal('device');
    await waitFor(() => root.querySelector('[part=assist-button]'), 'the control');
    (root.querySelector('[part=assist-button]') as HTMLButtonElement).click();
    await waitFor(() => root.querySelector('[part=assist-note]')?.textContent?.includes('Position found'), 'the emulated position');
    demo.prompt.scrollIntoView({ block: 'start' });
    await executeServerCommand('demo-screenshot', { folder: 'demo', name: 'assist-prompt' });
    await demo.enterAddress(HOME);
    await demo.dial911();
    const device = demo.dispatcher.shadowRoot!.querySelector('[data-field=device-position]');
    expect(device, 'the dispatcher shows the device position').to.not.equal(null);
    expect(device!.querySelector('[data-device=coordinates]')!.textContent).to.equal('39.7685, -89.6812');
    expect(device!.querySelector('[data-device=accuracy]')!.textContent).to.equal('±30 m');
    expect(device!.querySelector('[data-device=age]')!.textContent).to.match(/^\d+ s before the call$/);
    expect(demo.civic('A3')).to.equal('Springfield');
    expect(demo.banner()).to.equal('unvalidated');
    device!.scrollIntoView({ block: 'center' });
    await executeServerCommand('demo-screenshot', { folder: 'demo', name: 'assist-dispatcher' });
  });
});

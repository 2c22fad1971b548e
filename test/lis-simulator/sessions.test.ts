import { expect } from '@open-wc/testing';

async function switchScenario(session: string, scenario: string): Promise<Response> {
  return fetch(`/lis/scenario?session=${session}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario }),
  });
}

async function echoedIp(session: string): Promise<string> {
  const response = await fetch(`/lis/ip?session=${session}`);
  return ((await response.json()) as { ip: string }).ip;
}

describe('LIS simulator sessions', () => {
  it('keeps a scenario per demo page, so pages sharing the server never interfere', async () => {
    const home = crypto.randomUUID();
    const office = crypto.randomUUID();
    await switchScenario(home, 'home');
    await switchScenario(office, 'headquarters');

    expect(await echoedIp(home)).to.equal('203.0.113.25');
    expect(await echoedIp(office)).to.equal('10.1.20.37');
  });

  it('reports the session scenario and refuses an unknown one', async () => {
    const session = crypto.randomUUID();
    await switchScenario(session, 'vpn');
    const state = await (await fetch(`/lis/scenario?session=${session}`)).json();
    expect(state.scenario).to.equal('vpn');

    const refused = await switchScenario(session, 'no-such-place');
    expect(refused.status).to.equal(400);
    expect(await echoedIp(session)).to.equal('10.200.3.41');
  });
});

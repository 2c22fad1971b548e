import { expect } from '@open-wc/testing';
import { parseEchoResponse } from '../../src/detect/echo-response.js';
import { requestEcho, type EchoOutcome } from '../../src/detect/ip-echo.js';

function askEcho(scenario: string, query = ''): Promise<EchoOutcome> {
  return requestEcho(`/lis/ip?scenario=${scenario}${query}`, { fetch, signal: AbortSignal.timeout(2000) });
}

describe('parseEchoResponse', () => {
  const table: [body: string, ip: string | null, networkId?: string][] = [
    ['{"ip":"10.1.20.37","networkId":"hq-floor-3"}', '10.1.20.37', 'hq-floor-3'],
    ['{"ip":"2001:db8::1"}', '2001:db8::1'],
    ['{"ip":" 198.51.100.77 "}', '198.51.100.77'],
    ['{"ip":"10.1.20.37","networkId":"  "}', '10.1.20.37'],
    ['{"ip":"10.1.20.37","networkId":"bad\\u0000id"}', '10.1.20.37'],
    ['{"ip":"10.1.20.37","networkId":42}', '10.1.20.37'],
    ['{"ip":"not-an-ip"}', null],
    ['{"ip":"010.1.20.37"}', null],
    ['{"ip":167908389}', null],
    ['{"address":"10.1.20.37"}', null],
    ['["10.1.20.37"]', null],
    ['null', null],
    ['<ip>10.1.20.37</ip>', null],
    ['', null],
  ];
  for (const [body, ip, networkId] of table) {
    it(`reads ${JSON.stringify(body)} as ${ip ?? 'unreachable'}`, () => {
      const outcome = parseEchoResponse(body);
      if (ip === null) {
        expect(outcome.kind).to.equal('unreachable');
        return;
      }
      expect(outcome).to.include({ kind: 'answered', ip });
      expect((outcome as { networkId?: string }).networkId).to.equal(networkId);
    });
  }
});

describe('requestEcho against the simulator', () => {
  it('reads the echoed address and network id', async () => {
    expect(await askEcho('headquarters')).to.deep.include({ kind: 'answered', ip: '10.1.20.37', networkId: 'hq-floor-3' });
  });

  const unreachable: [scenario: string, problem: RegExp][] = [
    ['echo-not-ip', /no valid "ip"/],
    ['xml-for-echo', /'application\/xml'/],
    ['wrong-content-type', /'text\/plain'/],
    ['http-500', /HTTP 500/],
    ['redirect', /could not be reached/],
  ];
  for (const [scenario, problem] of unreachable) {
    it(`treats ${scenario} as unreachable, with the reason`, async () => {
      const outcome = await askEcho(scenario);
      expect(outcome.kind).to.equal('unreachable');
      expect((outcome as { problem: string }).problem).to.match(problem);
    });
  }

  it('gives up on an echo that never finishes when the signal aborts', async () => {
    const outcome = await requestEcho('/lis/ip?scenario=slow-drip', { fetch, signal: AbortSignal.timeout(300) });
    expect(outcome.kind).to.equal('unreachable');
  });
});

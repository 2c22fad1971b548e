import { expect } from '@open-wc/testing';
import { decide, type DecisionInput, type EchoSummary } from '../../src/detect/decide.js';
import type { HeldOutcome } from '../../src/detect/held.js';
import type { DetectionReason, Placement } from '../../src/detect/types.js';

type Held = HeldOutcome['kind'];
const HELD: Held[] = ['located', 'no-civic', 'not-locatable', 'error', 'unreachable', 'not-configured'];
const ECHO: EchoSummary[] = ['vpn', 'trusted', 'untrusted', 'unreachable', 'not-configured'];

describe('decide', () => {
  // DESIGN.md's table, one line per row, in its order.
  const rows: [online: boolean, held: Held[], echo: EchoSummary[], placement: Placement, reason: DetectionReason][] = [
    [false, HELD, ECHO, 'unknown', 'offline'],
    [true, ['located'], ECHO, 'on-premises', 'lis-located'],
    [true, HELD, ['vpn'], 'off-premises', 'vpn'],
    [true, ['no-civic', 'not-locatable', 'error', 'unreachable', 'not-configured'], ['trusted'], 'on-premises', 'trusted-ip'],
    [true, ['no-civic', 'not-locatable', 'error', 'unreachable', 'not-configured'], ['untrusted'], 'off-premises', 'untrusted-ip'],
    [true, ['not-locatable', 'no-civic'], ['unreachable', 'not-configured'], 'off-premises', 'lis-not-locatable'],
    [true, ['unreachable', 'error'], ['unreachable', 'not-configured'], 'unknown', 'lis-unreachable'],
    [true, ['not-configured'], ['not-configured'], 'unknown', 'not-configured'],
  ];
  const covered = new Set<string>();

  for (const [online, helds, echoes, placement, reason] of rows) {
    for (const held of helds) {
      for (const echo of echoes) {
        const input: DecisionInput = { online, held, echo };
        const key = JSON.stringify(input);
        if (covered.has(key)) continue; // an earlier row already decided it
        covered.add(key);
        it(`${online ? 'online' : 'offline'}, HELD ${held}, echo ${echo}: ${placement} (${reason})`, () => {
          expect(decide(input)).to.deep.equal({ placement, reason });
        });
      }
    }
  }

  it('says lis-unreachable when no LIS is configured and the echo service is unreachable', () => {
    expect(decide({ online: true, held: 'not-configured', echo: 'unreachable' }))
      .to.deep.equal({ placement: 'unknown', reason: 'lis-unreachable' });
  });

  it('decides every combination of inputs', () => {
    for (const online of [true, false]) {
      for (const held of HELD) {
        for (const echo of ECHO) {
          expect(decide({ online, held, echo }).reason).to.be.a('string');
        }
      }
    }
  });
});

/** The detection decision table (DESIGN.md "Network detection") as a pure function. */
import type { HeldOutcome } from './held.js';
import type { DetectionReason, Placement } from './types.js';

/** The echo side of the table: where the echoed address sits, or why there is none. */
export type EchoSummary = 'vpn' | 'trusted' | 'untrusted' | 'unreachable' | 'not-configured';

export type DecisionInput = {
  online: boolean;
  held: HeldOutcome['kind'];
  echo: EchoSummary;
};

export type Decision = { placement: Placement; reason: DetectionReason };

type Row = { when: (input: DecisionInput) => boolean; then: Decision };

const hasIp = (echo: EchoSummary) => echo === 'trusted' || echo === 'untrusted' || echo === 'vpn';

/**
 * The rows in the order DESIGN.md lists them; the first that matches wins.
 * A `locationResponse` without a civic address counts as "not locatable": the LIS
 * answered, but has no address a dispatcher could use.
 */
export const DECISION_TABLE: readonly Row[] = [
  { when: (i) => !i.online, then: { placement: 'unknown', reason: 'offline' } },
  { when: (i) => i.held === 'located', then: { placement: 'on-premises', reason: 'lis-located' } },
  { when: (i) => i.echo === 'vpn', then: { placement: 'off-premises', reason: 'vpn' } },
  { when: (i) => i.echo === 'trusted', then: { placement: 'on-premises', reason: 'trusted-ip' } },
  { when: (i) => hasIp(i.echo), then: { placement: 'off-premises', reason: 'untrusted-ip' } },
  {
    when: (i) => i.held === 'not-locatable' || i.held === 'no-civic',
    then: { placement: 'off-premises', reason: 'lis-not-locatable' },
  },
  {
    when: (i) => i.held === 'unreachable' || i.held === 'error',
    then: { placement: 'unknown', reason: 'lis-unreachable' },
  },
  {
    when: (i) => i.held === 'not-configured' && i.echo === 'not-configured',
    then: { placement: 'unknown', reason: 'not-configured' },
  },
  // Not in DESIGN's table: no LIS configured and the echo service unreachable.
  // Detection was attempted and failed, which is what lis-unreachable tells the user.
  { when: () => true, then: { placement: 'unknown', reason: 'lis-unreachable' } },
];

/** Decides placement and reason; the first matching row of {@link DECISION_TABLE} wins. */
export function decide(input: DecisionInput): Decision {
  const row = DECISION_TABLE.find((candidate) => candidate.when(input))!;
  return { ...row.then };
}

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

/** Where each reason puts the client: every reason has one placement. */
const PLACEMENT: Record<DetectionReason, Placement> = {
  offline: 'unknown',
  'lis-located': 'on-premises',
  vpn: 'off-premises',
  'trusted-ip': 'on-premises',
  'untrusted-ip': 'off-premises',
  'lis-not-locatable': 'off-premises',
  'lis-unreachable': 'unknown',
  'not-configured': 'unknown',
};

/**
 * Decides placement and reason: DESIGN.md's rows in its order, the first that matches wins.
 * A `locationResponse` without a civic address (`no-civic`) counts as "not locatable": the
 * LIS answered, but has no address a dispatcher could use.
 */
export function decide({ online, held, echo }: DecisionInput): Decision {
  const reason: DetectionReason = !online
    ? 'offline'
    : held === 'located'
      ? 'lis-located'
      : echo === 'vpn'
        ? 'vpn'
        : echo === 'trusted' || echo === 'untrusted'
          ? `${echo}-ip`
          : held === 'not-locatable' || held === 'no-civic'
            ? 'lis-not-locatable'
            : held === 'not-configured' && echo === 'not-configured'
              ? 'not-configured'
              : // HELD unreachable or error; or, not in DESIGN's table, no LIS configured and the
                // echo service unreachable: detection was attempted and failed, which is what
                // lis-unreachable tells the user.
                'lis-unreachable';
  return { placement: PLACEMENT[reason], reason };
}

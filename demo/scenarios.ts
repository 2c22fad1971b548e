/** The demo's scenarios: the simulator's network plan plus what the user sees there, and why. */
import { DEMO_SCENARIOS, NETWORK_PLAN } from './lis-simulator/network-plan.js';

export { NETWORK_PLAN };

/** One line per scenario for the reviewer: what the user would see, and why. */
const WHAT_THE_USER_SEES: Record<string, { title: string; explanation: string }> = {
  headquarters: {
    title: 'Headquarters (LIS answers)',
    explanation:
      'No prompt: the enterprise LIS knows this desk, so the badge shows its address and 911 calls carry a validated location.',
  },
  'branch-wan-outage': {
    title: 'Branch, WAN link down',
    explanation:
      'The LIS cannot be reached: detection stops waiting after the timeout and recognizes the branch subnet, but with no LIS address the user is asked where they are; the answer is sent as unvalidated.',
  },
  vpn: {
    title: 'On VPN',
    explanation:
      'The VPN address looks internal, but the LIS excludes VPN subnets: the user counts as off-premises and is asked where they really are.',
  },
  home: {
    title: 'Working from home',
    explanation:
      'The LIS cannot locate a home network: the user types the home address once; it is reused on this network and always sent as unvalidated.',
  },
  hotel: {
    title: 'Hotel Wi-Fi',
    explanation:
      'A network never seen before: the user picks a saved address or types the hotel’s; the dispatcher must confirm it verbally.',
  },
  abroad: {
    title: 'Travelling outside the US/Canada',
    explanation:
      'The user can still record an address, but there is no E9-1-1 in that country: emergency calls go out by the local PSTN gateway.',
  },
  'london-office': {
    title: 'London office (outside the E9-1-1 area)',
    explanation:
      'No prompt: this site is configured local-pstn, so the badge says E9-1-1 is not provided here and calls leave by the local gateway without a PIDF-LO.',
  },
};

export type DemoScenario = {
  name: string;
  title: string;
  /** What the user would see, and why. */
  explanation: string;
  /** The network, as the simulator plays it. */
  network: string;
  expected: { placement: string; reason: string; site: string | null };
};

export const SCENARIOS: readonly DemoScenario[] = DEMO_SCENARIOS.map((scenario) => ({
  name: scenario.name,
  title: WHAT_THE_USER_SEES[scenario.name]?.title ?? scenario.name,
  explanation: WHAT_THE_USER_SEES[scenario.name]?.explanation ?? scenario.description,
  network: scenario.description,
  expected: scenario.expected,
}));

export function findScenario(name: string | null | undefined): DemoScenario | undefined {
  return SCENARIOS.find((scenario) => scenario.name === name);
}

/** The demo's scenarios: the simulator's network plan plus what the user sees there, and why. */
import { DEMO_SCENARIOS, NETWORK_PLAN } from './lis-simulator/network-plan.js';

export { NETWORK_PLAN };

/** One line per scenario for the reviewer: what the user would see, and why. */
const WHAT_THE_USER_SEES: Record<string, { title: string; explanation: string }> = {
  headquarters: {
    title: 'Headquarters (LIS answers)',
    explanation:
      'No prompt: the enterprise LIS knows this desk. The badge reads “Validated” (the only green state) and 911 calls carry the LIS address.',
  },
  'branch-wan-outage': {
    title: 'Branch, WAN link down (outage: ask)',
    explanation:
      'The LIS never answers; after the timeout the branch subnet is recognized. The panel names Springfield branch and offers its address first: the user confirms it and adds floor or room, and calls carry it as unvalidated. Dismissed, calls carry no address and the dispatcher sees only the site.',
  },
  'branch-outage-local-pstn': {
    title: 'Branch, WAN link down (outage: local-pstn)',
    explanation:
      'Riverside branch routes emergency calls by its local gateway while its LIS is unreachable: no prompt, the badge says so, and 911 calls leave by the local carrier without a PIDF-LO until the LIS answers again.',
  },
  vpn: {
    title: 'On VPN',
    explanation:
      'The VPN address looks internal, but the LIS excludes VPN pools: the user counts as off-premises. The panel asks where they really are while the softphone stays usable, and calls carry that address as unvalidated.',
  },
  home: {
    title: 'Working from home',
    explanation:
      'The LIS cannot locate a home network: the user types the home address once. It is reused on this network without asking and always sent as unvalidated.',
  },
  hotel: {
    title: 'Hotel Wi-Fi',
    explanation:
      'A network never seen before: the panel asks “Where are you now?” with the most recent saved place preselected; the user picks it or types the hotel’s address. The dispatcher confirms it verbally.',
  },
  abroad: {
    title: 'Travelling outside the US/Canada',
    explanation:
      'No E9-1-1 here. If the user records an address in the country they are in, calls leave by the local PSTN gateway (badge: “Local carrier”). If they keep a US or Canadian address, calls go to the E9-1-1 provider with that address.',
  },
  'london-office': {
    title: 'London office (outside the E9-1-1 area)',
    explanation:
      'No prompt: this site is configured local-pstn. The badge says Enhanced 911 is not provided at London office and calls go through the local carrier; 911 calls leave by the local gateway without a PIDF-LO.',
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

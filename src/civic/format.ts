/** One-line, human-readable renderings of a civic address (for labels and the dispatcher). */
import type { CivicAddress } from './civic-address.js';

function join(parts: (string | undefined)[], separator: string): string {
  return parts.map((part) => part?.trim()).filter(Boolean).join(separator);
}

/** The street line, e.g. "123A N Main St NW". */
export function formatStreetLine(civic: CivicAddress): string {
  // A letter suffix joins the number ("123A"); a fraction is a separate word ("123 1/2").
  const house = join([civic.HNO, civic.HNS], /^\s*\d/.test(civic.HNS ?? '') ? ' ' : '');
  return join([house, civic.PRD, civic.RD, civic.STS, civic.POD], ' ');
}

/**
 * One line for a label or a status badge, e.g.
 * "123 N Main St, Apt 4, Springfield, IL 62701, US".
 */
export function formatCivicAddress(civic: CivicAddress): string {
  const within = join([civic.NAM, civic.BLD, civic.FLR && `Floor ${civic.FLR.trim()}`, civic.UNIT, civic.ROOM, civic.LOC], ', ');
  const region = join([civic.A1, civic.PC], ' ');
  return join([formatStreetLine(civic), within, civic.A3, region, civic.country], ', ');
}

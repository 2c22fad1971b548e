/** Human-readable renderings of a civic address (labels, the status badge, the dispatcher), nothing dropped. */
import type { CivicAddress } from './civic-address.js';

function join(parts: (string | undefined)[], separator: string): string {
  return parts.map((part) => part?.trim()).filter(Boolean).join(separator);
}

/**
 * "Floor 3" for a bare code (or always, when `always`); a value that already reads as words ("Ground floor",
 * "Suite 500") is kept as written, so the label is never doubled.
 */
function labelled(label: string, value: string | undefined, always = false): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (text.toLowerCase().startsWith(label.toLowerCase()) || (!always && /\s/.test(text))) return text;
  return `${label} ${text}`;
}

/**
 * The street line, e.g. "123A Old N Main St NW Extended". RFC 4119 addresses carry the
 * street name in `A6` (RFC 5139 moved it to `RD`), so `A6` stands in for a missing `RD`.
 */
export function formatStreetLine(civic: CivicAddress): string {
  // A letter suffix joins the number ("123A"); a fraction is a separate word ("123 1/2").
  const house = join([civic.HNO, civic.HNS], /^\s*\d/.test(civic.HNS ?? '') ? ' ' : '');
  const road = civic.RD?.trim() ? civic.RD : civic.A6;
  return join([house, civic.PRM, civic.PRD, road, civic.STS, civic.POD, civic.POM], ' ');
}

/** The parts of an address grouped as a person reads them, top to bottom. */
function groups(civic: CivicAddress): string[][] {
  const a6IsStreet = !civic.RD?.trim() && Boolean(civic.A6?.trim());
  const sameAsCity = civic.PCN?.trim().toLowerCase() === civic.A3?.trim().toLowerCase();
  const parts = (...values: (string | undefined)[]) => values.map((value) => value?.trim() ?? '').filter(Boolean);
  const locality = parts(a6IsStreet ? undefined : civic.A6, civic.A5, civic.A4, civic.A3, sameAsCity ? undefined : civic.PCN, civic.A2);
  return [
    parts(civic.NAM, civic.LMK),
    parts(formatStreetLine(civic), labelled('Section', civic.RDSEC), 
      // A branch is a road name ("Cesar Chavez St"): without its label it reads as the street.
      labelled('Branch', civic.RDBR, true), labelled('Sub-branch', civic.RDSUBBR, true)),
    parts(labelled('Building', civic.BLD), labelled('Floor', civic.FLR), labelled('Unit', civic.UNIT), labelled('Room', civic.ROOM),
      labelled('Seat', civic.SEAT), civic.LOC, civic.PLC),
    parts(labelled('PO Box', civic.POBOX)),
    [...locality, ...parts(join([civic.A1, civic.PC], ' '))],
    parts(civic.country, labelled('Address code', civic.ADDCODE)),
  ];
}

/**
 * Every element of the address that carries meaning for a dispatcher, in reading order:
 * name and landmark; street (with RFC 4119's `A6` street), road section and branches;
 * building, floor, unit, room, seat, location text and place type; PO box; the
 * districts from neighbourhood up to county (`A6`…`A2`), city, postal community,
 * state and postal code; country and address code.
 *
 * One line by default ("Example Corp, 123 N Main St, Floor 3, Springfield, IL 62701, US");
 * with `{ lines: true }`, one line per group, joined with "\n", as on an envelope.
 */
export function formatCivicAddress(civic: CivicAddress, options?: { lines?: boolean }): string {
  const filled = groups(civic).filter((group) => group.length > 0);
  if (options?.lines) return filled.map((group) => group.join(', ')).join('\n');
  return filled.flat().join(', ');
}

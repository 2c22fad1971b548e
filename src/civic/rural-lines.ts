/**
 * Street lines without a house number that still say where mail or help goes: a post office or
 * rural-route box ("PO Box 123", "RR 2 Box 45", "HC 1 Box 12"), and Puerto Rico's roads located by
 * their kilometre marker ("Carr 2 Km 5.4", USPS Pub 28's "CARR 2 KM 5.4").
 */

/**
 * One designator of mail delivery that is not a street, with its number: post office, rural route,
 * highway contract and military boxes (USPS Pub 28), Guam's and Saipan's caller boxes, Canada Post's
 * rural "SITE 5 COMP 12 RR 1", its suburban services ("SS 1") and its French post office box ("C.P. 123", "case postale 123").
 */
const BOX_PART = /[\s,]*(p\.?\s*o\.?\s*box|post\s+office\s+box|caller\s+box|box|c\.?\s*p|case\s+postale|s\.?\s*s|r\.?\s*r\.?|rural\s+route|route|rte|rt|hcr|hc|h\.c\.|highway\s+contract|star\s+route|psc|cmr|pmb|unit|site|comp)\.?\s*#?\s*[a-z]?\d+[a-z0-9-]*(?=[\s,]|$)/iy;
/**
 * Designators that are only ever mail delivery (a "Unit 5" alone is a unit, not a box; "Route 1" alone is a road, "Rt 1 Box 45"
 * a rural route's box).
 */
const BOX_ONLY = /^(?:p|post|caller|box|c|r\.?\s*r|rural|site|comp|s\.?\s*s)/i;

/**
 * True when the line is a box and nothing else: "PO Box 123", "RR 2 Box 45", "Rt 1 Box 45", "HC 1 Box 12", "HCR 1 Box 12",
 * "PSC 1234 Box 5678", "PMB 123 PO Box 7891", "General Delivery". A box is where mail goes, not where someone is:
 * RFC 5139 keeps it in POBOX, not in the street.
 */
export function isBoxLine(line: string): boolean {
  // "Star Route Box 12": the old name of a highway contract route, often written without its number.
  // Canada Post's station after a box ("PO Box 4001 Stn A", "C.P. 123 Succ. Centre-Ville") says which post office keeps it.
  const boxes = line.replace(/^star\s+(?:route|rte|rt)\.?,?\s+(?=box)/i, '').replace(/\s+(?:stn|station|succ|succursale)\b.*$/i, '');
  // USPS Pub 28's "GENERAL DELIVERY": mail held at the post office (Canada Post writes "GD").
  if (/^(?:general\s+delivery|gd)$/i.test(boxes)) return true;
  BOX_PART.lastIndex = 0;
  let boxOnly = false;
  let match: RegExpExecArray | null;
  while ((match = BOX_PART.exec(boxes))) {
    boxOnly ||= BOX_ONLY.test(match[1]!);
    if (BOX_PART.lastIndex === boxes.length) return boxOnly;
  }
  return false;
}

/**
 * A rural Prairie place written as its legal land description (quarter, section-township-range, meridian:
 * "NE 12-34-5 W3") or as its lot, block and plan ("Lot 3 Block 2 Plan 1234"): no street, no house number.
 */
export const LEGAL_LAND = /^(?:[NS][EW](?:\s*1\/4)?[\s-]+)?\d{1,2}-\d{1,3}-\d{1,2}[\s-]+W\d(?:TH)?M?$|^lot\s+\w+,?\s+(?:block|blk)\s+\w+,?\s+plan\s+\w+$/i;

const ROAD_WORD = /^(?:CARR|CARRETERA|PR|RUTA)\.?$/i;
const KILOMETRE = /^KM\.?$/i;
const MARKER = /^\d+(?:[.,]\d+)?$/;

/**
 * "Carr 2 Km 5.4", "Bo Cruces Carr 2 Km 5 Hm 4": the road (from its "Carr" word), the marker
 * ("Km 5.4", and the hectometre after it) and what was typed before the road, or undefined.
 */
export function kilometreRoad(tokens: readonly string[]): { road: string[]; marker: string[]; before: string[] } | undefined {
  const km = tokens.findIndex((token, i) => i > 0 && KILOMETRE.test(token) && MARKER.test(tokens[i + 1] ?? ''));
  if (km < 0) return undefined;
  const start = tokens.findIndex((token) => ROAD_WORD.test(token));
  if (start < 0 || start >= km - 1) return undefined;
  return { road: tokens.slice(start, km), marker: tokens.slice(km), before: tokens.slice(0, start) };
}

const MILEPOST = /^(?:MILE|MILEPOST|MP|KM\.?)$/i;

/**
 * "Mile 5 Richardson Hwy", "MP 12.5 Parks Hwy": Alaska places homes on its highways by milepost (the Yukon
 * and northern Quebec by kilometre post: "Km 1450 Alaska Hwy", "Km 12 Route 117"),
 * as a house number would. The marker ("Mile 5") and the highway with what follows it, or
 * undefined; not the Rio Grande Valley's roads named by their mile ("Mile 9 Rd", "Mile 9 1/2 N").
 */
export function milepostHighway(tokens: readonly string[]): { marker: string[]; highway: string[] } | undefined {
  const [marker, mile, ...highway] = tokens;
  if (!MILEPOST.test(marker ?? '') || !MARKER.test(mile ?? '') || highway.length < 2 || !/^[A-Z]/i.test(highway[0]!)) return undefined;
  return { marker: [marker!, mile!], highway };
}

/** Spanish types written before the name in Puerto Rico ("Calle A", "Ave Ponce de León"). */
const SPANISH_TYPES = /^(?:CALLE|C\/|CALLEJ[OÓ]N|AVENIDA|AVE|AV|CAMINO|PASEO|VEREDA|PASAJE)\.?$/i;
/** "#150", "# 150", "150", "150A": the number typed after a Puerto Rico street. */
const NUMBER_AFTER = /^#?(\d+[A-Z]?)$/i;
/** Words that number something else than the house: a block, a building, a flat, a floor, a kilometre. */
const NUMBERS_OTHER = /^(?:BLOQUE|BLQ|EDIF|EDIFICIO|APTO|APT|APARTAMENTO|APARTMENT|UNIT|STE|SUITE|LOCAL|PISO|KM|HM|BUZON|BZN)\.?$/i;

/**
 * "Calle A #150", "Calle Luna 25 Urb Villa Real": in Puerto Rico the house number is often typed
 * after a street whose Spanish type comes first (USPS Pub 28 writes "150 CALLE A"). The road up to
 * the number, the number, and what follows it (the urbanization, a unit), or undefined.
 */
export function numberAfterSpanishStreet(tokens: readonly string[]): { road: string[]; number: string; after: string[] } | undefined {
  if (tokens.length < 3 || !SPANISH_TYPES.test(tokens[0]!)) return undefined;
  for (let i = 2; i < tokens.length; i++) {
    const sign = tokens[i] === '#' && NUMBER_AFTER.test(tokens[i + 1] ?? '') ? 1 : 0;
    if (NUMBERS_OTHER.test(tokens[i]!)) return undefined;
    const number = NUMBER_AFTER.exec(tokens[i + sign]!);
    const next = tokens[i + 1 + sign];
    if (number && (sign || tokens[i]!.startsWith('#') || next === undefined || /^URB/i.test(next) || NUMBERS_OTHER.test(next))) {
      return { road: tokens.slice(0, i), number: number[1]!, after: tokens.slice(i + 1 + sign) };
    }
  }
  return undefined;
}

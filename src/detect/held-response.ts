/**
 * Reads HELD answers (RFC 5985) and the LIS location they give: loaded by held.ts while
 * its request is under way, so `e911-location/detect` does not carry the XML reader.
 */
import type { CivicAddress } from '../civic/civic-address.js';
import { formatCivicAddress } from '../civic/format.js';
import type { EmergencyLocation } from '../location.js';
import { findCivicLocation, holdersOf, locationInfoOf, presencesIn } from '../pidf/civic-location.js';
import { NS, XmlParseError, childElements, firstChildElement, namespaceOf, parseXml, tokenText } from '../xml/parse-xml.js';
import type { HeldOutcome } from './held.js';
import { describe } from './read-body.js';

/** HELD error codes that mean "the LIS works but cannot locate this device". */
export const NOT_LOCATABLE_CODES: readonly string[] = ['notLocatable', 'locationUnknown'];

/** PIDF-LO method when the LIS names none: an enterprise LIS locates by its wiremap. */
export const DEFAULT_LIS_METHOD = 'Wiremap';

/**
 * Reads a HELD answer (`locationResponse` or `error`). Anything else — malformed,
 * oversized, a DOCTYPE or entities, another namespace — is `unreachable` with the reason.
 */
export function parseHeldResponse(text: string): HeldOutcome {
  let root: Element;
  try {
    root = parseXml(text).documentElement;
  } catch (error) {
    const reason = error instanceof XmlParseError ? error.message : describe(error);
    return { kind: 'unreachable', problem: `the answer of the LIS was refused: ${reason}` };
  }
  const name = root.localName;
  if (root.namespaceURI !== NS.held) {
    return { kind: 'unreachable', problem: `the LIS answer is <${name}> in '${root.namespaceURI ?? 'no namespace'}', not HELD` };
  }
  if (name === 'error') {
    const code = (root.getAttribute('code') ?? '').trim();
    const message = firstChildElement(root, NS.held, 'message');
    const text = message && tokenText(message);
    const kind = NOT_LOCATABLE_CODES.includes(code) ? 'not-locatable' : 'error';
    return text ? { kind, code, message: text } : { kind, code };
  }
  if (name !== 'locationResponse') {
    return { kind: 'unreachable', problem: `the LIS answer is a HELD <${name}>, not a locationResponse or error` };
  }
  // A LIS may send several presence documents (RFC 5985 §6.5.2); the civic one may be any of them.
  for (const presence of childElements(root, NS.pidf, 'presence')) {
    const found = findCivicLocation(presence);
    if (!found) continue;
    const { civic, method, lang } = found;
    return { kind: 'located', civic, ...(method ? { method } : {}), ...(lang ? { lang } : {}) };
  }
  // Shapes are reported from every presence, vendor extensions included: nothing carried goes unmentioned.
  return { kind: 'no-civic', locationUris: locationUrisOf(root), shapes: presencesIn(root).flatMap(shapesOf) };
}

/** The `locationURI`s of a response's `locationUriSet` (location by reference). */
function locationUrisOf(response: Element): string[] {
  return childElements(response, NS.held, 'locationUriSet')
    .flatMap((set) => childElements(set, NS.held, 'locationURI'))
    .map(tokenText)
    .filter(Boolean);
}

const GEODETIC_NAMESPACES: ReadonlySet<string> = new Set([NS.gml, NS.gml30, NS.gs]);

/** Names of the geodetic shapes a presence carries ("Circle", "Point"), looking through RFC 4119's `gml:location`. */
function shapesOf(presence: Element): string[] {
  return holdersOf(presence)
    .flatMap((holder) => holder.geoprivs.flatMap(locationInfoOf))
    .map((element) => (element.localName === 'location' ? element.firstElementChild : element))
    .filter((element): element is Element => Boolean(element) && GEODETIC_NAMESPACES.has(namespaceOf(element!)))
    .map((element) => element.localName);
}

/** The validated location a civic HELD answer gives, labelled with its one-line address. */
export function lisLocationOf(
  held: { civic: CivicAddress; method?: string; lang?: string },
  networkId: string | null,
  checkedAt: string,
): EmergencyLocation {
  return {
    id: `lis:${networkId ?? 'unknown-network'}`,
    label: formatCivicAddress(held.civic),
    civic: { ...held.civic },
    ...(held.lang ? { lang: held.lang } : {}),
    source: 'lis',
    validation: 'validated',
    method: held.method ?? DEFAULT_LIS_METHOD,
    networkId,
    createdAt: checkedAt,
    updatedAt: checkedAt,
    lastUsedAt: checkedAt,
  };
}

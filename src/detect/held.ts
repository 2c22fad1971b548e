/** HELD (RFC 5985): asks the LIS for this device's location and reads its answer as an outcome value. */
import type { CivicAddress } from '../civic/civic-address.js';
import { findCivicLocation, holdersOf, locationInfoOf, presencesIn } from '../pidf/civic-location.js';
import { MAX_XML_BYTES, NS, XmlParseError, childElements, firstChildElement, namespaceOf, parseXml, tokenText } from '../xml/parse-xml.js';
import { cancelBody, describe, mediaType, readLimitedText } from './read-body.js';

/** HELD error codes that mean "the LIS works but cannot locate this device". */
export const NOT_LOCATABLE_CODES: readonly string[] = ['notLocatable', 'locationUnknown'];

/** What asking the LIS came to. Never an exception. */
export type HeldOutcome =
  /** A civic PIDF-LO: the device is on the enterprise network. */
  | { kind: 'located'; civic: CivicAddress; method?: string; lang?: string }
  /**
   * A `locationResponse` without a civic address: geodetic only, or only a location URI
   * set (RFC 5985 location by reference). The LIS answered, but with nothing a dispatcher
   * can read as an address; what it did carry is kept so that it is reported, not lost.
   */
  | { kind: 'no-civic'; locationUris: string[]; shapes: string[] }
  /** HELD error `notLocatable` or `locationUnknown`. */
  | { kind: 'not-locatable'; code: string; message?: string }
  /** Any other HELD error code. */
  | { kind: 'error'; code: string; message?: string }
  /** No usable answer: network error, HTTP error, refused body, or no answer in time. */
  | { kind: 'unreachable'; problem: string }
  /** No `heldUrl` was given. */
  | { kind: 'not-configured' };

/** The request body: civic and geodetic, neither exact, answered fast enough for emergency routing. */
export const HELD_LOCATION_REQUEST =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<locationRequest xmlns="${NS.held}" responseTime="emergencyRouting">` +
  '<locationType exact="false">civic geodetic</locationType>' +
  '</locationRequest>';

export const HELD_MEDIA_TYPE = 'application/held+xml';

/**
 * RFC 5985 requires application/held+xml; the generic XML types are tolerated because
 * some LIS products send them. Anything else (HTML error pages, JSON) is refused.
 */
const ACCEPTED_MEDIA_TYPES = new Set([HELD_MEDIA_TYPE, 'application/xml', 'text/xml']);

function messageOf(error: Element): string | undefined {
  const message = firstChildElement(error, NS.held, 'message');
  const text = message ? tokenText(message) : '';
  return text || undefined;
}

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
    return { kind: 'unreachable', problem: `the LIS answer was refused: ${reason}` };
  }
  if (root.namespaceURI !== NS.held) {
    return { kind: 'unreachable', problem: `the LIS answer is <${root.localName}> in '${root.namespaceURI ?? 'no namespace'}', not HELD` };
  }
  if (root.localName === 'error') {
    const code = (root.getAttribute('code') ?? '').trim();
    const message = messageOf(root);
    const kind = NOT_LOCATABLE_CODES.includes(code) ? 'not-locatable' : 'error';
    return message === undefined ? { kind, code } : { kind, code, message };
  }
  if (root.localName !== 'locationResponse') {
    return { kind: 'unreachable', problem: `the LIS answer is a HELD <${root.localName}>, not a locationResponse or error` };
  }
  // A LIS may send several presence documents (RFC 5985 §6.5.2); the civic one may be any of them.
  const presences = childElements(root, NS.pidf, 'presence');
  for (const presence of presences) {
    const parsed = findCivicLocation(presence);
    if (!parsed) continue;
    const outcome: HeldOutcome = { kind: 'located', civic: parsed.civic };
    if (parsed.method) outcome.method = parsed.method;
    if (parsed.lang) outcome.lang = parsed.lang;
    return outcome;
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

export type HeldRequestInit = {
  fetch: typeof fetch;
  /** Aborting it ends the request; the outcome is then `unreachable`. */
  signal: AbortSignal;
};

/** POSTs a HELD locationRequest to `url` and reads the answer. Never rejects. */
export async function requestHeldLocation(url: string, init: HeldRequestInit): Promise<HeldOutcome> {
  let response: Response;
  try {
    // Called unbound: window.fetch throws 'Illegal invocation' when `this` is not the window.
    const fetchFn = init.fetch;
    response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': HELD_MEDIA_TYPE, Accept: HELD_MEDIA_TYPE },
      body: HELD_LOCATION_REQUEST,
      signal: init.signal,
      cache: 'no-store',
      // The location must come from the LIS the administrator configured, not from
      // wherever a (possibly hijacked) answer points.
      redirect: 'error',
    });
  } catch (error) {
    if (init.signal.aborted) return { kind: 'unreachable', problem: 'the LIS did not answer in time' };
    return { kind: 'unreachable', problem: `the LIS could not be reached (${describe(error)})` };
  }
  const type = mediaType(response);
  if (!ACCEPTED_MEDIA_TYPES.has(type)) {
    await cancelBody(response);
    const status = response.ok ? '' : `HTTP ${response.status}, `;
    return { kind: 'unreachable', problem: `the LIS answered ${status}'${type || 'no content type'}', not ${HELD_MEDIA_TYPE}` };
  }
  const body = await readLimitedText(response, MAX_XML_BYTES);
  if (!body.ok) {
    if (init.signal.aborted) return { kind: 'unreachable', problem: 'the LIS did not finish its answer in time' };
    return { kind: 'unreachable', problem: `the LIS answer was refused: ${body.problem}` };
  }
  const outcome = parseHeldResponse(body.text);
  // Some LIS products send HELD errors with an HTTP error status: the HELD code says more.
  if (!response.ok && outcome.kind !== 'error' && outcome.kind !== 'not-locatable') {
    return { kind: 'unreachable', problem: `the LIS answered HTTP ${response.status}` };
  }
  return outcome;
}

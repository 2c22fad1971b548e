/** HELD (RFC 5985): asks the LIS for this device's location; the answer is read by ./held-response.ts, loaded meanwhile. */
import type { CivicAddress } from '../civic/civic-address.js';
import { awaitModule } from './await-module.js';
import { fetchText } from './read-body.js';

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

export const HELD_MEDIA_TYPE = 'application/held+xml';

/** The request body: civic and geodetic, neither exact, answered fast enough for emergency routing. */
export const HELD_LOCATION_REQUEST =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<locationRequest xmlns="urn:ietf:params:xml:ns:geopriv:held" responseTime="emergencyRouting">' +
  '<locationType exact="false">civic geodetic</locationType>' +
  '</locationRequest>';

/** Largest answer read, as for any XML document this package parses (MAX_XML_BYTES). */
const MAX_HELD_BYTES = 256 * 1024;

export type HeldRequestInit = {
  fetch: typeof fetch;
  /** Aborting it ends the request; the outcome is then `unreachable`. */
  signal: AbortSignal;
};

/** The reader of HELD answers, with the XML and PIDF-LO code it needs. */
export const loadHeldReader = () => import('./held-response.js');

/** POSTs a HELD locationRequest to `url` and reads the answer. Never rejects. */
export async function requestHeldLocation(url: string, init: HeldRequestInit): Promise<HeldOutcome> {
  // Loaded while the request is under way: an answer takes a network round trip, so this
  // adds no wait, and pages that never ask a LIS never load the XML reader.
  const reader = loadHeldReader();
  reader.catch(() => undefined); // read below only when an answer arrives
  const answer = await fetchText(url, {
    ...init,
    who: 'the LIS',
    // RFC 5985 requires application/held+xml; the generic XML types are tolerated because
    // some LIS products send them. Anything else (HTML error pages, JSON) is refused.
    types: [HELD_MEDIA_TYPE, 'application/xml', 'text/xml'],
    maxBytes: MAX_HELD_BYTES,
    init: { method: 'POST', headers: { 'Content-Type': HELD_MEDIA_TYPE, Accept: HELD_MEDIA_TYPE }, body: HELD_LOCATION_REQUEST },
  });
  if (!answer.ok) return { kind: 'unreachable', problem: answer.problem };
  const loaded = await awaitModule(reader, init.signal, 'HELD reader');
  if (typeof loaded === 'string') return { kind: 'unreachable', problem: loaded };
  const outcome = loaded.parseHeldResponse(answer.text);
  // Some LIS products send HELD errors with an HTTP error status: the HELD code says more.
  const { response } = answer;
  if (!response.ok && outcome.kind !== 'error' && outcome.kind !== 'not-locatable') {
    return { kind: 'unreachable', problem: `the LIS answered HTTP ${response.status}` };
  }
  return outcome;
}

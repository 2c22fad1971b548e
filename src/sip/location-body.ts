/** What any SIP stack adds to an emergency request (RFC 6442): the Geolocation headers and a multipart/mixed body (RFC 5621) carrying the PIDF-LO beside the stack's own body. */
import type { EmergencyCallLocation } from '../components/location-prompt/dial-location.js';
import { randomId } from '../random-id.js';

const CRLF = '\r\n';

/** A message body as SIP stacks hand it around. */
export type SipBody = { contentType: string; content: string };

/** The location to attach to one request: its two headers and the PIDF-LO body part the `cid:` URI points at. */
export type LocationAttachment = {
  headers: { Geolocation: string; 'Geolocation-Routing': string };
  part: { contentType: 'application/pidf+xml'; contentId: string; content: string };
};

/** `<cid:abc@host>` → `abc@host`; anything else is not a reference to a body part. */
function contentIdOf(geolocation: string | undefined): string | null {
  const value = geolocation?.trim() ?? '';
  if (!value.startsWith('<cid:') || !value.endsWith('>')) return null;
  const id = value.slice('<cid:'.length, -1);
  return id && !/[\s<>]/.test(id) ? id : null;
}

/**
 * What to attach for a `getEmergencyLocation()` answer, or `null` when nothing goes:
 * routing `local-pstn` (the local gateway cannot pass a PIDF-LO on, and the user's address
 * should not travel where nobody reads it), or no location known.
 */
export function locationAttachment(answer: EmergencyCallLocation | null | undefined): LocationAttachment | null {
  if (!answer || answer.routing !== 'e911' || !answer.pidfLo) return null;
  const contentId = contentIdOf(answer.headers.Geolocation);
  if (!contentId) return null;
  const routing = answer.headers['Geolocation-Routing'];
  return {
    headers: { Geolocation: `<cid:${contentId}>`, 'Geolocation-Routing': routing === 'no' ? 'no' : 'yes' },
    part: { contentType: 'application/pidf+xml', contentId, content: answer.pidfLo },
  };
}

/** The attachment's headers as `Name: value` lines, the form SIP.js and JsSIP take extra headers in. */
export function headerLines(attachment: LocationAttachment): string[] {
  return Object.entries(attachment.headers).map(([name, value]) => `${name}: ${value}`);
}

/** A boundary that occurs in no part (RFC 2046 §5.1.1): random, and checked. */
function boundaryFor(parts: string[]): string {
  for (;;) {
    const boundary = `e911-${randomId()}`;
    if (!parts.some((part) => part.includes(`--${boundary}`))) return boundary;
  }
}

/**
 * The body of the request with the PIDF-LO attached: multipart/mixed, the stack's own body
 * (normally the SDP) first and unchanged, then the PIDF-LO with the `Content-ID` the
 * `Geolocation` header names. Without an own body the PIDF-LO is the only part.
 */
export function withLocationPart(body: SipBody | null, attachment: LocationAttachment): SipBody {
  const pidf = attachment.part.content;
  const own = body && body.content ? body : null;
  const boundary = boundaryFor(own ? [own.content, pidf] : [pidf]);
  // The CRLF before each delimiter belongs to the delimiter (RFC 2046), so every part,
  // SDP and PIDF-LO alike, comes back out byte for byte.
  const sections = [];
  if (own) sections.push(`Content-Type: ${own.contentType}${CRLF}${CRLF}${own.content}`);
  sections.push(`Content-Type: ${attachment.part.contentType}${CRLF}Content-ID: <${attachment.part.contentId}>${CRLF}${CRLF}${pidf}`);
  const content = sections.map((section) => `--${boundary}${CRLF}${section}${CRLF}`).join('') + `--${boundary}--${CRLF}`;
  return { contentType: `multipart/mixed;boundary=${boundary}`, content };
}

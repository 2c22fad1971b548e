/**
 * Integration example: a softphone asks `<e911-location-prompt>` for the location at dial
 * time and builds the SIP INVITE of an emergency call — SDP plus PIDF-LO in a
 * multipart/mixed body, referenced by the `Geolocation` header (RFC 6442, RFC 5621).
 *
 * In an application, import from 'e911-location' instead of the source tree.
 */
import type { EmergencyCallLocation } from '../../src/index.js';

const CRLF = '\r\n';

export type InviteInput = {
  /** Where the call goes, e.g. `sip:911@sbc.example.com;user=phone`. */
  requestUri: string;
  /** The caller, e.g. `sip:alice@example.com`. */
  from: string;
  /** The session description of the call. */
  sdp: string;
  /** What `getEmergencyLocation()` answered at dial time; `null` for an ordinary call. */
  emergency: EmergencyCallLocation | null;
  /** Call-ID; a random one by default. */
  callId?: string;
  /** Multipart boundary; a random one by default. */
  boundary?: string;
};

/** One SIP request, ready to hand to the transport (e.g. a SIP-over-WebSocket stack). */
export type SipInvite = {
  requestLine: string;
  headers: [name: string, value: string][];
  body: string;
  /** Whether a PIDF-LO body part is attached. */
  carriesLocation: boolean;
  /** The message as sent: CRLF line ends, `Content-Length` in bytes. */
  toString(): string;
};

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A header value must stay on its line: CR or LF would let text inject headers. */
function headerValue(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new TypeError(`buildInvite: ${name} must not contain CR or LF (got ${JSON.stringify(value)}).`);
  return value;
}

/** SIP bodies use CRLF line ends; an SDP written with LF is normalized. */
function crlf(text: string): string {
  return text.replace(/\r?\n/g, CRLF);
}

/** The Content-ID the `Geolocation` header points at: `<cid:abc@host>` → `abc@host`. */
function contentIdOf(geolocation: string | undefined): string | null {
  const match = /^<cid:([^<>\s]+)>$/.exec(geolocation?.trim() ?? '');
  return match ? match[1] : null;
}

/**
 * Builds the INVITE. With a location to send (E9-1-1 routing and a PIDF-LO), the body is
 * multipart/mixed — the SDP first, then the PIDF-LO with a `Content-ID` — and the
 * `Geolocation` header references that part by `cid:` URI, with `Geolocation-Routing`.
 *
 * When `routing` is `local-pstn` (a site outside the E9-1-1 area, or a location in a
 * country without E9-1-1) no PIDF-LO is attached and no `Geolocation` header is sent:
 * the call leaves by the local PSTN gateway, which cannot pass a PIDF-LO to the local
 * emergency service, and the user's address should not travel where nobody reads it.
 * Without a location the INVITE carries only the SDP.
 */
export function buildInvite(input: InviteInput): SipInvite {
  const requestUri = headerValue('requestUri', input.requestUri);
  const from = headerValue('from', input.from);
  const callId = headerValue('callId', input.callId ?? `${randomToken()}@e911-example`);
  const sdp = crlf(input.sdp.endsWith('\n') ? input.sdp : `${input.sdp}\n`);
  const emergency = input.emergency;
  const pidfLo = emergency && emergency.routing === 'e911' ? emergency.pidfLo : null;

  const headers: [string, string][] = [
    ['Via', 'SIP/2.0/WSS client.invalid;branch=z9hG4bK' + randomToken()],
    ['Max-Forwards', '70'],
    ['To', `<${requestUri}>`],
    ['From', `<${from}>;tag=${randomToken()}`],
    ['Call-ID', callId],
    ['CSeq', '1 INVITE'],
    ['Contact', `<${from}>`],
  ];

  let body: string;
  if (pidfLo) {
    const contentId = contentIdOf(emergency?.headers.Geolocation) ?? `${randomToken()}@e911-example`;
    const pidf = crlf(pidfLo.endsWith('\n') ? pidfLo : `${pidfLo}\n`);
    const boundary = input.boundary ?? `e911-${randomToken()}`;
    if (!/^[0-9A-Za-z'()+_,\-./:=?]{1,70}$/.test(boundary)) {
      throw new TypeError(`buildInvite: boundary ${JSON.stringify(boundary)} is not a valid MIME boundary (RFC 2046).`);
    }
    if (sdp.includes(`--${boundary}`) || pidf.includes(`--${boundary}`)) {
      throw new Error(`buildInvite: the boundary ${boundary} occurs in a body part; use another one.`);
    }
    headers.push(
      ['Geolocation', `<cid:${contentId}>`],
      ['Geolocation-Routing', headerValue('Geolocation-Routing', emergency?.headers['Geolocation-Routing'] ?? 'yes')],
      ['Accept', 'application/sdp, application/pidf+xml'],
      ['Content-Type', `multipart/mixed; boundary=${boundary}`],
    );
    body =
      `--${boundary}${CRLF}` +
      `Content-Type: application/sdp${CRLF}${CRLF}` +
      sdp +
      `--${boundary}${CRLF}` +
      `Content-Type: application/pidf+xml${CRLF}` +
      `Content-ID: <${contentId}>${CRLF}${CRLF}` +
      pidf +
      `--${boundary}--${CRLF}`;
  } else {
    headers.push(['Content-Type', 'application/sdp']);
    body = sdp;
  }
  headers.push(['Content-Length', String(new TextEncoder().encode(body).length)]);

  const requestLine = `INVITE ${requestUri} SIP/2.0`;
  return {
    requestLine,
    headers,
    body,
    carriesLocation: Boolean(pidfLo),
    toString: () => [requestLine, ...headers.map(([name, value]) => `${name}: ${value}`)].join(CRLF) + CRLF + CRLF + body,
  };
}

/** The prompt as the softphone sees it: only the dial-time method. */
export type LocationSource = { getEmergencyLocation(): Promise<EmergencyCallLocation> };

/**
 * Dial time: asks the prompt (it answers from memory within 250 ms and never rejects),
 * builds the INVITE and hands it to `send`. The call is never blocked by the location.
 */
export async function placeEmergencyCall(
  prompt: LocationSource,
  call: { requestUri: string; from: string; sdp: string; send: (message: string) => void | Promise<void> },
): Promise<SipInvite> {
  const emergency = await prompt.getEmergencyLocation();
  const invite = buildInvite({ requestUri: call.requestUri, from: call.from, sdp: call.sdp, emergency });
  await call.send(invite.toString());
  return invite;
}

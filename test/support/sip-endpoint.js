// @ts-check
/**
 * A small SIP registrar and call endpoint over WebSocket (RFC 7118, subprotocol `sip`),
 * for the SIP.js and JsSIP tests and the softphone example: it answers REGISTER, INVITE
 * (with an SDP answer made from the offer), UPDATE and BYE, and keeps what arrived,
 * parsed by real parsers — drachtio-sip for the message, @remix-run/multipart-parser for
 * multipart bodies, sdp-transform for SDP, xmllint with the oracle schemas for PIDF-LO —
 * so the tests assert on what a SIP server would see.
 */
import { randomBytes } from 'node:crypto';
import { ContentType } from '@remix-run/headers';
import { parseMultipart } from '@remix-run/multipart-parser';
import SipMessage from 'drachtio-sip/lib/message.js';
import drachtio from 'drachtio-sip';
import sdpTransform from 'sdp-transform';
import { WebSocketServer } from 'ws';
import { validateDocuments } from './xml-validation-plugin.js';

const CRLF = '\r\n';
/** How many requests are kept (the oldest go first): enough for a test run or a demo session. */
const KEEP = 500;

/**
 * @typedef {{ headers: Record<string, string | undefined>, text: string }} BodyPart
 * @typedef {{
 *   kind: 'none' | 'single' | 'multipart' | 'unreadable',
 *   contentType: string | null,
 *   boundary?: string,
 *   parts: BodyPart[],
 *   error?: string,
 * }} BodyReport
 * @typedef {{
 *   at: string,
 *   method: string,
 *   uri: string,
 *   user: string,
 *   callId: string,
 *   cseq: string,
 *   headers: Record<string, string>,
 *   contentLength: { declared: number, actual: number },
 *   body: BodyReport,
 *   sdp: { text: string, media: { type: string, protocol: string }[] } | null,
 *   pidf: { text: string, contentId: string | null, valid: boolean, reason: string } | null,
 *   geolocationCid: string | null,
 *   raw: string,
 * }} ReceivedRequest
 */

/** @param {number} bytes */
function token(bytes) {
  return randomBytes(bytes).toString('hex');
}

/** `<cid:abc@host>;inserted-by=…` → `abc@host` (RFC 6442 §4.1 locationValue), read with the URL parser. */
function cidOf(/** @type {string | undefined} */ geolocation) {
  if (!geolocation) return null;
  const start = geolocation.indexOf('<');
  const end = geolocation.indexOf('>', start);
  if (start < 0 || end < 0) return null;
  try {
    const url = new URL(geolocation.slice(start + 1, end));
    return url.protocol === 'cid:' ? decodeURIComponent(url.pathname) : null;
  } catch {
    return null;
  }
}

/** `<abc@host>` → `abc@host` (RFC 2392 Content-ID). */
function contentIdOf(/** @type {string | undefined} */ value) {
  const trimmed = value?.trim() ?? '';
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed || null;
}

/** The body as sent: everything after the blank line, exactly. */
function rawBody(/** @type {string} */ raw) {
  const end = raw.indexOf(CRLF + CRLF);
  return end < 0 ? '' : raw.slice(end + 4);
}

/** @param {string | undefined} contentTypeHeader @param {string} body @returns {BodyReport} */
function readBody(contentTypeHeader, body) {
  if (!body) return { kind: 'none', contentType: contentTypeHeader ?? null, parts: [] };
  if (!contentTypeHeader) return { kind: 'unreadable', contentType: null, parts: [], error: 'a body without Content-Type' };
  const contentType = new ContentType(contentTypeHeader);
  if (!contentType.mediaType?.startsWith('multipart/')) {
    return { kind: 'single', contentType: contentType.mediaType ?? null, parts: [{ headers: { 'content-type': contentTypeHeader }, text: body }] };
  }
  const boundary = contentType.boundary;
  if (!boundary) return { kind: 'unreadable', contentType: contentType.mediaType, parts: [], error: 'multipart without a boundary parameter' };
  try {
    const parts = [...parseMultipart(new TextEncoder().encode(body), { boundary })].map((part) => ({ headers: { ...part.headers }, text: part.text }));
    return { kind: 'multipart', contentType: contentType.mediaType, boundary, parts };
  } catch (error) {
    return { kind: 'unreadable', contentType: contentType.mediaType, boundary, parts: [], error: String(/** @type {Error} */ (error).message) };
  }
}

/** @param {BodyReport} body @param {string} mediaType */
function partOf(body, mediaType) {
  return body.parts.find((part) => new ContentType(part.headers['content-type'] ?? '').mediaType === mediaType) ?? null;
}

/** The endpoint's side of one dialog: its tag, and the ICE and DTLS identity every answer in it repeats (a browser refuses a changed fingerprint). */
function newDialog() {
  return {
    toTag: token(4),
    fingerprint: randomBytes(32).toString('hex').toUpperCase().match(/../g)?.join(':') ?? '',
    iceUfrag: token(4),
    icePwd: token(12),
    version: 0,
  };
}

/**
 * An SDP answer to `offer` that a browser accepts: same m-lines and mids, one codec, nothing sent.
 * @param {string} offer @param {ReturnType<typeof newDialog>} dialog
 */
function answerFor(offer, dialog) {
  const parsed = sdpTransform.parse(offer);
  const { fingerprint, iceUfrag, icePwd } = dialog;
  dialog.version += 1;
  return sdpTransform.write({
    version: 0,
    origin: { username: '-', sessionId: 4242, sessionVersion: dialog.version, netType: 'IN', ipVer: 4, address: '127.0.0.1' },
    name: 'e911 test endpoint',
    timing: { start: 0, stop: 0 },
    connection: { version: 4, ip: '127.0.0.1' },
    fingerprint: { type: 'sha-256', hash: fingerprint },
    ...(parsed.groups ? { groups: parsed.groups } : {}),
    media: parsed.media.map((media) => {
      const rtp = media.rtp.find((r) => /^(PCMU|opus)$/i.test(r.codec)) ?? media.rtp[0];
      return {
        type: media.type,
        port: rtp ? 9 : 0,
        protocol: media.protocol,
        payloads: rtp ? String(rtp.payload) : String(media.payloads ?? '0').split(' ')[0],
        rtp: rtp ? [rtp] : [],
        fmtp: rtp ? (media.fmtp ?? []).filter((f) => f.payload === rtp.payload) : [],
        connection: { version: 4, ip: '127.0.0.1' },
        ...(media.mid !== undefined ? { mid: media.mid } : {}),
        direction: 'recvonly',
        setup: 'active',
        iceUfrag,
        icePwd,
        rtcpMux: 'rtcp-mux',
      };
    }),
  });
}

/**
 * @param {SipMessage} request @param {number} status @param {string} reason
 * @param {{ toTag?: string, headers?: string[], body?: { contentType: string, content: string } }} [extra]
 */
function response(request, status, reason, extra = {}) {
  const to = request.get('To') ?? '';
  const tagged = Boolean(request.getParsedHeader('To')?.params?.tag);
  const lines = [
    `SIP/2.0 ${status} ${reason}`,
    `Via: ${request.get('Via')}`,
    `From: ${request.get('From')}`,
    `To: ${to}${extra.toTag && !tagged ? `;tag=${extra.toTag}` : ''}`,
    `Call-ID: ${request.get('Call-ID')}`,
    `CSeq: ${request.get('CSeq')}`,
    'Server: e911-location test endpoint',
    ...(extra.headers ?? []),
  ];
  const body = extra.body?.content ?? '';
  if (extra.body) lines.push(`Content-Type: ${extra.body.contentType}`);
  lines.push(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
  return lines.join(CRLF) + CRLF + CRLF + body;
}

/** @returns {string} the endpoint's own Contact for a dialog on `host` */
function contactFor(/** @type {string} */ host) {
  return `<sip:e911-endpoint@${host};transport=ws>`;
}

/**
 * The endpoint: `handleUpgrade` takes WebSocket upgrades for its path, `received()` what came in.
 * @param {{ path?: string, log?: (line: string) => void, warn?: (line: string) => void }} [options]
 * `log` hears what arrived, `warn` what went wrong (default: console.warn).
 */
export function createSipEndpoint(options = {}) {
  const path = options.path ?? '/sip';
  const log = options.log ?? (() => {});
  const warn = options.warn ?? ((line) => console.warn(line));
  /** @type {ReceivedRequest[]} */
  const received = [];
  /** The dialogs this endpoint answered, by Call-ID. @type {Map<string, ReturnType<typeof newDialog>>} */
  const dialogs = new Map();
  const server = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('sip') ? 'sip' : false),
  });

  /** @param {string} raw @returns {Promise<{ request: SipMessage, record: ReceivedRequest } | null>} */
  async function record(raw) {
    let request;
    try {
      request = new SipMessage(raw);
    } catch {
      log(`SIP endpoint: not a SIP message: ${raw.slice(0, 80)}`);
      return null;
    }
    if (request.type !== 'request') return { request, record: /** @type {any} */ (null) };
    const body = rawBody(raw);
    const report = readBody(request.get('Content-Type'), body);
    const sdpPart = partOf(report, 'application/sdp');
    const pidfPart = partOf(report, 'application/pidf+xml');
    let sdp = null;
    if (sdpPart) {
      const parsed = sdpTransform.parse(sdpPart.text);
      sdp = { text: sdpPart.text, media: parsed.media.map((m) => ({ type: m.type, protocol: m.protocol })) };
    }
    let pidf = null;
    if (pidfPart) {
      const [verdict] = await validateDocuments([pidfPart.text]).catch((error) => [{ ok: false, reason: String(error.message) }]);
      pidf = { text: pidfPart.text, contentId: contentIdOf(pidfPart.headers['content-id']), valid: verdict.ok, reason: verdict.reason };
    }
    const from = request.getParsedHeader('From');
    const headers = /** @type {Record<string, string>} */ ({ ...request.headers });
    /** @type {ReceivedRequest} */
    const entry = {
      at: new Date().toISOString(),
      method: request.method,
      uri: request.uri,
      user: drachtio.parser.parseUri(from.uri)?.user ?? '',
      callId: request.get('Call-ID') ?? '',
      cseq: request.get('CSeq') ?? '',
      headers,
      contentLength: { declared: Number(request.get('Content-Length') ?? 0), actual: Buffer.byteLength(body, 'utf8') },
      body: report,
      sdp,
      pidf,
      geolocationCid: cidOf(request.get('Geolocation')),
      raw,
    };
    received.push(entry);
    if (received.length > KEEP) received.splice(0, received.length - KEEP);
    log(`SIP endpoint received ${request.method} ${request.uri}${entry.geolocationCid ? ` with a PIDF-LO (${pidf?.valid ? 'valid' : 'INVALID'})` : ''}`);
    return { request, record: entry };
  }

  /** @param {import('ws').WebSocket} socket @param {string} host */
  function serve(socket, host) {
    // A socket error (a bad frame, a page torn down mid-message) ends that connection only.
    // Without a listener ws would throw it as an uncaught exception, which stops the whole
    // test run, and @web/test-runner's message about it can be lost on the way out.
    socket.on('error', (error) => warn(`SIP endpoint: connection error: ${error.message}`));
    socket.on('message', (data) => {
      answer(socket, host, data).catch((error) => warn(`SIP endpoint: could not answer: ${error?.stack ?? error}`));
    });
  }

  /** Records one message from the softphone and answers it. @param {import('ws').WebSocket} socket @param {string} host @param {import('ws').RawData} data */
  async function answer(socket, host, data) {
    const raw = data.toString('utf8');
    if (raw === CRLF + CRLF) {
      socket.send(CRLF); // RFC 5626 keep-alive pong
      return;
    }
    const parsed = await record(raw);
    if (!parsed || !parsed.record) return;
    const { request } = parsed;
    const callId = request.get('Call-ID') ?? '';
    switch (request.method) {
      case 'REGISTER': {
        const contact = request.get('Contact') ?? '';
        const hasExpires = request.getParsedHeader('Contact')?.[0]?.params?.expires !== undefined;
        const expires = hasExpires ? contact : `${contact};expires=600`;
        socket.send(response(request, 200, 'OK', { toTag: token(4), headers: [`Contact: ${expires}`, 'Expires: 600'] }));
        break;
      }
      case 'INVITE': {
        const dialog = dialogs.get(callId) ?? newDialog();
        dialogs.set(callId, dialog);
        const toTag = dialog.toTag;
        const offer = parsed.record.sdp?.text;
        if (!offer) {
          socket.send(response(request, 488, 'Not Acceptable Here', { toTag }));
          break;
        }
        socket.send(response(request, 100, 'Trying'));
        socket.send(
          response(request, 200, 'OK', {
            toTag,
            headers: [`Contact: ${contactFor(host)}`, 'Allow: INVITE, ACK, CANCEL, BYE, UPDATE, OPTIONS'],
            body: { contentType: 'application/sdp', content: answerFor(offer, dialog) },
          }),
        );
        break;
      }
      case 'UPDATE':
        socket.send(response(request, 200, 'OK', { toTag: dialogs.get(callId)?.toTag, headers: [`Contact: ${contactFor(host)}`] }));
        break;
      case 'BYE':
      case 'CANCEL':
      case 'OPTIONS':
        socket.send(response(request, 200, 'OK', { toTag: dialogs.get(callId)?.toTag }));
        break;
      case 'ACK':
        break;
      default:
        socket.send(response(request, 405, 'Method Not Allowed', { headers: ['Allow: REGISTER, INVITE, ACK, CANCEL, BYE, UPDATE, OPTIONS'] }));
    }
  }

  return {
    path,
    /**
     * For an http server's `upgrade` event: takes the upgrade when it is for `path`.
     * @param {import('node:http').IncomingMessage} req @param {import('node:stream').Duplex} socket @param {Buffer} head
     * @returns {boolean} whether it was ours
     */
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== path) return false;
      server.handleUpgrade(req, socket, head, (ws) => serve(ws, req.headers.host ?? 'localhost'));
      return true;
    },
    /** What arrived, oldest first; `user` keeps only requests from that From user. @param {{ user?: string }} [filter] */
    received(filter = {}) {
      return received.filter((entry) => !filter.user || entry.user === filter.user);
    },
    /**
     * `GET /sip/trace?user=…`: what arrived from that user, as sent (for the softphone
     * example's trace panel). Answers and returns true for that path, else false.
     * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
     */
    handleTrace(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== `${path}/trace` || req.method !== 'GET') return false;
      const user = url.searchParams.get('user') ?? undefined;
      const trace = received
        .filter((entry) => !user || entry.user === user)
        .map(({ at, method, uri, raw, pidf, geolocationCid }) => ({ at, method, uri, raw, pidfValid: pidf ? pidf.valid : null, geolocationCid }));
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(trace));
      return true;
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}

/**
 * The endpoint on the @web/test-runner server: WebSocket at `/sip`, and the server command
 * `sip-received` `{ user }` that gives a test what arrived from that user.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function sipEndpointPlugin() {
  const endpoint = createSipEndpoint();
  return {
    name: 'e911-sip-endpoint',
    serverStart({ server }) {
      server?.on('upgrade', (req, socket, head) => endpoint.handleUpgrade(req, socket, head));
    },
    serverStop() {
      endpoint.close();
    },
    serve(context) {
      if (!context.path.startsWith(`${endpoint.path}/trace`)) return undefined;
      const user = context.URL.searchParams.get('user');
      const trace = endpoint.received(user ? { user } : {}).map(({ at, method, uri, raw, pidf, geolocationCid }) => ({ at, method, uri, raw, pidfValid: pidf ? pidf.valid : null, geolocationCid }));
      return { body: JSON.stringify(trace), type: 'json' };
    },
    async executeCommand({ command, payload }) {
      if (command !== 'sip-received') return undefined;
      return endpoint.received(/** @type {{ user?: string }} */ (payload ?? {})).map(({ raw: _raw, ...entry }) => entry);
    },
  };
}

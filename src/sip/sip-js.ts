/**
 * SIP.js (0.21): the PIDF-LO rides in the body its session description handler produces,
 * the headers in the Inviter's `extraHeaders`. Typed by shape, so this module needs no
 * SIP.js at run time or for its types.
 */
import type { EmergencyCallLocation } from '../components/location-prompt/dial-location.js';
import { headerLines, locationAttachment, withLocationPart, type LocationAttachment } from './location-body.js';

/** The key under `sessionDescriptionHandlerOptions` that carries the location to the wrapped handler. */
const OPTION = 'e911Location';

/** What a SIP.js `SessionDescriptionHandler.getDescription()` resolves with. */
export type SipJsBodyAndContentType = { body: string; contentType: string };
/** The part of a SIP.js `SessionDescriptionHandler` this module relies on. */
export type SipJsDescriptionHandler = {
  getDescription(options?: object, modifiers?: unknown[]): Promise<SipJsBodyAndContentType>;
};
/** A SIP.js `SessionDescriptionHandlerFactory`, e.g. `Web.defaultSessionDescriptionHandlerFactory()`. */
export type SipJsDescriptionHandlerFactory<H extends SipJsDescriptionHandler = SipJsDescriptionHandler> = (
  session: never,
  options?: never,
) => H;
/** The `InviterOptions` fields this module fills in; the rest is passed through. */
export type SipJsInviterOptions = { extraHeaders?: string[]; sessionDescriptionHandlerOptions?: object };
/** The part of a SIP.js `Session` (an established `Inviter`) the mid-call update uses. */
export type SipJsSession = {
  sessionDescriptionHandlerOptionsReInvite?: object;
  invite(options: {
    requestDelegate?: { onAccept?(response: unknown): void; onReject?(response: { message: { statusCode?: number; reasonPhrase?: string } }): void };
    requestOptions?: { extraHeaders?: string[] };
    sessionDescriptionHandlerOptions?: object;
  }): Promise<unknown>;
};

/**
 * SIP.js tracks offer and answer by the request's disposition, taken from its Content-Type
 * when no Content-Disposition is sent: multipart/mixed would count as `render`, the
 * INVITE as carrying no offer, and the SDP of the 200 OK as a new offer (answered in the
 * ACK, which breaks the call). `session` keeps SIP.js's state right; the SDP part is the
 * session description either way.
 */
const DISPOSITION = 'Content-Disposition: session';

/** Each attachment goes into one offer only: SIP.js keeps re-INVITE options for later offers and answers (hold, a peer's re-INVITE). */
const used = new WeakSet<LocationAttachment>();

function attachmentIn(options: object | undefined): LocationAttachment | null {
  const attachment = (options as Record<string, unknown> | undefined)?.[OPTION] as LocationAttachment | undefined;
  if (!attachment || used.has(attachment)) return null;
  used.add(attachment);
  return attachment;
}

/**
 * Wraps a session description handler factory so that an offer made with an
 * `e911Location` option (see {@link sipJsInviterOptions}) goes out as multipart/mixed:
 * the handler's SDP unchanged, then the PIDF-LO. The handler itself is the one the factory
 * made (its `peerConnection` and the rest stay reachable); only `getDescription` is wrapped.
 *
 * ```ts
 * const userAgent = new UserAgent({
 *   sessionDescriptionHandlerFactory: sipJsLocationBody(Web.defaultSessionDescriptionHandlerFactory()),
 * });
 * ```
 */
export function sipJsLocationBody<F extends SipJsDescriptionHandlerFactory>(factory: F): F {
  if (typeof factory !== 'function') {
    throw new TypeError('sipJsLocationBody(factory): pass a SIP.js session description handler factory, e.g. Web.defaultSessionDescriptionHandlerFactory().');
  }
  const make = factory as unknown as (...args: unknown[]) => SipJsDescriptionHandler;
  const wrapped = (...args: unknown[]): SipJsDescriptionHandler => {
    const handler = make(...args);
    const getDescription = handler.getDescription;
    handler.getDescription = async function (options?: object, modifiers?: unknown[]) {
      const description = await getDescription.call(handler, options, modifiers);
      const attachment = attachmentIn(options);
      if (!attachment) return description;
      const body = withLocationPart({ contentType: description.contentType, content: description.body }, attachment);
      return { contentType: body.contentType, body: body.content };
    };
    return handler;
  };
  return wrapped as unknown as F;
}

/**
 * `InviterOptions` for an emergency call: `Geolocation` and `Geolocation-Routing` added to
 * `extraHeaders`, and the PIDF-LO handed to the handler made by {@link sipJsLocationBody}.
 * With routing `local-pstn` or no location, the options come back unchanged: nothing attached.
 */
export function sipJsInviterOptions<O extends SipJsInviterOptions>(answer: EmergencyCallLocation | null, options?: O): O {
  const base = { ...options } as O;
  const attachment = locationAttachment(answer);
  if (!attachment) return base;
  return {
    ...base,
    extraHeaders: [...(base.extraHeaders ?? []), ...headerLines(attachment), DISPOSITION],
    sessionDescriptionHandlerOptions: { ...base.sessionDescriptionHandlerOptions, [OPTION]: attachment },
  };
}

/**
 * Mid-call update (RFC 6442 §4.1): a re-INVITE with a fresh offer and the new PIDF-LO.
 * Resolves `true` when the far end accepted it, `false` when there was nothing to send
 * (routing `local-pstn`, no location); rejects when the far end refused it. The call
 * itself goes on either way.
 */
export function sipJsUpdateLocation(session: SipJsSession, answer: EmergencyCallLocation | null): Promise<boolean> {
  const attachment = locationAttachment(answer);
  if (!attachment) return Promise.resolve(false);
  return new Promise<boolean>((resolve, reject) => {
    session
      .invite({
        requestDelegate: {
          onAccept: () => resolve(true),
          onReject: (response) =>
            reject(new Error(`The location update (re-INVITE) was refused: ${response.message.statusCode ?? ''} ${response.message.reasonPhrase ?? ''}`.trim())),
        },
        requestOptions: { extraHeaders: [...headerLines(attachment), DISPOSITION] },
        sessionDescriptionHandlerOptions: { ...session.sessionDescriptionHandlerOptionsReInvite, [OPTION]: attachment },
      })
      .catch(reject);
  });
}

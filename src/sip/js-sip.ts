/**
 * JsSIP (3.x): the headers in `UA.call()`'s `extraHeaders`, the body through the
 * `sending` event JsSIP emits "so the app can mangle the body before the request is
 * sent", and the mid-call update as an in-dialog UPDATE. Typed by shape, so this module
 * needs no JsSIP at run time or for its types.
 */
import type { EmergencyCallLocation } from '../components/location-prompt/dial-location.js';
import { headerLines, locationAttachment, withLocationPart } from './location-body.js';

/** The part of JsSIP's `OutgoingRequest` the `sending` handler touches. */
export type JsSipOutgoingRequest = {
  body?: string | null;
  getHeader(name: string): string | undefined;
  setHeader(name: string, value: string): void;
};
/** The `UA.call()` options this module fills in; the rest is passed through. */
export type JsSipCallOptions = {
  extraHeaders?: string[];
  eventHandlers?: { sending?: (event: { request: JsSipOutgoingRequest }) => void; [event: string]: unknown };
};
/**
 * The part of a JsSIP `RTCSession` the mid-call update uses. `sendRequest` is in JsSIP's
 * source but not in its type declarations, so it is looked up at run time.
 */
export type JsSipSession = { readonly contact: string };

type InDialogRequest = (
  method: string,
  options: {
    extraHeaders: string[];
    body: string;
    eventHandlers: {
      onSuccessResponse(response: unknown): void;
      onErrorResponse(response: { status_code?: number; reason_phrase?: string }): void;
      onRequestTimeout(): void;
      onTransportError(): void;
      onDialogError(): void;
    };
  },
) => unknown;

/**
 * `UA.call()` options for an emergency call: `Geolocation` and `Geolocation-Routing` added
 * to `extraHeaders`, and a `sending` handler that turns the INVITE's SDP body into
 * multipart/mixed (the SDP unchanged, then the PIDF-LO). A `sending` handler of your own
 * still runs, first. With routing `local-pstn` or no location, the options come back
 * unchanged: nothing attached.
 */
export function jsSipCallOptions<O extends JsSipCallOptions>(answer: EmergencyCallLocation | null, options?: O): O {
  const base = { ...options } as O;
  const attachment = locationAttachment(answer);
  if (!attachment) return base;
  const own = base.eventHandlers?.sending;
  const sending = (event: { request: JsSipOutgoingRequest }) => {
    try {
      own?.(event);
    } finally {
      const request = event.request;
      const body = withLocationPart(
        request.body ? { contentType: request.getHeader('Content-Type') ?? 'application/sdp', content: request.body } : null,
        attachment,
      );
      request.setHeader('Content-Type', body.contentType);
      request.body = body.content;
    }
  };
  return {
    ...base,
    extraHeaders: [...(base.extraHeaders ?? []), ...headerLines(attachment)],
    eventHandlers: { ...base.eventHandlers, sending },
  };
}

/**
 * Mid-call update (RFC 6442 §4.1): an UPDATE (RFC 3311) carrying the new PIDF-LO and no
 * new offer, so the media is left alone. JsSIP's own re-INVITE and UPDATE always send a
 * bare SDP body, so this goes through `RTCSession.sendRequest()`, JsSIP's in-dialog request
 * method. Resolves `true` when the far end accepted it, `false` when there was nothing to
 * send (routing `local-pstn`, no location); rejects when it was refused or lost. The call
 * itself goes on either way.
 */
export function jsSipUpdateLocation(session: JsSipSession, answer: EmergencyCallLocation | null): Promise<boolean> {
  const attachment = locationAttachment(answer);
  if (!attachment) return Promise.resolve(false);
  const sendRequest = (session as { sendRequest?: InDialogRequest }).sendRequest;
  if (typeof sendRequest !== 'function') {
    throw new TypeError('jsSipUpdateLocation(session, answer): pass the JsSIP RTCSession of the call (ua.call() returns it).');
  }
  const body = withLocationPart(null, attachment);
  return new Promise<boolean>((resolve, reject) => {
    const failed = (why: string) => () => reject(new Error(`The location update (UPDATE) ${why}.`));
    const sent = sendRequest.call(session, 'UPDATE', {
      // UPDATE is a target refresh request: it carries the dialog's Contact (RFC 3311 §5.1).
      extraHeaders: [`Contact: ${session.contact}`, ...headerLines(attachment), `Content-Type: ${body.contentType}`],
      body: body.content,
      eventHandlers: {
        onSuccessResponse: () => resolve(true),
        onErrorResponse: (response) => failed(`was refused: ${response.status_code ?? ''} ${response.reason_phrase ?? ''}`.trimEnd())(),
        onRequestTimeout: failed('timed out'),
        onTransportError: failed('was not sent: the connection failed'),
        onDialogError: failed('was refused: the dialog is gone'),
      },
    });
    // JsSIP returns nothing when the call has no dialog yet (still ringing, or over).
    if (sent === undefined) failed('was not sent: the call has no dialog (not answered yet, or over)')();
  });
}

/** Entry point `e911-location/sip`: from a `getEmergencyLocation()` answer to an RFC 6442 emergency INVITE and its mid-call update, for SIP.js and JsSIP, without either at run time. */
export { locationAttachment, headerLines, withLocationPart } from './location-body.js';
export type { LocationAttachment, SipBody } from './location-body.js';
export { sipJsLocationBody, sipJsInviterOptions, sipJsUpdateLocation } from './sip-js.js';
export type {
  SipJsBodyAndContentType,
  SipJsDescriptionHandler,
  SipJsDescriptionHandlerFactory,
  SipJsInviterOptions,
  SipJsSession,
} from './sip-js.js';
export { jsSipCallOptions, jsSipUpdateLocation } from './js-sip.js';
export type { JsSipCallOptions, JsSipOutgoingRequest, JsSipSession } from './js-sip.js';
export type { EmergencyCallLocation } from '../components/location-prompt/dial-location.js';

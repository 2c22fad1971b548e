/** The part of drachtio-sip (a SIP message parser, CommonJS without types) the test SIP endpoint uses. */
declare module 'drachtio-sip/lib/message.js' {
  type Params = Record<string, string | undefined>;
  export default class SipMessage {
    constructor(raw: string);
    readonly type: 'request' | 'response' | undefined;
    method: string;
    uri: string;
    body: string;
    headers: Record<string, string>;
    get(name: string): string | undefined;
    has(name: string): boolean;
    getParsedHeader(name: 'From' | 'To'): { name?: string; uri: string; params: Params };
    getParsedHeader(name: 'Contact'): { name?: string; uri: string; params: Params }[];
    getParsedHeader(name: string): unknown;
  }
}
declare module 'drachtio-sip' {
  const drachtio: { parser: { parseUri(uri: string): { user?: string; host: string } | undefined } };
  export default drachtio;
}

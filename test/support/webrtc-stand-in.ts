/**
 * A stand-in for `RTCPeerConnection` and `RTCSessionDescription`, installed only in a
 * browser that has none.
 *
 * Why: Debian's WebKitGTK, the suite's WebKit, is built without WebRTC (Safari has it), so
 * SIP.js and JsSIP could not place a call there at all. What the SIP tests check is what goes
 * over the SIP WebSocket (the multipart body beside the stack's SDP, re-INVITE and UPDATE,
 * the PIDF-LO), not media. With this stand-in both stacks run their own offer/answer code
 * unchanged against the real endpoint (test/support/sip-endpoint.js).
 *
 * It negotiates nothing. createOffer and createAnswer give one fixed audio SDP, as a browser
 * writes it, with the o= version raised each time. The signalling states move as the
 * specification says, and out-of-order calls are refused with InvalidStateError. ICE
 * gathering completes one task after the first local description, as an end-of-candidates
 * event. Tracks are only recorded. Where the browser has WebRTC, nothing is installed.
 * test/support/webrtc-stand-in.test.ts checks its SDP against a real peer connection.
 */

/** The one fixed session description; `setup` is actpass in offers, active in answers (RFC 8842). */
export function standInSdp(version: number, setup: 'actpass' | 'active'): string {
  return [
    'v=0',
    `o=- 4611731400430051336 ${version} IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=msid-semantic: WMS',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111 0',
    'c=IN IP4 127.0.0.1',
    'a=rtcp:9 IN IP4 0.0.0.0',
    'a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host',
    'a=end-of-candidates',
    'a=ice-ufrag:e911',
    'a=ice-pwd:webrtcstandinpassword00',
    'a=ice-options:trickle',
    'a=fingerprint:sha-256 8E:3A:5C:1F:90:2B:7D:64:AE:11:C3:F5:08:9B:42:D7:6A:E0:13:5F:B8:24:C9:71:0D:E6:3B:8F:52:A4:97:1C',
    `a=setup:${setup}`,
    'a=mid:0',
    'a=sendrecv',
    'a=rtcp-mux',
    'a=rtpmap:111 opus/48000/2',
    'a=fmtp:111 minptime=10;useinbandfec=1',
    'a=rtpmap:0 PCMU/8000',
    '',
  ].join('\r\n');
}

/** `new RTCSessionDescription(init)`, which JsSIP calls before setRemoteDescription. */
export class StandInSessionDescription {
  readonly type: RTCSdpType;
  readonly sdp: string;
  constructor(init: RTCSessionDescriptionInit) {
    this.type = init.type;
    this.sdp = init.sdp ?? '';
  }
  toJSON(): RTCSessionDescriptionInit {
    return { type: this.type, sdp: this.sdp };
  }
}

type Sender = { track: MediaStreamTrack | null; replaceTrack(track: MediaStreamTrack | null): Promise<void>; dtmf: null };

function invalidState(what: string, state: RTCSignalingState): DOMException {
  return new DOMException(`${what} in signaling state "${state}"`, 'InvalidStateError');
}

/** The peer connection stand-in; see the module comment for what it does and does not do. */
export class StandInPeerConnection extends EventTarget {
  /** Lets a test or a log say which connection it got. */
  static readonly standIn = true;
  signalingState: RTCSignalingState = 'stable';
  iceGatheringState: RTCIceGatheringState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: StandInSessionDescription | null = null;
  remoteDescription: StandInSessionDescription | null = null;
  onicecandidate: ((event: Event) => void) | null = null;
  onicegatheringstatechange: ((event: Event) => void) | null = null;
  onsignalingstatechange: ((event: Event) => void) | null = null;
  private readonly senders: Sender[] = [];
  private version = 0;

  // The configuration (ICE servers, bundle policy) is accepted and unused: nothing is connected.
  constructor(_configuration?: RTCConfiguration) {
    super();
  }

  async createOffer(): Promise<RTCSessionDescriptionInit> {
    if (this.signalingState === 'closed') throw invalidState('createOffer', this.signalingState);
    this.version += 1;
    return { type: 'offer', sdp: standInSdp(this.version, 'actpass') };
  }

  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    if (this.signalingState !== 'have-remote-offer') throw invalidState('createAnswer', this.signalingState);
    this.version += 1;
    return { type: 'answer', sdp: standInSdp(this.version, 'active') };
  }

  async setLocalDescription(description?: RTCSessionDescriptionInit): Promise<void> {
    const init = description?.sdp ? description : this.signalingState === 'have-remote-offer' ? await this.createAnswer() : await this.createOffer();
    if (init.type === 'offer' && this.signalingState !== 'stable' && this.signalingState !== 'have-local-offer') {
      throw invalidState('setLocalDescription(offer)', this.signalingState);
    }
    if (init.type === 'answer' && this.signalingState !== 'have-remote-offer') throw invalidState('setLocalDescription(answer)', this.signalingState);
    this.localDescription = new StandInSessionDescription(init);
    this.setSignalingState(init.type === 'offer' ? 'have-local-offer' : 'stable');
    if (this.iceGatheringState === 'new') {
      this.iceGatheringState = 'gathering';
      this.fire('icegatheringstatechange');
      // The candidate is already in the SDP: gathering ends one task later, as a browser's does.
      setTimeout(() => {
        if (this.signalingState === 'closed') return;
        this.fire('icecandidate', { candidate: null });
        this.iceGatheringState = 'complete';
        this.fire('icegatheringstatechange');
      });
    }
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    if (!description.sdp?.startsWith('v=0') || !/\r?\nm=/.test(description.sdp)) {
      throw new DOMException('setRemoteDescription: not an SDP with media', 'OperationError');
    }
    if (description.type === 'offer' && this.signalingState !== 'stable') throw invalidState('setRemoteDescription(offer)', this.signalingState);
    if (description.type === 'answer' && this.signalingState !== 'have-local-offer') throw invalidState('setRemoteDescription(answer)', this.signalingState);
    this.remoteDescription = new StandInSessionDescription(description);
    this.setSignalingState(description.type === 'offer' ? 'have-remote-offer' : 'stable');
  }

  addTrack(track: MediaStreamTrack): Sender {
    const sender: Sender = {
      track,
      dtmf: null,
      replaceTrack: async (next) => {
        sender.track = next;
      },
    };
    this.senders.push(sender);
    return sender;
  }

  getSenders(): Sender[] {
    return [...this.senders];
  }

  getReceivers(): never[] {
    return [];
  }

  getTransceivers(): never[] {
    return [];
  }

  async getStats(): Promise<Map<string, unknown>> {
    return new Map();
  }

  /** As in a browser, closing fires no events. */
  close(): void {
    this.signalingState = 'closed';
    this.iceConnectionState = 'closed';
    this.connectionState = 'closed';
  }

  private setSignalingState(state: RTCSignalingState): void {
    this.signalingState = state;
    this.fire('signalingstatechange');
  }

  /** An event to listeners and to the matching `on…` property, as a browser's peer connection does. */
  private fire(type: 'icecandidate' | 'icegatheringstatechange' | 'signalingstatechange', fields: Record<string, unknown> = {}): void {
    const event = Object.assign(new Event(type), fields);
    this.dispatchEvent(event);
    this[`on${type}`]?.call(this, event);
  }
}

/**
 * Installs the stand-in on `target` when, and only when, it has no `RTCPeerConnection`.
 * Returns whether it did.
 */
export function installWebRtcStandIn(target: typeof globalThis = globalThis): boolean {
  if (typeof target.RTCPeerConnection !== 'undefined') return false;
  Object.assign(target, { RTCPeerConnection: StandInPeerConnection, RTCSessionDescription: StandInSessionDescription });
  return true;
}

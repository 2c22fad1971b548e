import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { installWebRtcStandIn, standInSdp, StandInPeerConnection, StandInSessionDescription } from '../support/webrtc-stand-in.js';

/** The browser's own peer connection, where it has one (not in Debian's WebKitGTK). */
const native = typeof RTCPeerConnection === 'undefined' || 'standIn' in RTCPeerConnection ? undefined : RTCPeerConnection;

async function rejection(promise: Promise<unknown>): Promise<DOMException> {
  try {
    await promise;
  } catch (error) {
    return error as DOMException;
  }
  throw new Error('expected a rejection');
}

describe('the WebRTC stand-in for browsers without WebRTC (test/support/webrtc-stand-in.ts)', () => {
  it('moves through offer and answer as a peer connection does, and refuses calls out of order', async () => {
    const pc = new StandInPeerConnection();
    const events: string[] = [];
    pc.onsignalingstatechange = () => events.push(`signaling:${pc.signalingState}`);
    pc.onicegatheringstatechange = () => events.push(`gathering:${pc.iceGatheringState}`);
    pc.addEventListener('icecandidate', (event) => events.push(`candidate:${String((event as Event & { candidate: unknown }).candidate)}`));

    expect((await rejection(pc.createAnswer())).name).to.equal('InvalidStateError');
    const offer = await pc.createOffer();
    expect(offer).to.deep.equal({ type: 'offer', sdp: standInSdp(1, 'actpass') });
    await pc.setLocalDescription(offer);
    expect(pc.signalingState).to.equal('have-local-offer');
    expect(pc.localDescription?.sdp).to.equal(offer.sdp);
    await waitFor(() => pc.iceGatheringState === 'complete', 'ICE gathering did not complete');
    expect(events).to.deep.equal(['signaling:have-local-offer', 'gathering:gathering', 'candidate:null', 'gathering:complete']);

    expect((await rejection(pc.setRemoteDescription({ type: 'answer', sdp: 'not sdp' }))).name).to.equal('OperationError');
    expect((await rejection(pc.setRemoteDescription({ type: 'offer', sdp: standInSdp(7, 'actpass') }))).name).to.equal('InvalidStateError');
    await pc.setRemoteDescription(new StandInSessionDescription({ type: 'answer', sdp: standInSdp(7, 'active') }));
    expect(pc.signalingState).to.equal('stable');
    expect(pc.remoteDescription?.type).to.equal('answer');

    // A re-offer raises the o= version.
    expect((await pc.createOffer()).sdp).to.equal(standInSdp(2, 'actpass'));
    pc.close();
    expect((await rejection(pc.createOffer())).name).to.equal('InvalidStateError');
  });

  it('answers a remote offer with setup:active', async () => {
    const pc = new StandInPeerConnection();
    await pc.setRemoteDescription({ type: 'offer', sdp: standInSdp(3, 'actpass') });
    expect(pc.signalingState).to.equal('have-remote-offer');
    await pc.setLocalDescription();
    expect(pc.signalingState).to.equal('stable');
    expect(pc.localDescription?.type).to.equal('answer');
    expect(pc.localDescription?.sdp).to.contain('a=setup:active\r\n');
  });

  it('records added tracks as senders', () => {
    const pc = new StandInPeerConnection();
    const track = { kind: 'audio' } as MediaStreamTrack;
    const sender = pc.addTrack(track);
    expect(pc.getSenders()).to.deep.equal([sender]);
    expect(pc.getSenders()[0].track).to.equal(track);
    expect(pc.getReceivers()).to.deep.equal([]);
  });

  it('is installed only where there is no RTCPeerConnection', () => {
    const without = {} as typeof globalThis;
    expect(installWebRtcStandIn(without)).to.equal(true);
    expect(without.RTCPeerConnection).to.equal(StandInPeerConnection);
    expect(without.RTCSessionDescription).to.equal(StandInSessionDescription);
    const own = class {};
    const withOwn = { RTCPeerConnection: own } as unknown as typeof globalThis;
    expect(installWebRtcStandIn(withOwn)).to.equal(false);
    expect(withOwn.RTCPeerConnection).to.equal(own);
    expect(withOwn.RTCSessionDescription).to.equal(undefined);
  });

  // Only where the browser has its own WebRTC to judge the stand-in's SDP (Chromium, Firefox).
  if (native) {
    it("writes SDP a browser's own peer connection accepts, offer and answer", async () => {
      const real = new native();
      await real.setRemoteDescription({ type: 'offer', sdp: standInSdp(1, 'actpass') });
      const realAnswer = await real.createAnswer();
      expect(realAnswer.sdp).to.match(/^m=audio /m);
      real.close();

      const offerer = new native();
      offerer.addTransceiver('audio');
      const realOffer = await offerer.createOffer();
      await offerer.setLocalDescription(realOffer);
      const standIn = new StandInPeerConnection();
      await standIn.setRemoteDescription(realOffer);
      const answer = await standIn.createAnswer();
      await standIn.setLocalDescription(answer);
      await offerer.setRemoteDescription(answer);
      expect(offerer.signalingState).to.equal('stable');
      offerer.close();
    });
  }
});

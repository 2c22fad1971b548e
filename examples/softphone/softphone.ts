/**
 * A web phone built on SIP.js: registers over WebSocket, and places emergency calls with the
 * location the prompt answers at dial time (RFC 6442: Geolocation header, PIDF-LO beside the
 * SDP). An address saved during the call goes to the far end as a re-INVITE.
 */
import type { E911LocationPrompt } from 'e911-location';
import { sipJsInviterOptions, sipJsLocationBody, sipJsUpdateLocation } from 'e911-location/sip';
import { Inviter, Registerer, SessionState, UserAgent, Web } from 'sip.js';

const params = new URLSearchParams(location.search);
/** The SIP user; `?user=` lets several pages (and tests) share one server. */
const user = params.get('user') ?? 'alice';
const prompt = document.getElementById('e911') as E911LocationPrompt;
const callButton = document.getElementById('call') as HTMLButtonElement;
const hangupButton = document.getElementById('hangup') as HTMLButtonElement;
const state = document.getElementById('call-state') as HTMLElement;
const trace = document.getElementById('trace') as HTMLOListElement;

// `?scenario=` picks a LIS simulator scenario for this page only (hotel, headquarters, london-office …).
const scenario = params.get('scenario');
if (scenario) {
  prompt.setAttribute('held-url', `/lis/held?scenario=${encodeURIComponent(scenario)}`);
  prompt.setAttribute('ip-echo-url', `/lis/ip?scenario=${encodeURIComponent(scenario)}`);
}
prompt.setAttribute('entity', `sip:${user}@example.com`);
if (params.has('db')) prompt.setAttribute('db-name', params.get('db') as string);
// The elements are defined once their configuration is complete, so the first detection uses it.
await import('e911-location');

/** The microphone if the browser grants it; otherwise silence, so a 911 call is never blocked by media. */
async function microphone(): Promise<MediaStream> {
  try {
    if (params.has('silent')) throw new Error('silence asked for');
    return await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  } catch {
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    context.createOscillator().connect(destination);
    return destination.stream;
  }
}

const userAgent = new UserAgent({
  uri: UserAgent.makeURI(`sip:${user}@example.com`),
  transportOptions: { server: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sip` },
  // The location rides in the body SIP.js's own handler produces: wrap its factory once.
  sessionDescriptionHandlerFactory: sipJsLocationBody(Web.defaultSessionDescriptionHandlerFactory(() => microphone())),
  logBuiltinEnabled: false,
});
let call: Inviter | null = null;

function show(text: string): void {
  state.textContent = text;
}

/** Shows what the server received, each request as text. */
async function refreshTrace(): Promise<void> {
  const response = await fetch(`/sip/trace?user=${encodeURIComponent(user)}`);
  if (!response.ok) return;
  const requests = (await response.json()) as { method: string; uri: string; raw: string; pidfValid: boolean | null }[];
  trace.replaceChildren(
    ...requests.map((request) => {
      const item = document.createElement('li');
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      const attached = request.pidfValid === null ? '' : request.pidfValid ? ' — with a PIDF-LO (valid)' : ' — with a PIDF-LO (INVALID)';
      summary.textContent = `${request.method} ${request.uri}${attached}`;
      const text = document.createElement('pre');
      text.textContent = request.raw;
      details.append(summary, text);
      item.append(details);
      return item;
    }),
  );
}

async function dial(): Promise<void> {
  const number = (document.getElementById('number') as HTMLInputElement).value.trim();
  const target = UserAgent.makeURI(`sip:${number}@example.com;user=phone`);
  if (!target) {
    show('That number cannot be dialled.');
    return;
  }
  // Dial time: the prompt answers from memory within 250 ms and never rejects.
  const answer = await prompt.getEmergencyLocation();
  const inviter = new Inviter(userAgent, target, sipJsInviterOptions(answer));
  call = inviter;
  inviter.stateChange.addListener((next) => {
    if (next === SessionState.Established) {
      const sent = answer.routing === 'local-pstn' ? 'none (local carrier)' : (answer.location?.label ?? 'none known');
      show(`In call — location sent: ${sent}`);
    }
    if (next === SessionState.Terminated) {
      show('Call ended.');
      call = null;
      hangupButton.disabled = true;
      callButton.disabled = false;
    }
    void refreshTrace();
  });
  callButton.disabled = true;
  hangupButton.disabled = false;
  show('Calling…');
  await inviter.invite();
}

// An address saved during the call goes to the far end at once.
prompt.addEventListener('e911-location-change', async () => {
  if (call?.state !== SessionState.Established) return;
  const answer = await prompt.getEmergencyLocation();
  try {
    const sent = await sipJsUpdateLocation(call, answer);
    if (sent) show(`In call — location updated: ${answer.location?.label ?? ''}`);
  } catch (error) {
    show(`In call — the location update was refused (${(error as Error).message}); the call goes on.`);
  }
  void refreshTrace();
});

callButton.addEventListener('click', () => void dial().catch((error: Error) => show(`The call failed: ${error.message}`)));
hangupButton.addEventListener('click', () => void call?.bye().catch(() => call?.dispose()));
document.getElementById('change-location')?.addEventListener('click', () => prompt.show());

await userAgent.start();
await new Registerer(userAgent).register();
show('Ready.');
callButton.disabled = false;
document.documentElement.dataset.softphoneReady = 'true';
void refreshTrace();

/** The demo page: wires the prompt, the softphone, the dispatcher and the reviewer's controls. */
import { html, nothing, render, type TemplateResult } from 'lit';
import { openLocationStore, setLocale, type EmergencyLocation, type NetworkStatus } from '../src/index.js';
import type { PromptElement } from './call.js';
import { defineDemoElements } from './elements.js';
import { LisSession } from './lis-session.js';
import { emulateGeolocation, renderAssistSwitch } from './location-assist.js';
import { NETWORK_PLAN, SCENARIOS, findScenario } from './scenarios.js';

const ENTITY = 'sip:alice@example.com';
const POLICIES = ['no', 'yes', 'disclaimer'] as const;
type Policy = (typeof POLICIES)[number];
const LOCALES = ['en', 'es', 'fr-CA'] as const;

const DEFAULT_DISCLAIMER =
  'Without a location, 911 dispatchers may not be able to find you. If you call 911, tell the call-taker where you are.';

const REASONS: Record<NetworkStatus['reason'], string> = {
  'lis-located': 'the enterprise LIS returned a civic address',
  'lis-not-locatable': 'the LIS answered but cannot locate this device',
  'lis-unreachable': 'the LIS did not answer in time',
  vpn: 'the IP address is in the VPN pool, which the LIS excludes',
  'trusted-ip': 'no LIS address, but the IP address belongs to a known site',
  'untrusted-ip': 'the IP address is not one of the enterprise’s',
  offline: 'the browser is offline',
  'not-configured': 'neither a LIS nor an IP echo service is configured',
};

/** Page options from the query string, so a reviewer can share a link to one state. */
function readOptions(search: string) {
  const params = new URLSearchParams(search);
  const policy = params.get('policy');
  const locale = params.get('lang');
  return {
    scenario: findScenario(params.get('scenario'))?.name ?? 'headquarters',
    policy: (POLICIES as readonly string[]).includes(policy ?? '') ? (policy as Policy) : 'yes',
    locale: (LOCALES as readonly string[]).includes(locale ?? '') ? (locale as string) : 'en',
    dbName: params.get('db') || 'e911-location-demo',
    assist: params.get('assist') === 'device',
  };
}

type DetectionView = {
  scenario: string;
  state: 'detecting' | 'done' | 'error';
  status: NetworkStatus | null;
  ms: number | null;
  error: string;
};

/** `document.addEventListener` typed with the elements' events (they bubble and are composed). */
function onDocument<K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
  document.addEventListener(type, listener as EventListener);
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo/index.html has no element #${id}.`);
  return element as T;
}

function createPrompt(session: LisSession, options: ReturnType<typeof readOptions>): PromptElement {
  const prompt = document.createElement('e911-location-prompt') as unknown as PromptElement;
  prompt.id = 'e911-prompt';
  const attributes: Record<string, string> = {
    'held-url': session.heldUrl,
    'ip-echo-url': session.ipEchoUrl,
    'trusted-ips': NETWORK_PLAN.trustedIps.join(' '),
    'vpn-ips': NETWORK_PLAN.vpnIps.join(' '),
    sites: JSON.stringify(NETWORK_PLAN.sites),
    countries: 'US CA',
    entity: ENTITY,
    'location-required': options.policy,
    disclaimer: DEFAULT_DISCLAIMER,
    'db-name': options.dbName,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value) prompt.setAttribute(name, value);
  }
  return prompt;
}

/** The prompt's markup as text, for the "configuration" panel (integrators copy it). */
function markupOf(element: Element): string {
  const attributes = element.getAttributeNames().map((name) => `  ${name}="${element.getAttribute(name) ?? ''}"`);
  return `<${element.localName}\n${attributes.join('\n')}>\n</${element.localName}>`;
}

async function startDemo(): Promise<void> {
  defineDemoElements();
  const options = readOptions(location.search);
  const session = new LisSession();
  const softphone = byId<HTMLElementTagNameMap['demo-softphone']>('softphone');
  const dispatcher = byId<HTMLElementTagNameMap['demo-dispatcher']>('dispatcher');
  const scenarioHost = byId('scenario-picker');
  const detectionHost = byId('detection');
  const savedHost = byId('saved-locations');
  const errorHost = byId('error');
  const configHost = byId('config-markup');
  const policyInputs = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="policy"]'));
  const disclaimerInput = byId<HTMLTextAreaElement>('disclaimer-text');
  const localeSelect = byId<HTMLSelectElement>('locale');
  const clearButton = byId<HTMLButtonElement>('clear-saved');
  const showButton = byId<HTMLButtonElement>('show-prompt');
  const settingsStatus = byId('settings-status');

  const showError = (message: string) => {
    errorHost.hidden = !message;
    errorHost.textContent = message;
  };

  let detection: DetectionView = { scenario: options.scenario, state: 'detecting', status: null, ms: null, error: '' };
  let saved: EmergencyLocation[] = [];
  let switchId = 0;

  const renderScenarios = () => {
    render(scenarioTemplate(detection.scenario, (name) => void switchScenario(name)), scenarioHost);
    render(detectionTemplate(detection), detectionHost);
    detectionHost.dataset.state = detection.state;
    detectionHost.dataset.scenario = detection.scenario;
  };
  const renderSaved = () => render(savedTemplate(saved), savedHost);
  const renderConfig = () => {
    configHost.textContent = markupOf(prompt);
  };

  // Move this page's simulator session to the first network before the prompt detects.
  try {
    await session.switchScenario(options.scenario);
  } catch (error) {
    showError(String(error instanceof Error ? error.message : error));
  }

  // Emulated positions (this page only), before the prompt could ask for one.
  emulateGeolocation(() => detection.scenario);
  const prompt = createPrompt(session, options);
  renderAssistSwitch(byId('assist-settings'), prompt, options.assist, (on) => {
    settingsStatus.textContent = on
      ? 'Location assist is on: open the prompt and press “Use this device’s position”; calls then carry the position beside the address.'
      : 'Location assist is off: not one Geolocation call.';
    renderConfig();
  });
  // The prompt is a non-modal panel. By default it docks to the window's bottom corner;
  // this page places it in the flow under the softphone (demo.css sets
  // --e911-prompt-position: static), so it covers neither the dial pad nor the dispatcher.
  softphone.after(prompt);
  const status = document.createElement('e911-location-status');
  status.setAttribute('for', prompt.id);
  status.slot = 'status';
  softphone.append(status);
  softphone.prompt = prompt;
  softphone.entity = ENTITY;

  const switchScenario = async (name: string) => {
    const key = ++switchId;
    detection = { scenario: name, state: 'detecting', status: null, ms: null, error: '' };
    renderScenarios();
    softphone.reset();
    dispatcher.call = null;
    const url = new URL(location.href);
    url.searchParams.set('scenario', name);
    history.replaceState(null, '', url);
    try {
      // A network move makes an open question about the previous network obsolete.
      if (prompt.open) prompt.close();
      await session.switchScenario(name);
      const started = performance.now();
      const result = await prompt.detect();
      if (key !== switchId) return;
      detection = { scenario: name, state: 'done', status: result, ms: Math.round(performance.now() - started), error: '' };
      showError('');
    } catch (error) {
      if (key !== switchId) return;
      const message = error instanceof Error ? error.message : String(error);
      detection = { scenario: name, state: 'error', status: null, ms: null, error: message };
      showError(message);
    }
    renderScenarios();
  };

  // Detection the prompt runs by itself (on connect, online, refresh) shows up here too.
  onDocument('e911-network-change', (event) => {
    if (detection.state === 'detecting' && switchId > 0) return;
    detection = { ...detection, state: 'done', status: event.detail.status };
    renderScenarios();
  });
  onDocument('e911-config-error', (event) => showError(`Configuration error: ${event.detail.message}`));
  onDocument('demo-emergency-call', (event) => {
    dispatcher.call = event.detail.call;
  });

  for (const input of policyInputs) {
    input.checked = input.value === options.policy;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      prompt.setAttribute('location-required', input.value);
      settingsStatus.textContent = `Policy set to “${input.value}”. ${policyHint(input.value as Policy)}`;
      renderConfig();
    });
  }
  disclaimerInput.value = DEFAULT_DISCLAIMER;
  disclaimerInput.addEventListener('change', () => {
    prompt.setAttribute('disclaimer', disclaimerInput.value);
    renderConfig();
  });
  localeSelect.value = options.locale;
  localeSelect.addEventListener('change', async () => {
    try {
      await setLocale(localeSelect.value);
      document.documentElement.dataset.locale = localeSelect.value;
      settingsStatus.textContent = `The e911 elements now speak ${localeSelect.selectedOptions[0]?.textContent ?? localeSelect.value}.`;
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error));
    }
  });
  if (options.locale !== 'en') {
    await setLocale(options.locale).catch((error: unknown) => showError(String(error)));
    document.documentElement.dataset.locale = options.locale;
  }
  showButton.addEventListener('click', () => prompt.show());

  const store = await openLocationStore({ dbName: options.dbName });
  store.subscribe((locations) => {
    saved = locations;
    renderSaved();
  });
  saved = await store.list();
  renderSaved();
  clearButton.addEventListener('click', async () => {
    await store.clear();
    saved = await store.list();
    renderSaved();
    settingsStatus.textContent = 'Saved locations cleared. The prompt asks again on the next off-premises network.';
    // The prompt reloads what it knows about this network.
    await prompt.detect();
  });
  window.addEventListener('pagehide', () => store.close());

  renderScenarios();
  renderConfig();
  const started = performance.now();
  const first = await prompt.detect();
  if (switchId === 0) {
    detection = { scenario: options.scenario, state: 'done', status: first, ms: Math.round(performance.now() - started), error: '' };
    renderScenarios();
  }
  document.documentElement.dataset.demoReady = 'true';
}

function policyHint(policy: Policy): string {
  if (policy === 'no') return 'The prompt never opens by itself; the user can still open it from the badge.';
  if (policy === 'disclaimer') return 'Dismissing the prompt shows the administrator’s disclaimer, which must be acknowledged.';
  return 'The prompt opens off-premises; the user may dismiss it.';
}

function scenarioTemplate(current: string, onPick: (name: string) => void): TemplateResult {
  return html`<fieldset class="scenarios">
    <legend>Network the user is on</legend>
    ${SCENARIOS.map(
      (scenario) => html`<label class="scenario" data-scenario=${scenario.name}>
        <input
          type="radio"
          name="scenario"
          .value=${scenario.name}
          .checked=${scenario.name === current}
          aria-describedby="explain-${scenario.name}"
          @change=${() => onPick(scenario.name)}
        />
        <span class="scenario-text">
          <span class="scenario-title">${scenario.title}</span>
          <span class="scenario-explain" id="explain-${scenario.name}">${scenario.explanation}</span>
        </span>
      </label>`,
    )}
  </fieldset>`;
}

function detectionTemplate(view: DetectionView): TemplateResult {
  const scenario = findScenario(view.scenario);
  if (view.state === 'detecting') {
    return html`<p class="detecting"><span class="spinner" aria-hidden="true"></span>Detecting the network… (${scenario?.network ?? view.scenario})</p>`;
  }
  if (view.state === 'error') return html`<p class="detect-error">Detection could not run: ${view.error}</p>`;
  const status = view.status;
  if (!status) return html`<p>Not detected yet.</p>`;
  return html`<dl class="detected">
    <dt>Network</dt>
    <dd>${scenario?.network ?? view.scenario}</dd>
    <dt>Placement</dt>
    <dd data-field="placement"><strong>${status.placement}</strong> — ${REASONS[status.reason] ?? status.reason}</dd>
    <dt>Site</dt>
    <dd data-field="site">${status.site ? `${status.site.name} (E9-1-1: ${status.site.e911})` : '—'}</dd>
    <dt>IP address</dt>
    <dd data-field="ip">${status.ip ?? 'unknown'}</dd>
    ${view.ms !== null ? html`<dt>Decided in</dt><dd data-field="ms">${formatMs(view.ms)}</dd>` : nothing}
  </dl>`;
}

function savedTemplate(locations: EmergencyLocation[]): TemplateResult {
  if (locations.length === 0) return html`<p class="muted">No saved locations in this browser.</p>`;
  return html`<ul class="saved">
    ${locations.map((location) => html`<li><strong>${location.label}</strong> <span class="muted">(${location.civic.country}, unvalidated)</span></li>`)}
  </ul>`;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

startDemo().catch((error: unknown) => {
  const host = document.getElementById('error');
  if (host) {
    host.hidden = false;
    host.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
  document.documentElement.dataset.demoReady = 'error';
  console.error(error);
});

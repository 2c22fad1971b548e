/**
 * The demo's location assist: a switch for the `location-assist` attribute, and an
 * EMULATED device position per scenario. This page (only) replaces navigator.geolocation
 * and the geolocation answer of navigator.permissions, so that each scenario has a place
 * to be; the package itself only ever calls the browser's own API.
 */
import { html, render } from 'lit';

/** Where the emulated device is in each scenario (accuracy in metres, as a laptop on Wi-Fi reports it). */
export const EMULATED_POSITIONS: Record<string, { latitude: number; longitude: number; accuracy: number }> = {
  headquarters: { latitude: 39.78173, longitude: -89.65015, accuracy: 25 },
  'branch-wan-outage': { latitude: 39.80121, longitude: -89.64365, accuracy: 40 },
  'branch-outage-local-pstn': { latitude: 41.87811, longitude: -87.62979, accuracy: 35 },
  vpn: { latitude: 40.71427, longitude: -74.00597, accuracy: 60 },
  home: { latitude: 39.76845, longitude: -89.68123, accuracy: 30 },
  hotel: { latitude: 25.79065, longitude: -80.13005, accuracy: 80 },
  abroad: { latitude: 48.85661, longitude: 2.35222, accuracy: 120 },
  'london-office': { latitude: 51.51279, longitude: -0.09184, accuracy: 30 },
};

/** Replaces this page's navigator.geolocation with the scenario's emulated position. Granted once the user used it. */
export function emulateGeolocation(scenario: () => string): void {
  let granted = false;
  const geolocation: Pick<Geolocation, 'getCurrentPosition'> & Partial<Geolocation> = {
    getCurrentPosition(success, failure) {
      const where = EMULATED_POSITIONS[scenario()];
      // The real API answers asynchronously; so does the emulation.
      setTimeout(() => {
        if (!where) {
          failure?.({ code: 2, message: 'No emulated position for this scenario' } as GeolocationPositionError);
          return;
        }
        granted = true;
        success({ coords: { ...where }, timestamp: Date.now() } as unknown as GeolocationPosition);
      }, 150);
    },
  };
  const permissions = navigator.permissions;
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
  if (permissions) {
    const query = permissions.query.bind(permissions);
    Object.defineProperty(navigator, 'permissions', {
      configurable: true,
      value: {
        query: (descriptor: PermissionDescriptor) =>
          descriptor.name === 'geolocation' ? Promise.resolve({ state: granted ? 'granted' : 'prompt' } as PermissionStatus) : query(descriptor),
      },
    });
  }
}

/** The settings switch: sets `location-assist` on the prompt and keeps it in the address bar. */
export function renderAssistSwitch(host: HTMLElement, prompt: HTMLElement, initial: boolean, changed: (on: boolean) => void): void {
  const onChange = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    prompt.setAttribute('location-assist', on ? 'device' : 'off');
    const url = new URL(location.href);
    if (on) url.searchParams.set('assist', 'device');
    else url.searchParams.delete('assist');
    history.replaceState(null, '', url);
    changed(on);
  };
  render(
    html`<label class="choice assist-switch">
        <input type="checkbox" id="location-assist" .checked=${initial} @change=${onChange} />
        <span><strong>Location assist</strong> (<code>location-assist="device"</code>) — the prompt offers “Use this device’s position”</span>
      </label>
      <p class="muted" id="assist-emulated">
        Positions on this page are <strong>emulated</strong>: the page replaces <code>navigator.geolocation</code> with one fixed
        position per scenario, and grants it once you press the prompt's control. No real position is read.
      </p>`,
    host,
  );
  if (initial) prompt.setAttribute('location-assist', 'device');
}

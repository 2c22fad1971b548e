/** The dispatcher's view of a location-assist position: coordinates, accuracy and age, read from the PIDF-LO. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PidfLocation } from '../src/index.js';

/** The device position a call carries: the geodetic location written with method DBH (location assist). */
export function devicePositionOf(locations: PidfLocation[]): Extract<PidfLocation, { kind: 'geodetic' }> | null {
  const found = locations.find((location) => location.kind === 'geodetic' && location.method === 'DBH');
  return found?.kind === 'geodetic' ? found : null;
}

/** "12 s", "4 min", "2 h" before `placedAt`. */
export function ageText(timestamp: string | undefined, placedAt: Date): string {
  const taken = timestamp ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(taken)) return 'time unknown';
  const seconds = Math.max(0, Math.round((placedAt.getTime() - taken) / 1000));
  if (seconds < 90) return `${seconds} s before the call`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min before the call`;
  return `${Math.round(seconds / 3600)} h before the call`;
}

export function devicePositionTemplate(locations: PidfLocation[], placedAt: Date): TemplateResult | typeof nothing {
  const device = devicePositionOf(locations);
  if (!device || !('pos' in device.shape)) return nothing;
  const [lat, lon] = device.shape.pos;
  const accuracy = device.shape.type === 'Circle' ? `±${device.shape.radius} m` : 'accuracy unknown';
  return html`<div class="device" data-field="device-position">
    <h3>Device position (location assist, from the caller's browser)</h3>
    <dl class="how">
      <dt>Coordinates</dt><dd data-device="coordinates">${lat}, ${lon}</dd>
      <dt>Accuracy</dt><dd data-device="accuracy">${accuracy}</dd>
      <dt>Age</dt><dd data-device="age">${ageText(device.timestamp, placedAt)}</dd>
    </dl>
    <p class="note">Not validated: helps find the caller; the typed address above is what they stated.</p>
  </div>`;
}

/**
 * Location assist: the device's position from the browser's Geolocation API, for the
 * prompt. Asks permission only when the user presses "Use this device's position"; once
 * granted (now or in an earlier visit), refreshes on each detection and on save/choose.
 * Never waited for at dial time: `latest` is what it holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DevicePosition } from '../location.js';
import { roundPosition } from './position.js';

/** What the prompt tells the user after asking: nothing, or why there is no position. */
export type AssistState = 'idle' | 'asking' | 'located' | 'denied' | 'unavailable';

/** A cached fix this recent is good enough: a desk does not move in a minute. */
export const MAXIMUM_AGE_MS = 60_000;
/** Bound on a background refresh. */
export const REFRESH_TIMEOUT_MS = 10_000;
/** Bound on the user's request, which includes answering the browser's permission question. */
export const REQUEST_TIMEOUT_MS = 60_000;

type Reading = { position: DevicePosition } | { error: 'denied' | 'unavailable' };

export class DevicePositionController implements ReactiveController {
  /** The most recent position held (null before the first one). */
  latest: DevicePosition | null = null;
  state: AssistState = 'idle';

  private readonly _host: ReactiveControllerHost;
  private readonly _enabled: () => boolean;
  private _granted: Promise<boolean> | null = null;
  private _reading: Promise<Reading> | null = null;

  constructor(host: ReactiveControllerHost, enabled: () => boolean) {
    this._host = host;
    this._enabled = enabled;
    host.addController(this);
  }

  hostConnected(): void {}

  get enabled(): boolean {
    return this._enabled();
  }

  /**
   * The user pressed "Use this device's position": the only place the browser's permission
   * question is asked. Resolves with the position, or null (the state says why).
   */
  async request(): Promise<DevicePosition | null> {
    if (!this.enabled) return null;
    this._setState('asking');
    const reading = await this._read(REQUEST_TIMEOUT_MS);
    if ('position' in reading) {
      this._granted = Promise.resolve(true);
      this._setState('located');
      return reading.position;
    }
    this._setState(reading.error);
    return null;
  }

  /**
   * Takes a fresh position when permission was already granted (never asks). Called on each
   * detection and on save/choose; resolves when the reading ends, which no caller waits on
   * at dial time.
   */
  async refresh(): Promise<DevicePosition | null> {
    if (!this.enabled || !(await this._permissionGranted())) return null;
    const reading = await this._read(REFRESH_TIMEOUT_MS);
    if ('position' in reading) this._host.requestUpdate();
    return 'position' in reading ? reading.position : null;
  }

  /** Whether the browser says geolocation was granted to this origin (asked once per page, never a prompt). */
  private _permissionGranted(): Promise<boolean> {
    this._granted ??= (async () => {
      try {
        const status = await navigator.permissions.query({ name: 'geolocation' });
        return status.state === 'granted';
      } catch {
        // No Permissions API (or no geolocation in it): only the user's request tells.
        return false;
      }
    })();
    return this._granted;
  }

  /** One Geolocation reading at a time, bounded by our own timer too (some engines never call back). */
  private _read(timeoutMs: number): Promise<Reading> {
    this._reading ??= new Promise<Reading>((resolve) => {
      const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
      if (!geolocation) return resolve({ error: 'unavailable' });
      const timer = setTimeout(() => resolve({ error: 'unavailable' }), timeoutMs + 1000);
      const done = (reading: Reading): void => {
        clearTimeout(timer);
        resolve(reading);
      };
      try {
        geolocation.getCurrentPosition(
          (fix) => {
            const position = roundPosition(fix.coords, fix.timestamp);
            if (position) this.latest = position;
            done(position ? { position } : { error: 'unavailable' });
          },
          (error) => done({ error: error.code === 1 ? 'denied' : 'unavailable' }),
          { enableHighAccuracy: false, maximumAge: MAXIMUM_AGE_MS, timeout: timeoutMs },
        );
      } catch {
        done({ error: 'unavailable' });
      }
    }).finally(() => {
      this._reading = null;
    });
    return this._reading;
  }

  private _setState(state: AssistState): void {
    this.state = state;
    this._host.requestUpdate();
  }
}

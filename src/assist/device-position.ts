/**
 * Location assist: the device's position from the browser's Geolocation API, for the
 * prompt. Asks permission only when the user presses "Use this device's position"; once
 * granted (now or in an earlier visit), refreshes on each detection and on save/choose.
 * Never waited for at dial time: `latest` is what it holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DevicePosition } from '../location.js';
import { lazyChunk } from '../components/shared/lazy-chunk.js';
import type { Reading } from './device-reading.js';

/** What the prompt tells the user after asking: nothing, or why there is no position. */
export type AssistState = 'idle' | 'asking' | 'located' | 'denied' | 'unavailable';

/** Bound on a background refresh. */
export const REFRESH_TIMEOUT_MS = 10_000;
/** Bound on the user's request, which includes answering the browser's permission question. */
export const REQUEST_TIMEOUT_MS = 60_000;

type ReadingModule = typeof import('./device-reading.js');

/** The Geolocation code: fetched when a prompt with location assist on connects (a failed fetch is tried again next time). */
const readingChunk = lazyChunk<ReadingModule>(() => import('./device-reading.js'));

/** Meanwhile, and when it cannot be fetched, assist has no position ("unavailable"). */
function loadReading(): Promise<ReadingModule> {
  return readingChunk.load().catch((error: unknown) => {
    console.warn('e911-location: location assist could not be loaded; calls go without the device position.', error);
    throw error;
  });
}

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

  /** With assist on, its code is fetched now, so that the user's press asks the browser at once. */
  hostConnected(): void {
    if (this.enabled) void loadReading().catch(() => undefined);
  }

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
    this._granted ??= loadReading().then(
      (module) => module.permissionGranted(),
      () => {
        this._granted = null;
        return false;
      },
    );
    return this._granted;
  }

  /**
   * One Geolocation reading at a time. The code for it is fetched at connect; once
   * it is there the browser is asked at once, inside the user's click.
   */
  private _read(timeoutMs: number): Promise<Reading> {
    const loaded = readingChunk.loaded;
    const take = async (module: ReadingModule): Promise<Reading> => {
      const result = await module.readPosition(timeoutMs);
      if ('position' in result) this.latest = result.position;
      return result;
    };
    this._reading ??= (loaded ? take(loaded) : loadReading().then(take, (): Reading => ({ error: 'unavailable' }))).finally(() => {
      this._reading = null;
    });
    return this._reading;
  }

  private _setState(state: AssistState): void {
    this.state = state;
    this._host.requestUpdate();
  }
}

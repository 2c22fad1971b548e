/** Runs network detection for an element: a newer run wins over an older one, a disconnect cancels the run in flight. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { detectNetwork } from '../../detect/index.js';
import type { DetectOptions, NetworkStatus } from '../../detect/types.js';

export type NetworkDetectionOptions = {
  /** The detection options, read at the start of each run. */
  detectOptions: () => DetectOptions;
  /** Applies a run's result; `isCurrent()` turns false once a newer run or a disconnect supersedes it. */
  apply: (status: NetworkStatus, isCurrent: () => boolean) => Promise<void>;
  /** The last known status, the answer of a run cancelled by a disconnect. */
  lastKnown: () => NetworkStatus | null;
};

/** What a detection that failed outright comes to. */
function unreachableStatus(): NetworkStatus {
  return { placement: 'unknown', reason: 'lis-unreachable', networkId: null, ip: null, lisLocation: null, site: null, checkedAt: new Date().toISOString() };
}

export class NetworkDetectionController implements ReactiveController {
  private readonly _options: NetworkDetectionOptions;
  private _callId = 0;
  private _abort: AbortController | null = null;
  /** The latest run, by call id: a disconnect bumps the call id without starting one. */
  private _latest: { key: number; result: Promise<NetworkStatus> } | null = null;
  /** When a run last completed (epoch ms), or 0. */
  lastCheckedAt = 0;

  constructor(host: ReactiveControllerHost, options: NetworkDetectionOptions) {
    this._options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this._callId++;
    this._abort?.abort();
    this._abort = null;
  }

  /** Detects now and applies the result. Resolves with the newest status; never rejects. */
  run(): Promise<NetworkStatus> {
    const key = ++this._callId;
    const result = this._run(key);
    this._latest = { key, result };
    return result;
  }

  private async _run(key: number): Promise<NetworkStatus> {
    const options = this._options.detectOptions();
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    let status: NetworkStatus;
    try {
      status = await detectNetwork({ ...options, signal: abort.signal });
    } catch (error) {
      // Aborted by a newer run (its result wins) or by a disconnect (the last known status stands).
      if (key !== this._callId) return this._newer(key) ?? this._options.lastKnown() ?? unreachableStatus();
      console.warn('e911-location: network detection failed', error);
      status = unreachableStatus();
    }
    // A newer run started meanwhile: its result wins. (Superseded by a disconnect only,
    // there is none: this run's own result is the answer.)
    if (key !== this._callId) return this._newer(key) ?? status;
    this.lastCheckedAt = Date.now();
    await this._options.apply(status, () => key === this._callId);
    return status;
  }

  /** The run started after the one with call id `key`, if any (never that one itself: it would wait on itself). */
  private _newer(key: number): Promise<NetworkStatus> | null {
    return this._latest && this._latest.key !== key ? this._latest.result : null;
  }
}

/** Tells its host when the network may have changed: online/offline, connection change, page shown again, refresh interval. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type NetworkTrigger = 'online' | 'offline' | 'connection-change' | 'visible' | 'interval';

/** `navigator.connection` (Network Information API) where the browser has it. */
type ConnectionLike = EventTarget;

export type NetworkWatchOptions = {
  /** Called when the network should be checked again. */
  onTrigger: (trigger: NetworkTrigger) => void;
  /** The refresh interval, read each time the timer is (re)started. */
  intervalMs: () => number;
  /** When the network was last checked (epoch ms), or 0. */
  lastCheckedAt: () => number;
};

export class NetworkWatchController implements ReactiveController {
  private readonly _options: NetworkWatchOptions;
  private _timer: ReturnType<typeof setInterval> | undefined;
  private _intervalMs = 0;
  private _connection: ConnectionLike | undefined;

  constructor(host: ReactiveControllerHost, options: NetworkWatchOptions) {
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this._onOnline);
    window.addEventListener('offline', this._onOffline);
    document.addEventListener('visibilitychange', this._onVisibility);
    this._connection = (navigator as Navigator & { connection?: ConnectionLike }).connection;
    this._connection?.addEventListener('change', this._onConnection);
    this.restartTimer();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this._onOnline);
    window.removeEventListener('offline', this._onOffline);
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._connection?.removeEventListener('change', this._onConnection);
    this._connection = undefined;
    clearInterval(this._timer);
    this._timer = undefined;
  }

  /** Restarts the periodic check when the interval changed (no-op otherwise). */
  restartTimer(force = false): void {
    const interval = this._options.intervalMs();
    if (!force && this._timer !== undefined && interval === this._intervalMs) return;
    clearInterval(this._timer);
    this._intervalMs = interval;
    this._timer = setInterval(() => this._trigger('interval'), interval);
  }

  private _trigger(trigger: NetworkTrigger): void {
    try {
      this._options.onTrigger(trigger);
    } catch (error) {
      console.warn('e911-location: network check failed to start', error);
    }
  }

  private readonly _onOnline = () => this._trigger('online');
  private readonly _onOffline = () => this._trigger('offline');
  private readonly _onConnection = () => this._trigger('connection-change');
  private readonly _onVisibility = () => {
    if (document.visibilityState !== 'visible') return;
    // Timers are throttled in hidden pages: catch up when the page is shown after the interval.
    if (Date.now() - this._options.lastCheckedAt() >= this._options.intervalMs()) this._trigger('visible');
  };
}

/**
 * The prompt's panel at startup: its open/close lifecycle, its frame (heading, ×, the calm
 * line), the live region, and the views, which load on demand (prompt-views.body.ts) with
 * a busy state and, when they cannot be loaded, a failure with "Try again" and "Not now".
 */
import { adoptStyles, html, nothing } from 'lit';
import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import { PromptPanelController } from '../controllers/prompt-panel.js';
import { lazyChunk, whenIdle } from '../shared/lazy-chunk.js';
import { panelText } from './panel-messages.js';
import type { PromptViewsBody, ViewsHost, ViewsOptions } from './prompt-views.body.js';

export type { ViewsHost } from './prompt-views.body.js';

type ViewsModule = typeof import('./prompt-views.body.js');

const viewsChunk = lazyChunk<ViewsModule>(() => import('./prompt-views.body.js'));

/** Fetches the views while the page is idle, when the panel is likely to open; a failure is shown if it does. */
export function preloadPromptViews(): void {
  whenIdle(() => void viewsChunk.load().catch(() => undefined));
}

export class PromptViewsController implements ReactiveController {
  /** The open/close lifecycle (non-modal dialog). */
  readonly panel: PromptPanelController;

  private readonly _host: ViewsHost;
  private readonly _options: Omit<ViewsOptions, 'announce'>;
  private _body: PromptViewsBody | null = null;
  private _failed = false;
  private _loading: Promise<void> | null = null;
  private _announcement = '';

  constructor(host: ViewsHost, options: Omit<ViewsOptions, 'announce'>) {
    this._host = host;
    this._options = options;
    host.addController(this);
    this.panel = new PromptPanelController(host, {
      beforeOpen: () => (this._body ? this._body.reset() : void this._load()),
      focusTarget: () => this._focusTarget(),
      escape: () => (this._body ? this._body.escape() : this._dismiss()),
      announce: (text) => this._announce(text),
      openedText: () => panelText.opened(),
    });
  }

  /** While the views are being fetched (never rejects); null otherwise. The host's `updateComplete` waits for it. */
  get loading(): Promise<void> | null {
    return this._loading;
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this._body?.hostUpdate();
  }

  /** The panel (while open) and the polite live region (always there, so that it is heard). */
  render(): TemplateResult {
    const view = this._host.open ? (this._body?.view() ?? this._pendingView()) : null;
    return html`
      ${view
        ? html`<section part="dialog" class="panel" role="dialog" aria-labelledby="heading">
            <div class="header" part="header">
              <h2 id="heading" part="heading" tabindex="-1">${view.heading}</h2>
              ${view.closable
                ? html`<button type="button" class="close" part="close-button" aria-label=${panelText.dismiss()} @click=${this._dismiss}>
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></svg>
                  </button>`
                : nothing}
            </div>
            <p class="calm" part="calm">${panelText.calm()}</p>
            ${view.content}
          </section>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  /** Before the views arrive: "Loading…" (shown only when it lasts); after a failure, what to do. "Not now" in both. */
  private _pendingView(): { heading: string; closable: boolean; content: TemplateResult } {
    const dismiss = html`<button type="button" class="link" part="dismiss-button" @click=${this._dismiss}>${panelText.dismiss()}</button>`;
    const content = this._failed
      ? html`<div class="pending" part="pending" role="alert">
          <p>${panelText.loadFailed()}</p>
          <div class="actions" part="actions">
            <button type="button" class="primary" part="retry" @click=${this._retry}>${panelText.retry()}</button>
          </div>
        </div>
        <div class="actions minor">${dismiss}</div>`
      : html`<div class="pending" part="pending" aria-busy="true"><p>${panelText.loading()}</p></div>
          <div class="actions minor">${dismiss}</div>`;
    return { heading: panelText.heading(), closable: true, content };
  }

  /** Creates the views from their module: at once when it is loaded already, else once it is. */
  private _load(): Promise<void> {
    this._failed = false;
    const loaded = viewsChunk.loaded;
    if (loaded) {
      this._attach(loaded);
      return Promise.resolve();
    }
    this._loading ??= viewsChunk.load().then(
      (module) => {
        this._loading = null;
        this._attach(module);
        this._host.requestUpdate();
      },
      (error: unknown) => {
        console.warn('e911-location: the prompt\'s views could not be loaded; the panel offers "Try again". Calls can still be placed.', error);
        this._failed = true;
        this._loading = null;
        this._host.requestUpdate();
      },
    );
    return this._loading;
  }

  private _attach({ PromptViewsBody, promptViewsStyles }: ViewsModule): void {
    const own = (this._host.constructor as typeof LitElement).elementStyles;
    adoptStyles(this._host.renderRoot as ShadowRoot, [...own, promptViewsStyles]);
    this._body = new PromptViewsBody(this._host, { ...this._options, announce: (text) => this._announce(text) }, this.panel);
    // Opened while they loaded (or opening now): start the views as an opening does.
    if (this._host.open) this._body.reset();
  }

  private async _focusTarget(): Promise<HTMLElement | null> {
    if (this._loading) await this._loading;
    if (this._body) return this._body.focusTarget();
    await this._host.updateComplete;
    return this._host.renderRoot.querySelector<HTMLElement>('[part=retry]');
  }

  private readonly _retry = async (): Promise<void> => {
    const loading = this._load();
    this._host.requestUpdate();
    await loading;
    await this.panel.focusView();
  };

  /**
   * ×, "Not now", Escape: the views' policy (the disclaimer may come first), waiting for the
   * views while they load; without them (they could not be loaded) the panel closes.
   */
  private readonly _dismiss = (): void => {
    if (this._body) this._body.dismiss();
    else if (this._loading) void this._loading.then(this._dismiss);
    else this.panel.finish('dismissed');
  };

  private _announce(text: string): void {
    // Cleared first, so that the same words said twice are announced twice.
    this._announcement = '';
    this._host.requestUpdate();
    void this._host.updateComplete.then(() => {
      this._announcement = text;
      this._host.requestUpdate();
    });
  }
}

/** `<demo-event-log>`: the `e911-*` events of the page, newest first, details as JSON text. */
import { LitElement, css, html, type TemplateResult } from 'lit';

/** The events the package documents (DESIGN.md), plus the address form's own. */
export const E911_EVENTS = [
  'e911-network-change',
  'e911-location-change',
  'e911-prompt-open',
  'e911-prompt-close',
  'e911-config-error',
  'e911-address-submit',
] as const;

type Entry = { id: number; time: string; type: string; detail: string };

const MAX_ENTRIES = 100;

/** Listens on `document` while connected; every listener is removed on disconnect. */
export class DemoEventLog extends LitElement {
  // Plain `static properties` (no decorators): see demo-softphone.ts.
  static override properties = { target: { attribute: false }, _entries: { state: true } };

  static override styles = css`
    :host { display: block; }
    .tools { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; margin-bottom: 0.4rem; }
    .count { font-size: 0.85rem; color: #4a5866; }
    button { font: inherit; border-radius: 6px; border: 1px solid #9aa7b4; background: #f6f8fa; padding: 0.2rem 0.7rem; cursor: pointer; }
    ol { list-style: none; margin: 0; padding: 0; max-height: 24rem; overflow: auto; border: 1px solid #e1e6eb; border-radius: 6px; }
    li { border-bottom: 1px solid #e1e6eb; padding: 0.35rem 0.5rem; }
    li:last-child { border-bottom: 0; }
    .head { display: flex; gap: 0.6rem; font-size: 0.85rem; }
    time { color: #4a5866; font-variant-numeric: tabular-nums; }
    .type { font-weight: 600; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
    pre { margin: 0.2rem 0 0; font-size: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
    ol:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
    .empty { padding: 0.5rem; color: #4a5866; font-size: 0.9rem; }
  `;

  /** Where to listen; the events bubble and are composed, so `document` sees them all. */
  declare target: EventTarget;
  declare private _entries: Entry[];
  private _nextId = 1;
  private _listening: EventTarget | null = null;

  constructor() {
    super();
    this.target = document;
    this._entries = [];
  }

  private readonly _onEvent = (event: Event): void => {
    const detail = event instanceof CustomEvent ? event.detail : undefined;
    const entry: Entry = {
      id: this._nextId++,
      time: new Date().toLocaleTimeString(),
      type: event.type,
      detail: detail === undefined ? '' : toJson(detail),
    };
    this._entries = [entry, ...this._entries].slice(0, MAX_ENTRIES);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this._listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unlisten();
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('target') && this.isConnected) this._listen();
  }

  /** The types logged so far, oldest first (for tests and for reading the story back). */
  get types(): string[] {
    return this._entries.map((entry) => entry.type).reverse();
  }

  clear(): void {
    this._entries = [];
  }

  override render(): TemplateResult {
    return html`
      <div class="tools">
        <span class="count">${this._entries.length} event${this._entries.length === 1 ? '' : 's'}, newest first</span>
        <button type="button" @click=${this.clear}>Clear log</button>
      </div>
      <ol aria-label="Events of the e911 elements" tabindex="0">
        ${this._entries.length === 0 ? html`<li class="empty">No events yet.</li>` : ''}
        ${this._entries.map(
          (entry) => html`<li data-type=${entry.type}>
            <div class="head"><time>${entry.time}</time><span class="type">${entry.type}</span></div>
            ${entry.detail ? html`<pre>${entry.detail}</pre>` : ''}
          </li>`,
        )}
      </ol>
    `;
  }

  private _listen(): void {
    if (this._listening === this.target) return;
    this._unlisten();
    for (const type of E911_EVENTS) this.target.addEventListener(type, this._onEvent);
    this._listening = this.target;
  }

  private _unlisten(): void {
    if (!this._listening) return;
    for (const type of E911_EVENTS) this._listening.removeEventListener(type, this._onEvent);
    this._listening = null;
  }
}

/** JSON of an event detail; a detail that cannot be serialized is described instead of thrown. */
function toJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch (error) {
    return `(detail not serializable: ${error instanceof Error ? error.message : String(error)})`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-event-log': DemoEventLog;
  }
}

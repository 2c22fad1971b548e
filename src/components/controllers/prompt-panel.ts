/**
 * The prompt's open/close lifecycle as a WAI-ARIA non-modal dialog: nothing inert, no focus
 * trap, Escape (from inside) dismisses, focus returns to where it came from. Kept apart from
 * the element as Shoelace keeps `internal/modal.ts` apart from its dialog — but never modal:
 * a caller must be able to reach the dial button while it is open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../shared/emit.js';
import type { PromptCloseReason } from '../shared/events.js';

/** Who opened the panel: a user action (badge, `show()`, the `open` property) or the element by itself. */
export type OpenCause = 'user' | 'auto';

export type PanelHost = ReactiveControllerHost &
  HTMLElement & {
    open: boolean;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

export type PanelHooks = {
  /** Called before the render that shows the panel: reset the view and the form. */
  beforeOpen(): void;
  /** The first thing to fill in the view now shown (awaits the view's render). */
  focusTarget(): Promise<HTMLElement | null>;
  /** Escape pressed inside the panel: the policy decides (dismiss, or show the disclaimer). */
  escape(): void;
  /** Says something through the host's polite live region. */
  announce(text: string): void;
  /** What to announce when the panel opens without taking focus. */
  openedText(): string;
};

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** A field the user may be typing in: never take focus from it. */
function isTypingField(element: HTMLElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(element.type);
}

/** Nothing on the page has focus (the page itself does). */
function nothingFocused(active: HTMLElement | null): boolean {
  return !active || active === document.body || active === document.documentElement;
}

export class PromptPanelController implements ReactiveController {
  private readonly _host: PanelHost;
  private readonly _hooks: PanelHooks;
  private _wasOpen = false;
  private _cause: OpenCause = 'user';
  private _reason: PromptCloseReason = 'dismissed';
  private _returnFocus: HTMLElement | null = null;

  constructor(host: PanelHost, hooks: PanelHooks) {
    this._host = host;
    this._hooks = hooks;
    host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._onKeydown);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._onKeydown);
    if (this._host.open) this.finish('dismissed');
  }

  /** Opens the panel; `auto` follows the focus rules for a panel nobody asked for. */
  open(cause: OpenCause): void {
    if (this._host.open) return;
    this._cause = cause;
    this._host.open = true;
  }

  /** Closes the panel with `reason` (nothing when it is closed). */
  finish(reason: PromptCloseReason): void {
    if (!this._host.open) return;
    this._reason = reason;
    this._host.open = false;
  }

  /**
   * Moves focus to the first thing to fill. Without scrolling when it is in view already, so
   * that the heading and the calm line stay visible above it.
   */
  async focusView(): Promise<void> {
    const target = await this._hooks.focusTarget();
    if (!target) return;
    target.focus({ preventScroll: true });
    const box = target.getBoundingClientRect();
    const panel = this._host.renderRoot.querySelector('[part=dialog]')?.getBoundingClientRect();
    const bottom = Math.min(window.innerHeight, panel?.bottom ?? Infinity);
    const top = Math.max(0, panel?.top ?? 0);
    if (box.top < top || box.bottom > bottom) target.scrollIntoView({ block: 'nearest' });
  }

  hostUpdate(): void {
    if (this._host.open && !this._wasOpen) this._hooks.beforeOpen();
  }

  hostUpdated(): void {
    const open = this._host.open;
    if (open === this._wasOpen) return;
    this._wasOpen = open;
    if (open) this._opened();
    else this._closed();
  }

  private _opened(): void {
    if (!this._host.isConnected) {
      this._host.open = false;
      this._wasOpen = false;
      return;
    }
    const active = deepActiveElement();
    const cause = this._cause;
    this._cause = 'user'; // setting `open` directly is a user action too
    this._reason = 'dismissed';
    this._returnFocus = active && !this._host.contains(active) && !this._inside(active) ? active : null;
    emit(this._host, 'e911-prompt-open', {});
    // Focus: into the panel when the user asked for it or nothing has focus; never from a
    // field being typed in — there the panel announces itself instead.
    const takeFocus = cause === 'user' ? !isTypingField(active) : nothingFocused(active);
    if (takeFocus) void this.focusView();
    else this._hooks.announce(this._hooks.openedText());
  }

  private _closed(): void {
    const active = deepActiveElement();
    const returnTo = this._returnFocus;
    this._returnFocus = null;
    // Back to where the user came from, but only if focus is still in the panel (or was lost
    // with it): a user who moved on to the page keeps their place.
    const focusWasHere = !active || active === document.body || this._inside(active) || this._host.contains(active);
    if (focusWasHere && returnTo?.isConnected) returnTo.focus();
    emit(this._host, 'e911-prompt-close', { reason: this._reason });
  }

  private _inside(element: Element): boolean {
    let node: Node | null = element;
    while (node) {
      if (node === this._host) return true;
      const root: Node = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : node.parentNode;
    }
    return false;
  }

  private readonly _onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this._host.open) return;
    event.preventDefault();
    this._hooks.escape();
  };
}

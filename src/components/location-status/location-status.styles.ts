/** Styles of `<e911-location-status>`: one colour per state word, never colour alone. */
import { css, unsafeCSS } from 'lit';
import { STATE_COLORS } from '../../status/situation.js';

export const locationStatusStyles = css`
  :host {
    --e911-status-background: transparent;
    --e911-status-color: inherit;
    --e911-status-border: 1px solid #6b6b6b;
    --e911-status-radius: 999px;
    --_state-color: var(--e911-state-checking, ${unsafeCSS(STATE_COLORS.checking)});
    display: inline-block;
    max-width: 100%;
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  :host([state='validated']) {
    --_state-color: var(--e911-state-validated, ${unsafeCSS(STATE_COLORS.validated)});
  }
  :host([state='unvalidated']) {
    --_state-color: var(--e911-state-unvalidated, ${unsafeCSS(STATE_COLORS.unvalidated)});
  }
  :host([state='missing']) {
    --_state-color: var(--e911-state-missing, ${unsafeCSS(STATE_COLORS.missing)});
  }
  :host([state='local-pstn']) {
    --_state-color: var(--e911-state-local-pstn, ${unsafeCSS(STATE_COLORS['local-pstn'])});
  }
  button {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.5rem;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: var(--e911-status-border);
    border-radius: var(--e911-status-radius);
    background: var(--e911-status-background);
    color: var(--e911-status-color);
    text-align: start;
    line-height: 1.3;
  }
  .icon {
    flex: none;
    display: inline-flex;
    margin-top: 0.1em;
    color: var(--_state-color);
  }
  .text {
    display: grid;
    min-width: 0;
  }
  .state {
    font-weight: 700;
    color: var(--_state-color);
  }
  .placement {
    font-weight: 600;
  }
  .label,
  .detail {
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  .label {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
      --e911-icon-contrast: Canvas;
    }
    .state {
      color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;

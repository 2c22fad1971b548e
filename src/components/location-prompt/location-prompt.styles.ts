/**
 * Styles of `<e911-location-prompt>` at startup: a non-modal panel docked to a corner by
 * default, on a 4 px spacing scale, with its frame and buttons. The views' own styles load
 * with them (prompt-views.styles.ts).
 */
import { css } from 'lit';

export const locationPromptStyles = css`
  :host {
    --e911-dialog-width: 25rem;
    --e911-dialog-background: Canvas;
    --e911-dialog-color: CanvasText;
    --e911-dialog-radius: 12px;
    --e911-dialog-padding: 1.25rem;
    --e911-accent: #1a5fb4;
    --e911-accent-contrast: #ffffff;
    --e911-note-background: #eef3fb;
    --e911-danger: #b00020;
    /* Spacing and type scales: every gap and size below is one of these. */
    --_space-1: 0.25rem;
    --_space-2: 0.5rem;
    --_space-3: 0.75rem;
    --_space-4: 1rem;
    --_text-small: 0.875rem;
    --_text-heading: 1.25rem;
    display: block;
    font: inherit;
  }
  .panel {
    position: var(--e911-prompt-position, fixed);
    inset-block-end: var(--e911-prompt-inset-block-end, 1rem);
    inset-inline-end: var(--e911-prompt-inset-inline-end, 1rem);
    inset-block-start: var(--e911-prompt-inset-block-start, auto);
    inset-inline-start: var(--e911-prompt-inset-inline-start, auto);
    z-index: var(--e911-prompt-z-index, 1000);
    box-sizing: border-box;
    width: min(var(--e911-dialog-width), calc(100vw - 2rem));
    max-height: var(--e911-prompt-max-height, calc(100dvh - 2rem));
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--e911-dialog-padding);
    border: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    border-radius: var(--e911-dialog-radius);
    background: var(--e911-dialog-background);
    color: var(--e911-dialog-color);
    box-shadow:
      0 1px 3px rgb(0 0 0 / 0.12),
      0 8px 24px rgb(0 0 0 / 0.16);
    font: inherit;
    line-height: 1.5;
    animation: e911-appear 150ms ease-out;
  }
  @keyframes e911-appear {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  .header {
    position: sticky;
    top: calc(-1 * var(--e911-dialog-padding));
    z-index: 1;
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    justify-content: space-between;
    margin: calc(-1 * var(--e911-dialog-padding)) calc(-1 * var(--e911-dialog-padding)) 0;
    padding: var(--e911-dialog-padding) var(--e911-dialog-padding) var(--_space-1);
    background: var(--e911-dialog-background);
  }
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    margin: calc(-1 * var(--_space-2)) calc(-1 * var(--_space-2)) 0 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
  }
  .close:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  h2 {
    margin: 0;
    font-size: var(--_text-heading);
    font-weight: 600;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--_space-3);
  }
  .calm {
    margin-bottom: var(--_space-4);
    font-size: var(--_text-small);
    font-weight: 600;
  }
  .secondary,
  .primary,
  .delete {
    min-height: 2.75rem; /* 44 px touch targets */
    padding: var(--_space-2) var(--_space-4);
    border-radius: 6px;
    font-weight: 600;
  }
  .primary {
    border: 1px solid var(--e911-accent);
    background: var(--e911-accent);
    color: var(--e911-accent-contrast);
  }
  .link {
    min-height: 2.75rem;
    padding: var(--_space-2) var(--_space-1);
    border: 0;
    background: transparent;
    color: var(--e911-accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-4);
  }
  .actions:not(.minor) > button {
    flex: 1 1 auto;
  }
  .actions.minor {
    justify-content: space-between;
    margin-top: var(--_space-2);
  }
  /* The views while they load: "Loading…" only when it lasts, so a preloaded panel never flashes it. */
  .pending {
    min-height: 6rem;
  }
  .pending[aria-busy='true'] p {
    animation: appear 0s 300ms both;
  }
  @keyframes appear {
    from {
      visibility: hidden;
    }
  }
  @media (max-width: 30rem) {
    :host {
      --e911-dialog-padding: 1rem;
    }
    /* A bottom sheet on phones: full width, at most half the screen, so the page (and its call controls) stays in view. */
    .panel {
      inset-block-end: var(--e911-prompt-inset-block-end, 0);
      inset-inline-end: var(--e911-prompt-inset-inline-end, 0);
      width: min(var(--e911-dialog-width), 100vw);
      max-height: var(--e911-prompt-max-height, 50dvh);
      border-radius: var(--e911-dialog-radius) var(--e911-dialog-radius) 0 0;
    }
  }
  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
    .close {
      border: 1px solid ButtonText;
    }
    .primary,
    .link {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

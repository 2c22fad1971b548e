/** Styles of `<e911-location-prompt>`. */
import { css } from 'lit';

export const locationPromptStyles = css`
  :host {
    --e911-dialog-width: 36rem;
    --e911-dialog-background: Canvas;
    --e911-dialog-color: CanvasText;
    --e911-dialog-radius: 8px;
    --e911-dialog-padding: 1.25rem;
    --e911-backdrop: rgb(0 0 0 / 0.45);
    --e911-accent: #1a5fb4;
    --e911-accent-contrast: #ffffff;
    --e911-note-background: #eef3fb;
    --e911-danger: #b00020;
    display: contents;
    font: inherit;
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--e911-dialog-width), calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    overflow: auto;
    padding: var(--e911-dialog-padding);
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-radius: var(--e911-dialog-radius);
    background: var(--e911-dialog-background);
    color: var(--e911-dialog-color);
    font: inherit;
    line-height: 1.45;
  }
  dialog::backdrop {
    background: var(--e911-backdrop);
  }
  dialog[open] {
    animation: e911-appear 150ms ease-out;
  }
  @keyframes e911-appear {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1.05em;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .notes {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--e911-accent);
    background: var(--e911-note-background);
    color: #1b1b1b;
  }
  ul {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  .use {
    flex: 1 1 14rem;
    min-width: 0;
    text-align: start;
    padding: 0.5rem 0.75rem;
    border: 1px solid #6b6b6b;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    overflow-wrap: anywhere;
  }
  .use strong {
    display: block;
  }
  .use .tag {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--e911-accent);
  }
  .use[aria-current='true'] {
    border: 2px solid var(--e911-accent);
  }
  .secondary,
  .primary,
  .delete {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: 6px;
    font-weight: 600;
  }
  .secondary {
    border: 2px solid var(--e911-accent);
    background: transparent;
    color: var(--e911-accent);
  }
  .primary {
    border: 2px solid var(--e911-accent);
    background: var(--e911-accent);
    color: var(--e911-accent-contrast);
  }
  .delete {
    border: 1px solid var(--e911-danger);
    background: transparent;
    color: var(--e911-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 1rem;
  }
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .disclaimer {
    white-space: pre-line;
  }
  @media (max-width: 30rem) {
    :host {
      --e911-dialog-padding: 0.75rem;
    }
    .actions > button,
    .list-actions > button {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .note {
      border-inline-start-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .primary,
    .secondary,
    .delete,
    .use {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .use[aria-current='true'] {
      border-color: Highlight;
    }
    .use .tag {
      color: CanvasText;
    }
  }
`;

/** Styles of the prompt's views (places, notes, the manage list, the disclaimer), adopted when the views load; the panel and its buttons are in location-prompt.styles.ts. */
import { css } from 'lit';

export const promptViewsStyles = css`
  .intro {
    font-size: var(--_text-small);
  }
  .notes {
    display: grid;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-4);
  }
  /* The first note says what the situation is; the others are fine print under it. */
  .note {
    margin: 0;
    font-size: var(--_text-small);
  }
  .note:first-child {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--e911-accent);
    border-radius: 4px;
    background: var(--e911-note-background);
    color: #1b1b1b;
  }
  .assist {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-4);
  }
  .assist .note:first-child {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
  }
  .places,
  .managed {
    display: grid;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-4);
    padding: 0;
    list-style: none;
  }
  .place,
  .managed li {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
    padding: var(--_space-3);
    border: 1px solid #8a8f98;
    border-radius: 8px;
    overflow-wrap: anywhere;
  }
  .place {
    cursor: pointer;
  }
  .place:has(input:checked) {
    border: 2px solid var(--e911-accent);
    padding: calc(var(--_space-3) - 1px);
  }
  .place input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.15rem 0 0;
    accent-color: var(--e911-accent);
  }
  .place-text {
    display: grid;
    gap: 0.125rem;
    min-width: 0;
    flex: 1;
    font-size: var(--_text-small);
  }
  .place-text strong {
    font-size: 1rem;
  }
  .tag {
    font-weight: 600;
    color: var(--e911-accent);
  }
  .secondary {
    border: 1px solid #6b6b6b;
    background: transparent;
    color: inherit;
  }
  .delete {
    border: 1px solid var(--e911-danger);
    background: transparent;
    color: var(--e911-danger);
  }
  .managed li .delete {
    flex: none;
    padding-block: var(--_space-1);
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space-2) var(--_space-3);
    border-radius: 8px;
    background: var(--e911-note-background);
    color: #1b1b1b;
  }
  .disclaimer {
    white-space: pre-line;
  }
  @media (forced-colors: active) {
    .note,
    .undo {
      border-inline-start-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .secondary,
    .delete {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .place:has(input:checked) {
      border-color: Highlight;
    }
    .tag {
      color: CanvasText;
    }
  }
`;

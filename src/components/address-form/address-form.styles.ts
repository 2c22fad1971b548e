/** Styles of `<e911-address-form>`. */
import { css } from 'lit';

export const addressFormStyles = css`
  :host {
    --e911-field-gap: 1rem;
    --e911-input-border: 1px solid #6b6b6b;
    --e911-input-radius: 4px;
    --e911-error-color: #b00020;
    --e911-hint-color: #4d4d4d;
    --e911-accent: #1a5fb4;
    --e911-accent-contrast: #ffffff;
    display: block;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  form {
    display: grid;
    gap: var(--e911-field-gap);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  /* Label, input, hint and error share rows across City/State/ZIP: a hint or an error
     under one never pushes its input out of line with the others. The row and the
     fields have the same row gap (Firefox spreads a difference over the items); the
     space between stacked fields is the error row's margin. */
  .row {
    display: grid;
    column-gap: var(--e911-field-gap);
    row-gap: 0.25rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
  }
  .row > .field {
    grid-row: span 4;
    grid-template-rows: subgrid;
    row-gap: 0.25rem;
  }
  .row > .field > .error {
    display: block;
    margin-block-end: calc(var(--e911-field-gap) - 0.25rem);
  }
  .row > .field:last-child > .error {
    margin-block-end: 0;
  }
  .error:empty {
    display: none;
  }
  .error:empty::before {
    content: none;
  }
  .row > .field > label {
    align-self: end;
  }
  .hint:empty {
    display: none;
  }
  .row .hint:empty {
    display: block;
  }
  .counter {
    font-weight: 600;
  }
  .preview {
    display: grid;
    gap: 0.25rem;
    margin-block-start: calc(var(--e911-field-gap) * -0.5);
    padding: 0.75rem 0.75rem 0.25rem;
    border-radius: var(--e911-input-radius);
    background: color-mix(in srgb, var(--e911-accent) 6%, transparent);
    border: 1px solid color-mix(in srgb, var(--e911-accent) 30%, transparent);
  }
  .preview-line {
    margin: 0;
  }
  .preview-line output {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.875em;
  }
  .parts dt {
    color: var(--e911-hint-color);
  }
  .parts dd {
    margin: 0;
    font-weight: 600;
  }
  .parts.editing .part {
    display: grid;
    gap: 0.125rem;
    flex: 1 1 7rem;
    font-weight: 400;
  }
  .parts.editing input {
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
  }
  button.link {
    justify-self: start;
    font: inherit;
    font-size: 0.875em;
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--e911-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: calc(var(--e911-field-gap) * -0.5);
  }
  .suggestions button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 1rem;
    border: var(--e911-input-border);
    border-radius: 999px;
    background: Field;
    color: inherit;
    cursor: pointer;
  }
  .suggestions button[aria-pressed='true'] {
    border-color: var(--e911-accent);
    border-width: 2px;
    font-weight: 600;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--e911-focus-ring-color, var(--e911-accent));
    outline-offset: 2px;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: Field;
    padding: 0.5rem;
    border: var(--e911-input-border);
    border-radius: var(--e911-input-radius);
    min-height: 2.75rem;
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--e911-error-color);
    border-width: 2px;
  }
  .hint {
    color: var(--e911-hint-color);
    font-size: 0.875em;
    margin: 0;
  }
  .error {
    color: var(--e911-error-color);
    font-weight: 600;
    margin: 0;
  }
  .error::before {
    content: '⚠ ';
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--e911-accent);
    background: color-mix(in srgb, var(--e911-accent) 8%, transparent);
  }
  button[type='submit'] {
    justify-self: start;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--e911-accent);
    border-radius: var(--e911-input-radius);
    background: var(--e911-accent);
    color: var(--e911-accent-contrast);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .error {
      color: CanvasText;
    }
    button[type='submit'] {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .note {
      border-inline-start-color: CanvasText;
    }
  }
`;

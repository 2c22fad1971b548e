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
  .row {
    display: grid;
    gap: var(--e911-field-gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
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

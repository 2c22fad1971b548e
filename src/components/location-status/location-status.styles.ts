/** Styles of `<e911-location-status>`. */
import { css } from 'lit';

export const locationStatusStyles = css`
  :host {
    --e911-status-background: transparent;
    --e911-status-color: inherit;
    --e911-status-border: 1px solid #6b6b6b;
    --e911-status-radius: 999px;
    --e911-status-on-premises: #1e7b34;
    --e911-status-off-premises: #9a5b00;
    --e911-status-unknown: #5c5c5c;
    --e911-status-local-pstn: #8a1c7c;
    display: inline-block;
    max-width: 100%;
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem 0.875rem;
    border: var(--e911-status-border);
    border-radius: var(--e911-status-radius);
    background: var(--e911-status-background);
    color: var(--e911-status-color);
    text-align: start;
  }
  .indicator {
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--e911-status-unknown);
  }
  .indicator.on-premises {
    background: var(--e911-status-on-premises);
  }
  .indicator.off-premises {
    background: var(--e911-status-off-premises);
  }
  .indicator.local-pstn {
    background: var(--e911-status-local-pstn);
  }
  .text {
    display: grid;
    min-width: 0;
  }
  .placement {
    font-weight: 600;
  }
  .label,
  .detail {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .indicator {
      forced-color-adjust: none;
      background: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;

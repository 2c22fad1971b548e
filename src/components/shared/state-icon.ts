/** The icon of each state: a distinct shape per state, so that it never rests on colour alone. */
import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { StateIcon } from '../../status/situation.js';

const PATHS: Readonly<Record<StateIcon, SVGTemplateResult>> = {
  // A tick in a disc.
  check: svg`<circle cx="8" cy="8" r="7.25" fill="currentColor"/><path d="M4.6 8.3l2.2 2.2 4.6-4.8" fill="none" stroke="var(--e911-icon-contrast, #fff)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An exclamation mark in a triangle.
  alert: svg`<path d="M8 1.2l7 12.6H1z" fill="currentColor"/><path d="M8 5.6v4" stroke="var(--e911-icon-contrast, #fff)" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.9" r="1" fill="var(--e911-icon-contrast, #fff)"/>`,
  // A cross in a disc.
  cross: svg`<circle cx="8" cy="8" r="7.25" fill="currentColor"/><path d="M5.4 5.4l5.2 5.2M10.6 5.4l-5.2 5.2" stroke="var(--e911-icon-contrast, #fff)" stroke-width="1.8" stroke-linecap="round"/>`,
  // An arrow leaving a box: calls leave by the local gateway.
  gateway: svg`<rect x="1.2" y="1.2" width="13.6" height="13.6" rx="3" fill="currentColor"/><path d="M5.5 10.5l5-5M6.5 5.5h4v4" fill="none" stroke="var(--e911-icon-contrast, #fff)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An open ring with a dot: still checking.
  pending: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2.2"/><circle cx="8" cy="8" r="1.6" fill="currentColor"/>`,
};

/** A 16×16 icon, decorative: the state word next to it says the same. */
export function stateIcon(icon: StateIcon): TemplateResult {
  return html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${PATHS[icon]}</svg>`;
}

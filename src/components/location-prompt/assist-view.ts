/** Location assist in the prompt: the "Use this device's position" control and its short note. */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AssistState } from '../../assist/device-position.js';

export const assistText = {
  use: () => msg("Use this device's position", { id: 'prompt.assist.use' }),
  asking: () => msg("Finding this device's position…", { id: 'prompt.assist.asking' }),
  located: () => msg('Position found. It is sent with an emergency call, beside your address, and saved with the place you choose.', { id: 'prompt.assist.located' }),
  denied: () => msg('This browser did not allow the position. Your address is still used.', { id: 'prompt.assist.denied' }),
  unavailable: () => msg("This device's position is not available. Your address is still used.", { id: 'prompt.assist.unavailable' }),
};

function noteFor(state: AssistState): string | null {
  if (state === 'asking') return assistText.asking();
  if (state === 'located') return assistText.located();
  if (state === 'denied') return assistText.denied();
  if (state === 'unavailable') return assistText.unavailable();
  return null;
}

/** Nothing when location assist is off; else the control and, after it was pressed, what came of it (a status region, always there so that it is heard). */
export function assistTemplate(state: AssistState | null, locate: () => void): TemplateResult | typeof nothing {
  if (state === null) return nothing;
  const note = noteFor(state);
  return html`<div class="assist" part="assist">
    <button type="button" class="secondary" part="assist-button" ?disabled=${state === 'asking'} @click=${locate}>${assistText.use()}</button>
    <p class="note" part="assist-note" role="status" ?hidden=${!note}>${note ?? ''}</p>
  </div>`;
}

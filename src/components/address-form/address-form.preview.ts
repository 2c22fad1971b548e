/** The live preview under the street input: the line the dispatcher will read, and its parts. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCivicAddress, type AddressFormValues } from '../../civic/index.js';
import { correctPartsLabel, partLabel, previewLead } from './messages.js';
import { PART_NAMES, previewCivic, streetParts, type Corrections, type PartName } from './street-parts.js';

export type PreviewState = {
  values: AddressFormValues;
  corrections: Corrections;
  editing: boolean;
  onToggle: () => void;
  onPartInput: (part: PartName, value: string) => void;
};

/**
 * Nothing until a street is typed. Not a live region: reading the line out at every key
 * would drown the user's own typing; the preview is next in reading order instead.
 */
export function renderPreview(state: PreviewState): TemplateResult | typeof nothing {
  const { values, corrections, editing } = state;
  if (!values.street.trim()) return nothing;
  const parts = streetParts(values.street, values.country, corrections);
  // Reading: the parts found, with the number and the name always (a dash says one is missing).
  // Correcting: every part, so that one can be added.
  const shown = PART_NAMES.filter((part) => editing || parts[part] || part === 'HNO' || part === 'RD');
  return html`
    <section class="preview" part="preview" aria-labelledby="preview-lead">
      <p class="preview-line"><span id="preview-lead">${previewLead()}</span>
        <output id="preview-text" for="street-control" aria-live="off">${formatCivicAddress(previewCivic(values, corrections))}</output></p>
      ${editing
        ? html`<div class="parts editing">${shown.map((part) => html`
            <label class="part">${partLabel(part)}
              <input id="part-${part}" .value=${parts[part]} maxlength="60" autocomplete="off"
                @input=${(event: Event) => state.onPartInput(part, (event.target as HTMLInputElement).value)} /></label>`)}</div>`
        : html`<dl class="parts">${shown.map((part) => html`
            <div class="part"><dt>${partLabel(part)}</dt><dd>${parts[part] || '—'}</dd></div>`)}</dl>`}
      <button type="button" class="link" aria-expanded=${editing ? 'true' : 'false'} @click=${state.onToggle}>${correctPartsLabel()}</button>
    </section>
  `;
}

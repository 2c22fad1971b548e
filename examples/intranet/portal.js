// @ts-check
/* global document, customElements */
/**
 * The intranet page's own script (plain JavaScript, no build step): shows the emergency
 * location in the page, opens the prompt, switches the language. Everything shown from
 * the package's events is set as text.
 */

/** Policy violations, counted so that the page (and its test) can tell the package ran under the CSP. */
let violations = 0;
document.addEventListener('securitypolicyviolation', () => {
  violations += 1;
  document.documentElement.dataset.cspViolations = String(violations);
});
document.documentElement.dataset.cspViolations = '0';

const current = /** @type {HTMLElement} */ (document.getElementById('current-location'));
const note = /** @type {HTMLElement} */ (document.getElementById('current-note'));

/** @type {any} */
let inUse = null;
/** @type {any} */
let network = null;

/** Renders what the page knows: the location in use and, at a site without E9-1-1, how calls leave. */
function render() {
  if (network?.site?.e911 === 'local-pstn') {
    current.textContent = inUse ? inUse.label : network.site.name;
    note.textContent = `Enhanced 911 is not provided at ${network.site.name}; emergency calls go through the local carrier.`;
  } else if (!inUse) {
    current.textContent = 'No emergency location set';
    note.textContent = 'Choose “Change my emergency location” to add one.';
  } else if (inUse.source === 'lis') {
    current.textContent = inUse.label;
    note.textContent = 'Provided by the company network (validated).';
  } else {
    current.textContent = inUse.label;
    note.textContent = 'Entered by you (unvalidated): the 911 call-taker will confirm it with you.';
  }
}

document.addEventListener('e911-location-change', (event) => {
  inUse = /** @type {CustomEvent} */ (event).detail.location;
  render();
});
document.addEventListener('e911-network-change', (event) => {
  network = /** @type {CustomEvent} */ (event).detail.status;
  render();
});

// This example's /lis/* is the LIS simulator of `npm run example:intranet`; from any other
// server the badge could only say "network unknown", so say why.
fetch('/lis/ip').then((response) => {
  if (!response.ok) throw new Error(String(response.status));
}).catch(() => {
  const banner = document.createElement('p');
  banner.className = 'no-lis';
  banner.setAttribute('role', 'alert');
  banner.textContent = 'This example needs the LIS simulator at /lis/*: start it with `npm run example:intranet`.';
  document.querySelector('main')?.prepend(banner);
});

customElements.whenDefined('e911-location-prompt').then(() => {
  const prompt = /** @type {HTMLElement & { show(): void }} */ (document.getElementById('e911'));
  document.getElementById('change-location')?.addEventListener('click', () => prompt.show());
  document.documentElement.dataset.portalReady = 'true';
});

const language = /** @type {HTMLSelectElement} */ (document.getElementById('language'));
language.addEventListener('change', async () => {
  // The same URL as the page's script tag, so the same module instance.
  const { setLocale } = await import('../../dist/e911-location.bundle.js');
  await setLocale(language.value);
  document.documentElement.lang = language.value;
});

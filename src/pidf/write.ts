/** Writes an emergency location as an RFC 4119 PIDF-LO with an RFC 5139 civic address. */
import { addressLanguage } from '../civic/address-language.js';
import { CIVIC_ELEMENTS, type CivicAddress } from '../civic/civic-address.js';
import { withUserInvariant, type DevicePosition, type EmergencyLocation } from '../location.js';
import { deviceTuple } from './write-device.js';
import { escapeXml, normalizeXmlText } from './xml-text.js';

export type PidfLoOptions = {
  /** The presentity: a `sip:`, `sips:`, `pres:` or `tel:` URI, e.g. "sip:alice@example.com". */
  entity: string;
  /** Clock for the timestamp and retention expiry (tests). Default: now. */
  now?: Date;
  /** Location assist: the device's position, written as a second location after the civic one. */
  device?: DevicePosition | null;
};

/** How long a recipient may keep the location (RFC 4119 retention-expiry). */
export const RETENTION_HOURS = 24;

const ENTITY = /^(?:sips?|pres|tel):[^\s<>"'`{}|\\^]+$/i;
/** xs:language, which the schema uses for xml:lang (BCP 47 shape). */
const LANGUAGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const NOTES = {
  user: 'Location entered by the user; unvalidated (not checked against the MSAG). Confirm the location verbally with the caller.',
  lis: 'Location provided and validated by the enterprise Location Information Server (LIS).',
} as const;

/** Throws a TypeError that shows correct use: these are programmer mistakes, not user input. */
export function checkEntity(entity: unknown, caller: string): string {
  if (typeof entity !== 'string' || !ENTITY.test(entity.trim())) {
    throw new TypeError(
      `${caller}: options.entity must be a sip:, sips:, pres: or tel: URI, e.g. ` +
      `${caller}(location, { entity: 'sip:alice@example.com' }); got ${JSON.stringify(entity)}.`,
    );
  }
  return entity.trim();
}

function checkLocation(location: unknown, caller: string): EmergencyLocation {
  const civic = (location as EmergencyLocation | null)?.civic;
  if (!civic || typeof civic !== 'object' || !/^[A-Za-z]{2}$/.test(String(civic.country ?? '').trim())) {
    throw new TypeError(`${caller}: location.civic.country must be an ISO 3166-1 alpha-2 code such as 'US'; got ${JSON.stringify(civic?.country)}.`);
  }
  return withUserInvariant(location as EmergencyLocation);
}

/** The civic address as it will be written (and read back): forbidden characters dropped, white space collapsed, empty fields omitted. */
export function normalizeCivic(civic: CivicAddress): CivicAddress {
  const result: CivicAddress = { country: normalizeXmlText(civic.country).toUpperCase() };
  for (const name of CIVIC_ELEMENTS) {
    const value = typeof civic[name] === 'string' ? normalizeXmlText(civic[name]) : '';
    if (value) result[name] = value;
  }
  return result;
}

/** An xs:ID for the tuple: must start with a letter, so a bare UUID is prefixed. */
function tupleId(id: string): string {
  return `e911-${String(id ?? '').replace(/[^A-Za-z0-9._-]/g, '')}`.replace(/-$/, '');
}

function timestampOf(value: string, now: Date): string {
  const time = DATE_TIME.test(value ?? '') ? Date.parse(value) : NaN;
  return new Date(Number.isNaN(time) ? now.getTime() : time).toISOString();
}

/**
 * The PIDF-LO for a location, valid against the RFC 3863/4119/4479/5139 schemas.
 * User locations carry method `Manual` and a note that they are unvalidated and must be
 * confirmed verbally; LIS locations carry the LIS's method and say they were validated.
 * @throws {TypeError} when `options.entity` is not a sip:/sips:/pres:/tel: URI or the civic address has no country.
 */
export function toPidfLo(location: EmergencyLocation, options: PidfLoOptions): string {
  const entity = checkEntity(options?.entity, 'toPidfLo');
  const checked = checkLocation(location, 'toPidfLo');
  const now = options.now ?? new Date();
  const civic = normalizeCivic(checked.civic);
  // xml:lang says what language the address text is in (Quebec: French), not the UI's language.
  const stated = typeof checked.lang === 'string' && LANGUAGE.test(checked.lang) ? checked.lang : undefined;
  const lang = addressLanguage(civic, stated);
  const method = checked.source === 'user' ? 'Manual' : normalizeXmlText(checked.method ?? '');
  const expiry = new Date(now.getTime() + RETENTION_HOURS * 3_600_000).toISOString();
  const device = options.device ?? null;

  const fields = (['country', ...CIVIC_ELEMENTS] as const)
    .filter((name) => civic[name])
    .map((name) => `          <ca:${name}>${escapeXml(civic[name]!)}</ca:${name}>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<presence xmlns="urn:ietf:params:xml:ns:pidf"',
    '    xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"',
    '    xmlns:gbp="urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy"',
    '    xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"',
    ...(device ? ['    xmlns:gml="http://www.opengis.net/gml"', '    xmlns:gs="http://www.opengis.net/pidflo/1.0"'] : []),
    `    entity="${escapeXml(entity)}">`,
    `  <tuple id="${escapeXml(tupleId(checked.id))}">`,
    '    <status>',
    '      <gp:geopriv>',
    '        <gp:location-info>',
    lang ? `        <ca:civicAddress xml:lang="${lang}">` : '        <ca:civicAddress>',
    ...fields,
    '        </ca:civicAddress>',
    '        </gp:location-info>',
    '        <gp:usage-rules>',
    // Emergency calls need the location passed on to the PSAP and responders.
    '          <gbp:retransmission-allowed>true</gbp:retransmission-allowed>',
    `          <gbp:retention-expiry>${expiry}</gbp:retention-expiry>`,
    '        </gp:usage-rules>',
    ...(method ? [`        <gp:method>${escapeXml(method)}</gp:method>`] : []),
    '      </gp:geopriv>',
    '    </status>',
    `    <note xml:lang="en">${checked.source === 'user' ? NOTES.user : NOTES.lis}</note>`,
    `    <timestamp>${timestampOf(checked.updatedAt, now)}</timestamp>`,
    '  </tuple>',
    ...(device ? deviceTuple(device, { tupleId: `${tupleId(checked.id)}-device`, expiry }) : []),
    '</presence>',
    '',
  ].join('\n');
}

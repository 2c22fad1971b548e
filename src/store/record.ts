/** The stored record: its schema check on read and on write, and the user-entered invariant. */
import { CIVIC_ELEMENTS, type CivicAddress } from '../civic/civic-address.js';
import { MANUAL_METHOD, withUserInvariant, type DevicePosition, type EmergencyLocation } from '../location.js';
import { checkPosition } from '../assist/position.js';
import { invalidArgument } from './errors.js';
import type { LocationInput } from './types.js';

/** What IndexedDB holds: the location plus the user it belongs to (never returned to callers). */
export type StoredRecord = EmergencyLocation & { userId: string };

export type RecordCheck = { ok: true; location: EmergencyLocation } | { ok: false; reason: string };

const CIVIC_KEYS = new Set<string>(CIVIC_ELEMENTS);
const COUNTRY = /^[A-Z]{2}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** The civic address with only RFC 5139 keys, or the reason it is not one. */
function checkCivic(value: unknown): CivicAddress | string {
  if (!isObject(value)) return 'civic is not an object';
  if (typeof value.country !== 'string' || !COUNTRY.test(value.country)) {
    return 'civic.country is not an upper-case ISO 3166-1 alpha-2 code';
  }
  const civic: CivicAddress = { country: value.country };
  for (const key of CIVIC_ELEMENTS) {
    const part = value[key];
    if (part === undefined) continue;
    if (typeof part !== 'string') return `civic.${key} is not a string`;
    civic[key] = part;
  }
  return civic;
}

/**
 * The networks of a stored record, or why they are wrong. A record without the field
 * (written before schema v2) belongs to its one `networkId`.
 */
function checkNetworkIds(value: unknown, networkId: unknown): string[] | string {
  if (value === undefined) return typeof networkId === 'string' ? [networkId] : [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) return 'networkIds is not a list of strings';
  return [...value] as string[];
}

/** `networkIds` plus `networkId` (when it is a network) at the end, each once. */
export function withNetwork(networkIds: readonly string[], networkId: string | null): string[] {
  const ids = networkIds.filter((id) => id !== networkId);
  return networkId === null ? ids : [...ids, networkId];
}

/**
 * Checks a value read from IndexedDB. Everything in this store was typed by a user, so it
 * comes back as source 'user', unvalidated and Manual whatever the record claims.
 */
export function checkStoredRecord(value: unknown): RecordCheck {
  if (!isObject(value)) return { ok: false, reason: 'record is not an object' };
  if (typeof value.id !== 'string' || value.id === '') return { ok: false, reason: 'id is missing' };
  if (typeof value.label !== 'string') return { ok: false, reason: 'label is not a string' };
  const civic = checkCivic(value.civic);
  if (typeof civic === 'string') return { ok: false, reason: civic };
  if (value.lang !== undefined && typeof value.lang !== 'string') return { ok: false, reason: 'lang is not a string' };
  if (value.networkId !== null && typeof value.networkId !== 'string') {
    return { ok: false, reason: 'networkId is neither a string nor null' };
  }
  const networkIds = checkNetworkIds(value.networkIds, value.networkId);
  if (typeof networkIds === 'string') return { ok: false, reason: networkIds };
  const position = value.position === undefined ? undefined : checkPosition(value.position);
  if (typeof position === 'string') return { ok: false, reason: position };
  for (const field of ['createdAt', 'updatedAt', 'lastUsedAt'] as const) {
    if (!isTimestamp(value[field])) return { ok: false, reason: `${field} is not an ISO 8601 date` };
  }
  const location: EmergencyLocation = {
    id: value.id,
    label: value.label,
    civic,
    source: 'user',
    validation: 'unvalidated',
    method: MANUAL_METHOD,
    networkId: value.networkId as string | null,
    networkIds,
    createdAt: value.createdAt as string,
    updatedAt: value.updatedAt as string,
    lastUsedAt: value.lastUsedAt as string,
  };
  if (typeof value.lang === 'string') location.lang = value.lang;
  if (position) location.position = position;
  return { ok: true, location: withUserInvariant(location) };
}

/** Rejects a malformed `save()` argument with a message that shows correct use. */
export function checkInput(input: LocationInput): void {
  const usage = 'save({ label: "Home", civic: { country: "US", A1: "TX", … }, networkId?: string | null, id?: string })';
  if (!isObject(input)) throw invalidArgument(`save() needs an object: ${usage}`);
  if (input.id !== undefined && (typeof input.id !== 'string' || input.id === '')) {
    throw invalidArgument(`save(): id must be a non-empty string, or omitted to insert: ${usage}`);
  }
  if (typeof input.label !== 'string') throw invalidArgument(`save(): label must be a string: ${usage}`);
  if (input.lang !== undefined && typeof input.lang !== 'string') {
    throw invalidArgument(`save(): lang must be a BCP 47 string such as "en-US": ${usage}`);
  }
  if (input.networkId !== undefined && input.networkId !== null && typeof input.networkId !== 'string') {
    throw invalidArgument(`save(): networkId must be a string, null, or omitted: ${usage}`);
  }
  const civic = checkCivic(input.civic);
  if (typeof civic === 'string') throw invalidArgument(`save(): ${civic}: ${usage}`);
  if (input.position !== undefined && input.position !== null) {
    const position = checkPosition(input.position);
    if (typeof position === 'string') throw invalidArgument(`save(): ${position}; give { lat, lon, radiusM, at } or omit it`);
  }
  for (const key of Object.keys(input.civic)) {
    if (key !== 'country' && !CIVIC_KEYS.has(key)) {
      throw invalidArgument(`save(): civic.${key} is not an RFC 5139 element name (use ${CIVIC_ELEMENTS.join(', ')})`);
    }
  }
}

/**
 * The record to write for `input` at time `now`: inserts start fresh, updates keep
 * `createdAt` and every network the place was used on, adding the one given (which also
 * becomes `networkId`, the network it was last chosen on). Saving makes it most recent.
 */
export function buildRecord(
  input: LocationInput,
  id: string,
  userId: string,
  now: string,
  existing: EmergencyLocation | undefined,
): StoredRecord {
  checkInput(input);
  const civic = checkCivic(input.civic) as CivicAddress;
  const networkId = input.networkId !== undefined ? input.networkId : (existing?.networkId ?? null);
  const record: StoredRecord = {
    id,
    userId,
    label: input.label,
    civic,
    source: 'user',
    validation: 'unvalidated',
    method: MANUAL_METHOD,
    networkId,
    networkIds: withNetwork(existing?.networkIds ?? [], input.networkId ?? null),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    lastUsedAt: now,
  };
  const lang = input.lang ?? existing?.lang;
  if (lang !== undefined) record.lang = lang;
  // A new position replaces the old; null forgets it; omitted keeps it.
  const position = input.position === undefined ? existing?.position : input.position;
  if (position) record.position = checkPosition(position) as DevicePosition;
  return record;
}

/** The location a caller sees: the record without its owner. */
export function toLocation(record: StoredRecord): EmergencyLocation {
  const { userId: _userId, ...location } = record;
  return withUserInvariant(location);
}

/** Most recently used first; ties (same millisecond) broken by id so the order is stable. */
export function byMostRecent(a: EmergencyLocation, b: EmergencyLocation): number {
  if (a.lastUsedAt !== b.lastUsedAt) return a.lastUsedAt < b.lastUsedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

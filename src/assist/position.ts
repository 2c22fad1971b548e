/** Device positions (location assist): rounding what the browser gives, checking what is stored, distance between two (pure). */
import type { DevicePosition } from '../location.js';

export type { DevicePosition };

/** 4 decimals of a degree: about 11 m of latitude, enough to tell places apart, no finer. */
const DECIMALS = 4;
const EARTH_RADIUS_M = 6_371_008.8;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The position to keep from a Geolocation reading: rounded, with its accuracy (metres,
 * whole, never below the ~11 m the rounding adds) and its time; null when the numbers are
 * not a position (a broken or hostile `navigator.geolocation`).
 */
export function roundPosition(coords: { latitude: number; longitude: number; accuracy: number | null }, timestamp: number): DevicePosition | null {
  const { latitude, longitude, accuracy } = coords;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (!Number.isFinite(timestamp)) return null;
  // Accuracy 0 or missing means unknown: kept as 0, written as a Point rather than a Circle.
  const radiusM = accuracy !== null && Number.isFinite(accuracy) && accuracy > 0 ? Math.max(Math.ceil(accuracy), 11) : 0;
  return { lat: round(latitude, DECIMALS), lon: round(longitude, DECIMALS), radiusM, at: new Date(timestamp).toISOString() };
}

/** A stored or given position, or the reason it is not one. */
export function checkPosition(value: unknown): DevicePosition | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'position is not an object';
  const { lat, lon, radiusM, at } = value as Record<string, unknown>;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || Math.abs(lat) > 90) return 'position.lat is not a latitude (−90 to 90)';
  if (typeof lon !== 'number' || !Number.isFinite(lon) || Math.abs(lon) > 180) return 'position.lon is not a longitude (−180 to 180)';
  if (typeof radiusM !== 'number' || !Number.isFinite(radiusM) || radiusM < 0) return 'position.radiusM is not a distance in metres (0 or more)';
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return 'position.at is not an ISO 8601 date';
  return { lat, lon, radiusM, at };
}

/** Great-circle distance in metres (haversine; plenty for "which saved place is this?"). */
export function distanceM(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether two positions may be the same place: their distance is within both accuracies
 * (plus the rounding of each, ~11 m), so two fixes that overlap count as here.
 */
export function samePlace(a: DevicePosition, b: DevicePosition): boolean {
  return distanceM(a, b) <= a.radiusM + b.radiusM + 2 * 11;
}

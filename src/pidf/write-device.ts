/**
 * The device's position (location assist) as a PIDF-LO tuple of its own (RFC 5491): a
 * `gs:Circle` with its accuracy in metres, or a `gml:Point` when the accuracy is unknown;
 * its own method and timestamp, after the civic address, which stays first.
 */
import { checkPosition } from '../assist/position.js';
import type { DevicePosition } from '../location.js';

/**
 * IANA method token "DBH", Device-Based Hybrid: the device computed the fix from whatever
 * it had (satellites, Wi-Fi, cell, IP). A browser's Geolocation API does exactly that and
 * does not say which, so GPS or A-GPS would overclaim. See README "Location assist".
 */
export const DEVICE_METHOD = 'DBH';

/** EPSG 4326: 2-D latitude/longitude, the CRS RFC 5491 §3 requires for 2-D shapes. */
const SRS_2D = 'urn:ogc:def:crs:EPSG::4326';
const METRE = 'urn:ogc:def:uom:EPSG::9001';

const NOTE =
  "Device position from the caller's browser (Geolocation API), rounded to about 11 m; not validated. The civic address above is the caller's stated location.";

/** The lines of the device's tuple; nothing when the position is not a position (never throws: a call is never blocked). */
export function deviceTuple(position: DevicePosition, options: { tupleId: string; expiry: string }): string[] {
  const checked = checkPosition(position);
  if (typeof checked === 'string') return [];
  const pos = `${checked.lat} ${checked.lon}`;
  const shape =
    checked.radiusM > 0
      ? [
          `          <gs:Circle srsName="${SRS_2D}">`,
          `            <gml:pos>${pos}</gml:pos>`,
          `            <gs:radius uom="${METRE}">${checked.radiusM}</gs:radius>`,
          '          </gs:Circle>',
        ]
      : [`          <gml:Point srsName="${SRS_2D}">`, `            <gml:pos>${pos}</gml:pos>`, '          </gml:Point>'];
  return [
    `  <tuple id="${options.tupleId}">`,
    '    <status>',
    '      <gp:geopriv>',
    '        <gp:location-info>',
    ...shape,
    '        </gp:location-info>',
    '        <gp:usage-rules>',
    '          <gbp:retransmission-allowed>true</gbp:retransmission-allowed>',
    `          <gbp:retention-expiry>${options.expiry}</gbp:retention-expiry>`,
    '        </gp:usage-rules>',
    `        <gp:method>${DEVICE_METHOD}</gp:method>`,
    '      </gp:geopriv>',
    '    </status>',
    `    <note xml:lang="en">${NOTE}</note>`,
    `    <timestamp>${new Date(Date.parse(checked.at)).toISOString()}</timestamp>`,
    '  </tuple>',
  ];
}

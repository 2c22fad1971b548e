import { expect } from '@open-wc/testing';
import { checkPosition, distanceM, roundPosition, samePlace } from '../../src/assist/position.js';
import { likelyOption, nearestPlace, placeOptions } from '../../src/components/location-prompt/chooser.js';
import type { DevicePosition, EmergencyLocation } from '../../src/location.js';
import { openLocationStore } from '../../src/store/open-store.js';
import { buildRecord, checkStoredRecord } from '../../src/store/record.js';
import { uniqueDbName, deleteDb } from '../components/helpers.js';

const T = '2026-11-25T12:00:00.000Z';
const at = (lat: number, lon: number, radiusM: number): DevicePosition => ({ lat, lon, radiusM, at: T });

function place(id: string, position?: DevicePosition, networkIds: string[] = []): EmergencyLocation {
  return {
    id, label: id, civic: { country: 'US', A1: 'IL', A3: 'Springfield', HNO: '1', RD: 'Main' }, source: 'user', validation: 'unvalidated',
    method: 'Manual', networkId: networkIds[0] ?? null, networkIds, createdAt: T, updatedAt: T, lastUsedAt: T, ...(position ? { position } : {}),
  };
}

describe('roundPosition', () => {
  const table: [string, Parameters<typeof roundPosition>[0], number, DevicePosition | null][] = [
    ['rounds to 4 decimals and keeps accuracy in whole metres', { latitude: 39.7448761, longitude: -104.9796372, accuracy: 23.2 }, Date.parse(T), at(39.7449, -104.9796, 24)],
    ['never claims better than the rounding (~11 m)', { latitude: 45.5, longitude: -73.56, accuracy: 3 }, Date.parse(T), at(45.5, -73.56, 11)],
    ['keeps an unknown accuracy as 0 (a Point)', { latitude: 45.5, longitude: -73.56, accuracy: null }, Date.parse(T), at(45.5, -73.56, 0)],
    ['refuses a latitude beyond 90°', { latitude: 91, longitude: 0, accuracy: 10 }, Date.parse(T), null],
    ['refuses NaN', { latitude: NaN, longitude: 0, accuracy: 10 }, Date.parse(T), null],
    ['refuses a time that is not one', { latitude: 1, longitude: 1, accuracy: 10 }, NaN, null],
  ];
  for (const [name, coords, time, expected] of table) {
    it(name, () => expect(roundPosition(coords, time)).to.deep.equal(expected));
  }
});

describe('checkPosition', () => {
  const table: [unknown, DevicePosition | RegExp][] = [
    [at(1, 2, 3), at(1, 2, 3)],
    [{ ...at(1, 2, 3), extra: 'dropped' }, at(1, 2, 3)],
    [null, /not an object/],
    [{ ...at(1, 2, 3), lat: '1' }, /position\.lat/],
    [{ ...at(1, 200, 3) }, /position\.lon/],
    [{ ...at(1, 2, -1) }, /position\.radiusM/],
    [{ ...at(1, 2, 3), at: 'yesterday' }, /position\.at/],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} → ${String(expected)}`, () => {
      const result = checkPosition(value);
      if (expected instanceof RegExp) expect(result).to.be.a('string').and.match(expected);
      else expect(result).to.deep.equal(expected);
    });
  }
});

describe('distanceM and samePlace', () => {
  it('measures 0.001° of latitude as about 111 m', () => {
    expect(distanceM(at(40, -74, 0), at(40.001, -74, 0))).to.be.within(110, 112);
  });
  const table: [string, DevicePosition, DevicePosition, boolean][] = [
    ['overlapping accuracies', at(40, -74, 60), at(40.001, -74, 60), true],
    ['too far for their accuracies', at(40, -74, 20), at(40.001, -74, 20), false],
    ['a coarse fix reaches further', at(40, -74, 2000), at(40.01, -74, 20), true],
  ];
  for (const [name, a, b, same] of table) it(name, () => expect(samePlace(a, b)).to.equal(same));
});

describe('nearest saved place first', () => {
  const home = place('home', at(40.0, -74.0, 30));
  const office = place('office', at(40.05, -74.0, 30), ['office-net']);
  const cafe = place('cafe', at(40.0005, -74.0, 30));
  const noPosition = place('old');
  const table: [string, EmergencyLocation[], DevicePosition | null, string | null, string[]][] = [
    ['no position: store order', [office, home, noPosition], null, null, ['office', 'home', 'old']],
    ['the place within accuracy comes first', [office, noPosition, home], at(40.0001, -74.0, 25), 'home', ['home', 'office', 'old']],
    ['the nearest of two within accuracy', [home, cafe], at(40.0005, -74.0, 40), 'cafe', ['cafe', 'home']],
    ['none within accuracy: store order', [office, home], at(41, -74, 50), null, ['office', 'home']],
  ];
  for (const [name, saved, here, nearest, order] of table) {
    it(name, () => {
      expect(nearestPlace(saved, here)?.id ?? null).to.equal(nearest);
      const options = placeOptions(saved, null, here);
      expect(options.map((option) => option.id)).to.deep.equal(order);
      expect(likelyOption(options, 'new-net', here)).to.equal(order[0]);
    });
  }

  it('still prefers the place used on this network, and the site address, over the nearest', () => {
    const here = at(40.0001, -74.0, 25);
    expect(likelyOption(placeOptions([home, office], null, here), 'office-net', here)).to.equal('office');
    const site = { name: 'Branch', address: { country: 'US', A1: 'IL' } };
    const options = placeOptions([office, home], site, here);
    expect(options.map((option) => option.id)).to.deep.equal(['site:', 'home', 'office']);
    expect(likelyOption(options, 'new-net', here)).to.equal('site:');
  });
});

describe('stored position', () => {
  it('is checked on read: a bad one makes the record invalid, with the reason', () => {
    const record = { ...buildRecord({ label: 'Home', civic: { country: 'US' } }, 'a', 'u', T, undefined), position: { lat: 'x' } };
    expect(checkStoredRecord(record)).to.deep.equal({ ok: false, reason: 'position.lat is not a latitude (−90 to 90)' });
  });

  it('is checked on write: save() refuses a bad one and says what to give', () => {
    expect(() => buildRecord({ label: 'Home', civic: { country: 'US' }, position: at(95, 0, 1) }, 'a', 'u', T, undefined)).to.throw(/position\.lat.*\{ lat, lon, radiusM, at \}/);
  });

  it('round-trips through IndexedDB, is kept when a save omits it, replaced by a new one and forgotten with null or with the place', async () => {
    const dbName = uniqueDbName();
    const store = await openLocationStore({ dbName });
    try {
      const saved = await store.save({ label: 'Home', civic: { country: 'US', A1: 'IL' }, networkId: 'n1', position: at(40.1, -74.2, 30) });
      expect((await store.get(saved.id))?.position).to.deep.equal(at(40.1, -74.2, 30));
      await store.save({ id: saved.id, label: 'Home', civic: { country: 'US', A1: 'IL' } });
      expect((await store.get(saved.id))?.position).to.deep.equal(at(40.1, -74.2, 30));
      await store.save({ id: saved.id, label: 'Home', civic: { country: 'US', A1: 'IL' }, position: at(40.2, -74.2, 15) });
      expect((await store.get(saved.id))?.position).to.deep.equal(at(40.2, -74.2, 15));
      await store.save({ id: saved.id, label: 'Home', civic: { country: 'US', A1: 'IL' }, position: null });
      expect((await store.get(saved.id))?.position).to.equal(undefined);
      await store.save({ id: saved.id, label: 'Home', civic: { country: 'US', A1: 'IL' }, position: at(40.2, -74.2, 15) });
      await store.remove(saved.id);
      expect(await store.get(saved.id)).to.equal(undefined);
    } finally {
      store.close();
      await deleteDb(dbName);
    }
  });
});

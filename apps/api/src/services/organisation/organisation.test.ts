import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS } from '@fieldbeat/domain';
import { listAudit } from '../../db/repos/audit.js';
import { getCalendarYear, getSettings, readStoredSettings, updateCalendarYear, updateSettings } from '../../db/repos/organisation.js';
import type { Caller } from '../../lib/caller.js';
import { makeApp, type TestContext } from '../../test/helpers.js';
import { callerAs, racedBy } from '../../test/callers.js';
import { changeCalendarYear, changeSettings } from './index.js';

let t: TestContext;
let admin: Caller;

beforeAll(async () => {
  t = await makeApp();
  admin = callerAs(t.app.db, t.config.adminUsername, 'req-org');
}, 120_000);
afterAll(async () => t.close());

const settingsBody = (geofenceMeters: number) => {
  const { anomalyMinUnits: _u, anomalyMinAmount: _a, ...rest } = DEFAULT_SETTINGS;
  return { ...rest, geofenceMeters };
};

describe('settings through the versioned update', () => {
  it('stores version + 1 and refreshes the cache', () => {
    const before = getSettings(t.app.db);
    const saved = changeSettings(t.app.db, { ...admin, ifMatch: `"v${before.version}"` }, settingsBody(321));
    expect(saved).toMatchObject({ version: before.version + 1, settings: { geofenceMeters: 321, anomalyMinUnits: before.settings.anomalyMinUnits } });
    expect(getSettings(t.app.db)).toEqual(saved);
    const [entry] = listAudit(t.app.db, { entity: 'settings', entityId: 'organisation', limit: 1 });
    expect(entry).toMatchObject({ action: 'update', requestId: 'req-org', before: { geofenceMeters: before.settings.geofenceMeters }, after: { geofenceMeters: 321 } });
  });

  it('the repository writes nothing for a stale version, the first save included', () => {
    const current = readStoredSettings(t.app.db);
    expect(updateSettings(t.app.db, current.version - 1, { ...current.settings, geofenceMeters: 999 })).toBeUndefined();
    // As if the first save raced another: version 0 is stale once a row exists.
    expect(updateSettings(t.app.db, 0, { ...current.settings, geofenceMeters: 999 })).toBeUndefined();
    expect(getSettings(t.app.db)).toEqual(current);
  });

  it('is 409 when the settings changed between the load and the update, writes nothing, and the cache stays right', () => {
    const current = getSettings(t.app.db);
    const audits = listAudit(t.app.db, { entity: 'settings', limit: 50 }).length;
    // Another writer saves between changeSettings' load and its update; the transaction rolls back whole.
    const raced = racedBy((tx) => updateSettings(tx, current.version, { ...current.settings, geofenceMeters: 111 }), () =>
      changeSettings(t.app.db, admin, settingsBody(222)),
    );
    expect(raced).toBe('CONFLICT');
    expect(getSettings(t.app.db)).toEqual(current);
    expect(readStoredSettings(t.app.db)).toEqual(current);
    expect(listAudit(t.app.db, { entity: 'settings', limit: 50 })).toHaveLength(audits);
  });
});

describe('calendar through the versioned update', () => {
  it('saves a year never saved (version 0 → 1), then version + 1', () => {
    expect(getCalendarYear(t.app.db, 2031).version).toBe(0);
    const first = changeCalendarYear(t.app.db, { ...admin, ifMatch: '"v0"' }, 2031, { holidays: ['2031-01-02', '2031-01-01', '2031-01-01'], workdays: [] });
    expect(first).toMatchObject({ year: 2031, version: 1, holidays: ['2031-01-01', '2031-01-02'], source: 'organisation' });
    const second = changeCalendarYear(t.app.db, admin, 2031, { holidays: [], workdays: ['2031-01-04'] });
    expect(second).toMatchObject({ version: 2, holidays: [], workdays: ['2031-01-04'] });
    const [entry] = listAudit(t.app.db, { entity: 'calendar', entityId: '2031', limit: 1 });
    expect(entry).toMatchObject({ before: { holidays: ['2031-01-01', '2031-01-02'], workdays: [] }, after: { holidays: [], workdays: ['2031-01-04'] } });
  });

  it('the repository writes nothing for a stale version: neither over a saved year nor a second first save', () => {
    const current = getCalendarYear(t.app.db, 2031);
    expect(updateCalendarYear(t.app.db, 2031, current.version - 1, ['2031-05-01'], [])).toBeUndefined();
    expect(updateCalendarYear(t.app.db, 2031, 0, ['2031-05-01'], [])).toBeUndefined();
    expect(getCalendarYear(t.app.db, 2031)).toEqual(current);
  });

  it('is 409 when the year was saved between the load and the update, and writes nothing', () => {
    const raced = racedBy((tx) => updateCalendarYear(tx, 2032, 0, ['2032-01-01'], []), () =>
      changeCalendarYear(t.app.db, admin, 2032, { holidays: ['2032-01-02'], workdays: [] }),
    );
    expect(raced).toBe('CONFLICT');
    expect(getCalendarYear(t.app.db, 2032)).toMatchObject({ version: 0, source: 'none' });
    expect(listAudit(t.app.db, { entity: 'calendar', entityId: '2032', limit: 1 })).toHaveLength(0);
  });
});

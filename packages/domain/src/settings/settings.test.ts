import { DEFAULT_SETTINGS, SETTINGS_KEYS, validateSettings, withDefaultSettings } from './settings.js';

describe('settings', () => {
  test('the defaults are the handbook’s numbers and pass validation', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      timezone: 'Asia/Shanghai',
      reorderFactor: 1.5,
      minFacings: 3,
      geofenceMeters: 200,
      gmApprovalThreshold: 5000,
      keyStoreVisitsPerWeek: 3,
      normalStoreVisitsPerWeek: 1,
      anomalyThresholdPct: 30,
      anomalyMinUnits: 50,
      anomalyMinAmount: 500,
    });
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, errors: [] });
    expect(SETTINGS_KEYS).toHaveLength(10);
  });

  test('a partial update validates only what it names', () => {
    expect(validateSettings({})).toEqual({ ok: true, errors: [] });
    expect(validateSettings({ reorderFactor: 2, minFacings: 4 }).ok).toBe(true);
  });

  test.each([
    ['timezone', 'Mars/Olympus'],
    ['reorderFactor', 0],
    ['reorderFactor', 1.23456],
    ['reorderFactor', 11],
    ['minFacings', 2.5],
    ['minFacings', 0],
    ['geofenceMeters', -1],
    ['gmApprovalThreshold', 5000.001],
    ['gmApprovalThreshold', -1],
    ['keyStoreVisitsPerWeek', 8],
    ['normalStoreVisitsPerWeek', 0],
    ['anomalyThresholdPct', 0],
    ['anomalyThresholdPct', '30'],
    ['anomalyMinUnits', -1],
    ['anomalyMinUnits', 2.5],
    ['anomalyMinAmount', -0.01],
    ['anomalyMinAmount', 0.001],
    ['anomalyMinAmount', 1_000_000_000.01],
  ])('%s = %p is refused, naming the field', (key, value) => {
    expect(validateSettings({ [key]: value })).toEqual({ ok: false, errors: [{ path: `/${key}`, message: expect.any(String) }] });
  });

  test('unknown keys and non-objects are refused', () => {
    expect(validateSettings({ timeZone: 'UTC' }).errors).toEqual([{ path: '/timeZone', message: 'is not a known setting' }]);
    expect(validateSettings([]).ok).toBe(false);
  });

  test('withDefaultSettings fills what is missing', () => {
    expect(withDefaultSettings({ minFacings: 5 })).toEqual({ ...DEFAULT_SETTINGS, minFacings: 5 });
    expect(withDefaultSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});

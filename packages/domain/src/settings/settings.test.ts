import { DEFAULT_SETTINGS, SETTINGS_KEYS, validateSettings, withDefaultSettings } from './settings.js';

describe('settings', () => {
  // Each default beside where it comes from: the handbook's numbers, or the product's choice (docs/domain.md).
  test.each([
    ['timezone', 'Asia/Shanghai', 'the company works on China time'],
    ['reorderFactor', 1.5, 'R1: 订货量为安全库存的1.5倍'],
    ['minFacings', 3, 'R3: a key, new or promoted SKU shows at least 3 facings'],
    ['geofenceMeters', 200, 'R3: a check-in within 200 m of the store'],
    ['gmApprovalThreshold', 5000, 'R5: above ¥5,000 the general manager approves'],
    ['keyStoreVisitsPerWeek', 3, 'R3: 重点店每周至少3次'],
    ['normalStoreVisitsPerWeek', 1, 'R3: 一般店每周至少1次'],
    ['anomalyThresholdPct', 30, 'a sales change of 30 % is an anomaly'],
    ['anomalyMinUnits', 50, 'only from 50 units'],
    ['anomalyMinAmount', 500, 'only from ¥500'],
  ] as const)('the default %s is %s (%s)', (key, value, _source) => {
    expect(DEFAULT_SETTINGS[key]).toBe(value);
  });

  test('the defaults name every key once and pass validation', () => {
    expect(SETTINGS_KEYS).toHaveLength(10);
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, errors: [] });
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

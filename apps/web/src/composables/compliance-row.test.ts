import { complianceRowView } from './compliance-row';

describe('a store’s row of the weekly visit report', () => {
  test('a finished week judges: short is red, met is green', () => {
    expect(complianceRowView({ tier: 'key', frequencyOk: false, spacingOk: true }, false)).toEqual({
      frequency: { tone: 'danger', label: 'short' },
      spacing: { tone: 'ok', label: 'ok' },
      bad: true,
    });
    expect(complianceRowView({ tier: 'normal', frequencyOk: true, spacingOk: true }, false)).toEqual({ frequency: { tone: 'ok', label: 'ok' }, spacing: null, bad: false });
  });

  test('a running week: short so far is "not yet" in amber, not a red row', () => {
    expect(complianceRowView({ tier: 'key', frequencyOk: false, spacingOk: true }, true)).toMatchObject({ frequency: { tone: 'warn', label: 'shortSoFar' }, bad: false });
    expect(complianceRowView({ tier: 'normal', frequencyOk: false, spacingOk: true }, true)).toMatchObject({ frequency: { tone: 'warn' }, spacing: null, bad: false });
  });

  test('visits on adjacent days are a verdict in a running week too', () => {
    expect(complianceRowView({ tier: 'key', frequencyOk: true, spacingOk: false }, true)).toMatchObject({ spacing: { tone: 'danger', label: 'adjacent' }, bad: true });
  });
});

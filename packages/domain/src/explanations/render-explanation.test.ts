import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH_CN } from './messages-zh-cn.js';
import { renderExplanation } from './render-explanation.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('explanation messages', () => {
  test('both languages have the same keys', () => {
    expect(Object.keys(MESSAGES_ZH_CN).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
  });

  test.each(Object.keys(MESSAGES_EN))('%s uses the same placeholders in zh-CN and en', (key) => {
    const zh = MESSAGES_ZH_CN[key as keyof typeof MESSAGES_EN];
    expect(new Set(placeholders(zh))).toEqual(new Set(placeholders(MESSAGES_EN[key as keyof typeof MESSAGES_EN])));
  });

  test('every R3 issue, R4 line and R1 branch has a template', () => {
    const keys = Object.keys(MESSAGES_EN);
    for (const prefix of ['suggestion.', 'visit_issue.', 'score.', 'return.', 'visit_frequency.']) {
      expect(keys.some((k) => k.startsWith(prefix))).toBe(true);
    }
  });
});

describe('renderExplanation', () => {
  test('fills params in the chosen language', () => {
    const e = { key: 'visit_issue.outside_geofence', params: { distanceMeters: 350, geofenceMeters: 200 } };
    expect(renderExplanation(e, 'en')).toBe('Checked in 350 m from the store, farther than 200 m.');
    expect(renderExplanation(e, 'zh-CN')).toBe('签到位置距门店 350 米，超过 200 米。');
  });

  test('an unknown key renders as itself; a missing param keeps its placeholder', () => {
    expect(renderExplanation({ key: 'nope.nothing', params: {} }, 'en')).toBe('nope.nothing');
    expect(renderExplanation({ key: 'geofence.inside', params: { distanceMeters: 5 } }, 'en')).toBe(
      'Checked in 5 m from the store, within {geofenceMeters} m.',
    );
    expect(renderExplanation({ key: 'visit_issue.price_tag_missing' }, 'zh-CN')).toBe('货架上没有相应的正确价签。');
  });

  test('params cannot reach the prototype', () => {
    expect(renderExplanation({ key: 'geofence.unknown', params: {} }, 'en')).toContain('{missing}');
    expect(renderExplanation({ key: 'geofence.unknown', params: JSON.parse('{"__proto__": {"missing": "x"}}') }, 'en')).toContain('{missing}');
  });

  test('scorecard money params render with ¥ and thousands separators, stored snapshots included', () => {
    const e = { key: 'score.collection.scored', params: { actual: '97400.00', effectivePlan: '100000.00', plan: '100000.00', carryIn: '0.00', rate: '97.4', deviation: '-2.6', counted: -2, perPercent: 0.5, points: -1 } };
    expect(renderExplanation(e, 'zh-CN')).toContain('¥97,400.00');
    expect(renderExplanation(e, 'zh-CN')).toContain('97.4%');
    expect(renderExplanation(e, 'en')).toMatch(/¥97,400\.00 against a plan of ¥100,000\.00/);
    expect(renderExplanation(e, 'en')).not.toContain('CN¥');
    expect(renderExplanation(e, 'en', { money: (n) => `<${n}>` })).toContain('<97400>');
  });
});

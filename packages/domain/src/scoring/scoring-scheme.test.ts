import { DEFAULT_SCORING, validateDisciplinePoints, validateScoringScheme, validateSurveyPenalty } from './scoring-scheme.js';

describe('scoring scheme', () => {
  // Each default beside the handbook's words it comes from (业务员工作考核评分标准).
  test.each([
    ['baseScore', 100, '满分 100 分'],
    ['collectionPointsPerPercent', 0.5, '每超(降)1个百分点,奖(罚)0.5分'],
    ['firstLevelMarketPenalty', 10, '一级市场每有一个没完成扣10分'],
    ['secondLevelMarketPenalty', 1, '二级市场每有一个没完成扣1分'],
    ['missingLogPenalty', 1, '缺填1日扣1分'],
    ['vagueLogPenalty', 0.5, '填写含糊不清扣0.5分'],
    ['surveyMaxPenalty', 5, '视填表质量扣0-5分'],
    ['complaintPenalty', 2, '每有一次客户合理投诉扣2分'],
    ['taskPenalty', 2, '每有1次没按时完成或不符合领导要求扣2分'],
    ['disciplineMin', 2, '酌情扣2-5分'],
    ['disciplineMax', 5, '酌情扣2-5分'],
  ] as const)('the handbook default %s is %d (%s)', (field, value, _words) => {
    expect(DEFAULT_SCORING[field]).toBe(value);
  });

  test('the defaults name every field once and pass validation', () => {
    expect(Object.keys(DEFAULT_SCORING)).toHaveLength(11);
    expect(validateScoringScheme(DEFAULT_SCORING)).toEqual({ ok: true, errors: [] });
  });

  test('numbers must be half-point multiples within sane bounds', () => {
    expect(validateScoringScheme({ ...DEFAULT_SCORING, vagueLogPenalty: 0.3 }, '/scoring').errors).toEqual([
      { path: '/scoring/vagueLogPenalty', message: expect.any(String) },
    ]);
    expect(validateScoringScheme({ ...DEFAULT_SCORING, baseScore: 0 }).ok).toBe(false);
    expect(validateScoringScheme({ ...DEFAULT_SCORING, complaintPenalty: -2 }).ok).toBe(false);
    expect(validateScoringScheme({ ...DEFAULT_SCORING, firstLevelMarketPenalty: 1000 }).ok).toBe(false);
    expect(validateScoringScheme({ ...DEFAULT_SCORING, taskPenalty: '2' }).ok).toBe(false);
  });

  test('disciplineMin must not exceed disciplineMax', () => {
    expect(validateScoringScheme({ ...DEFAULT_SCORING, disciplineMin: 6 }).errors).toEqual([
      { path: '/disciplineMin', message: 'must not be above disciplineMax' },
    ]);
    expect(validateScoringScheme({ ...DEFAULT_SCORING, disciplineMin: 5 }).ok).toBe(true);
  });

  test('missing and unknown fields are named', () => {
    const { taskPenalty: _omitted, ...rest } = DEFAULT_SCORING;
    expect(validateScoringScheme(rest).errors).toEqual([{ path: '/taskPenalty', message: 'is required' }]);
    expect(validateScoringScheme({ ...DEFAULT_SCORING, bonus: 1 }).errors).toEqual([{ path: '/bonus', message: 'is not a scoring field' }]);
  });

  test.each([
    [2, true],
    [3.5, true],
    [5, true],
    [1.5, false],
    [5.5, false],
    [2.3, false],
    ['3', false],
  ])('a violation of %p points: %p (酌情扣2-5分)', (points, ok) => {
    expect(validateDisciplinePoints(points, DEFAULT_SCORING).ok).toBe(ok);
  });

  test.each([
    [0, true],
    [2.5, true],
    [5, true],
    [-0.5, false],
    [6, false],
    [1.2, false],
  ])('a survey penalty of %p: %p (扣0-5分)', (penalty, ok) => {
    expect(validateSurveyPenalty(penalty, DEFAULT_SCORING).ok).toBe(ok);
  });
});

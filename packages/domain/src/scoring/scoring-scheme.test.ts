import { DEFAULT_SCORING, validateDisciplinePoints, validateScoringScheme, validateSurveyPenalty } from './scoring-scheme.js';

describe('scoring scheme', () => {
  test('the handbook defaults', () => {
    expect(DEFAULT_SCORING).toEqual({
      baseScore: 100,
      collectionPointsPerPercent: 0.5,
      firstLevelMarketPenalty: 10,
      secondLevelMarketPenalty: 1,
      missingLogPenalty: 1,
      vagueLogPenalty: 0.5,
      surveyMaxPenalty: 5,
      complaintPenalty: 2,
      taskPenalty: 2,
      disciplineMin: 2,
      disciplineMax: 5,
    });
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

import { surveyGrade, surveySubmission } from './market-survey.js';

describe('surveySubmission', () => {
  it('accepts this month and earlier ones', () => {
    expect(surveySubmission('2026-12', '2026-12')).toEqual({ ok: true });
    expect(surveySubmission('2026-11', '2026-12')).toEqual({ ok: true });
  });
  it('refuses a month that has not begun, on /month (VALIDATION), across a year end too', () => {
    expect(surveySubmission('2027-01', '2026-12')).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'lies in the future',
      path: '/month',
    });
  });
});

describe('surveyGrade', () => {
  const survey = { userId: 'rep' };
  it('grades 0..5 in half points, by someone else', () => {
    for (const penalty of [0, 0.5, 2.5, 5])
      expect(surveyGrade(survey, 'mgr', penalty)).toEqual({ ok: true, penalty });
  });
  it('refuses the author grading their own survey (FORBIDDEN)', () => {
    expect(surveyGrade(survey, 'rep', 0)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'one’s own survey is graded by a manager',
    });
  });
  it('refuses a penalty outside 0..5 or between half points, on /penalty (VALIDATION)', () => {
    for (const penalty of [-0.5, 5.5, 1.25, Number.NaN]) {
      expect(surveyGrade(survey, 'mgr', penalty)).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        path: '/penalty',
      });
    }
  });
  it('checks the grader before the penalty', () => {
    expect(surveyGrade(survey, 'rep', 9)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('surveyGrade against the author’s scheme', () => {
  test('the most a grade costs is the scheme’s surveyMaxPenalty (the handbook’s 5 by default)', () => {
    const survey = { userId: 'rep' };
    expect(surveyGrade(survey, 'manager', 5)).toMatchObject({ ok: true, penalty: 5 });
    expect(surveyGrade(survey, 'manager', 5.5)).toMatchObject({ ok: false, path: '/penalty' });
    expect(surveyGrade(survey, 'manager', 3.5, { surveyMaxPenalty: 3 })).toMatchObject({ ok: false, path: '/penalty' });
    expect(surveyGrade(survey, 'manager', 7.5, { surveyMaxPenalty: 8 })).toMatchObject({ ok: true, penalty: 7.5 });
  });
});

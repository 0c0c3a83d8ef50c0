import type { FieldError } from '../errors/domain-error.js';
import { isRecord, validationResult, type ValidationResult } from '../shared/validation.js';
import { isHalfPointMultiple } from './half-points.js';

/** The scoring scheme of a role definition (工作考核评分标准); every number is in points. */
export interface ScoringScheme {
  baseScore: number;
  /** 每超(降)1个百分点，奖(罚)0.5分. */
  collectionPointsPerPercent: number;
  /** 一级市场每有一个没完成扣10分. */
  firstLevelMarketPenalty: number;
  /** 二级市场每有一个没完成扣1分. */
  secondLevelMarketPenalty: number;
  /** 缺填1日扣1分. */
  missingLogPenalty: number;
  /** 填写含糊不清扣0.5分. */
  vagueLogPenalty: number;
  /** 视填表质量扣0-5分: the most a survey can cost, and what a missing survey costs. */
  surveyMaxPenalty: number;
  /** 每有一次客户合理投诉扣2分. */
  complaintPenalty: number;
  /** 每有1次没按时完成或不符合领导要求扣2分. */
  taskPenalty: number;
  /** 每有一次违规违纪酌情扣2-5分: the range a violation record must lie in. */
  disciplineMin: number;
  disciplineMax: number;
}

/** The handbook's numbers; a role definition without `scoring` uses these. */
export const DEFAULT_SCORING: Readonly<ScoringScheme> = Object.freeze({
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

export const SCORING_FIELDS = Object.keys(DEFAULT_SCORING) as (keyof ScoringScheme)[];

/** Upper bounds that catch a slipped digit (1000 instead of 10) without constraining real schemes. */
const MAX: Record<keyof ScoringScheme, number> = {
  baseScore: 1000,
  collectionPointsPerPercent: 100,
  firstLevelMarketPenalty: 100,
  secondLevelMarketPenalty: 100,
  missingLogPenalty: 100,
  vagueLogPenalty: 100,
  surveyMaxPenalty: 100,
  complaintPenalty: 100,
  taskPenalty: 100,
  disciplineMin: 100,
  disciplineMax: 100,
};

/**
 * A complete scheme: every field present, a multiple of 0.5 from 0 to its bound (baseScore
 * above 0), disciplineMin ≤ disciplineMax; no unknown fields. `path` prefixes each error.
 */
export function validateScoringScheme(input: unknown, path = ''): ValidationResult {
  if (!isRecord(input)) return validationResult([{ path, message: 'must be an object' }]);
  const errors: FieldError[] = [];
  for (const field of SCORING_FIELDS) {
    const value = input[field];
    const max = MAX[field];
    const min = field === 'baseScore' ? 0.5 : 0;
    if (value === undefined) errors.push({ path: `${path}/${field}`, message: 'is required' });
    else if (!isHalfPointMultiple(value) || value < min || value > max) {
      errors.push({ path: `${path}/${field}`, message: `must be a multiple of 0.5 from ${min} to ${max}` });
    }
  }
  for (const key of Object.keys(input)) {
    if (!(SCORING_FIELDS as string[]).includes(key)) errors.push({ path: `${path}/${key}`, message: 'is not a scoring field' });
  }
  const { disciplineMin, disciplineMax } = input;
  if (typeof disciplineMin === 'number' && typeof disciplineMax === 'number' && disciplineMin > disciplineMax) {
    errors.push({ path: `${path}/disciplineMin`, message: 'must not be above disciplineMax' });
  }
  return validationResult(errors);
}

/** A violation record's points must lie in the role's range (酌情扣2-5分), in half-point steps; otherwise 400. */
export function validateDisciplinePoints(points: unknown, scheme: Pick<ScoringScheme, 'disciplineMin' | 'disciplineMax'>): ValidationResult {
  const ok = isHalfPointMultiple(points) && points >= scheme.disciplineMin && points <= scheme.disciplineMax;
  return validationResult(
    ok ? [] : [{ path: '/points', message: `must be a multiple of 0.5 from ${scheme.disciplineMin} to ${scheme.disciplineMax}` }],
  );
}

/** A survey grade (the points it costs, 视填表质量扣0-5分) must lie in 0..surveyMaxPenalty, in half-point steps. */
export function validateSurveyPenalty(penalty: unknown, scheme: Pick<ScoringScheme, 'surveyMaxPenalty'>): ValidationResult {
  const ok = isHalfPointMultiple(penalty) && penalty >= 0 && penalty <= scheme.surveyMaxPenalty;
  return validationResult(ok ? [] : [{ path: '/penalty', message: `must be a multiple of 0.5 from 0 to ${scheme.surveyMaxPenalty}` }]);
}

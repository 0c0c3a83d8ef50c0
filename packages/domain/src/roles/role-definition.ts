import type { FieldError } from '../errors/domain-error.js';
import { DEFAULT_SCORING, validateScoringScheme, type ScoringScheme } from '../scoring/scoring-scheme.js';
import { isNonEmptyString, isNonNegativeInteger, isRecord, validationResult, type ValidationResult } from '../shared/validation.js';
import { DUTY_EVIDENCE, type DutyCadence, type DutyEvidence } from '../vocabulary/duty-cadences.js';
import { PERMISSIONS, isPermission, type Permission } from '../vocabulary/permissions.js';
import { DUTY_EVIDENCE_CADENCE, validateDutyCadence } from './duty-cadence.js';

export interface RoleDuty {
  /** 岗位职责, as the handbook words it: the generated task's description. */
  text: string;
  /** A short title for the generated task (写工作日志); by default the text's heading (`dutyTitle`). */
  title?: string | null;
  /** The record that does the duty's work and closes its task (`DUTY_EVIDENCE`). */
  closedBy?: DutyEvidence | null;
  /** When set, the system generates a checklist task for every user in the role. */
  cadence?: DutyCadence | null;
  /** Generated tasks count in `assigned_task` only when the duty is scored. */
  scored?: boolean;
}

export interface RoleKpi {
  /** 关键业绩指标, e.g. 销售目标完成率. */
  name: string;
  target?: number | string | null;
  unit?: string | null;
}

/**
 * A role definition (岗位说明书) as `POST/PUT /roles` carries it; the server adds `version`.
 * A missing `scoring` means the handbook's scheme (`withDefaultScoring`).
 */
export interface RoleDefinition {
  code: string;
  title: string;
  /** The title on English screens; zh-CN screens (and English ones without it) show `title`. */
  titleEn?: string | null;
  department?: string | null;
  /** 定员. */
  headcount?: number | null;
  /** The code of the role this one reports to (直接上级). */
  reportsTo?: string | null;
  /** 概述. */
  summary?: string | null;
  duties?: RoleDuty[];
  /** 工作内容. */
  workContent?: string[];
  /** 任职要求: education, experience, skills. */
  requirements?: string[];
  /** 权限 as the handbook writes them. */
  authorities?: string[];
  /** 权限 as the system enforces them. */
  permissions: Permission[];
  kpis?: RoleKpi[];
  /** 劳动条件和环境 / 工作时间: text, or named parts (工作场所, 环境状况, 工作时间…). */
  workingConditions?: string | Record<string, string> | null;
  scoring?: ScoringScheme;
}

export type RoleDefinitionWithScoring = RoleDefinition & { scoring: ScoringScheme };

/** The role's title for people reading `locale`: the English title on English screens when there is one. */
export function roleTitleIn(role: Pick<RoleDefinition, 'title' | 'titleEn'>, locale: string): string {
  return locale.startsWith('en') && role.titleEn?.trim() ? role.titleEn : role.title;
}

/** The role with its scoring scheme completed from the handbook's defaults. */
export function withDefaultScoring(role: RoleDefinition): RoleDefinitionWithScoring {
  return { ...role, scoring: { ...DEFAULT_SCORING, ...(role.scoring ?? {}) } };
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Checks a role definition body. Fields the contract does not name are left alone (a client
 * may send back what it read, `version` included); named fields must have their types.
 */
export function validateRoleDefinition(input: unknown): ValidationResult {
  if (!isRecord(input)) return validationResult([{ path: '', message: 'must be an object' }]);
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const optionalText = (field: string) => {
    const v = input[field];
    if (v !== undefined && v !== null && typeof v !== 'string') fail(`/${field}`, 'must be text');
  };
  const textList = (field: string) => {
    const v = input[field];
    if (v === undefined) return;
    if (!Array.isArray(v)) fail(`/${field}`, 'must be a list of text');
    else v.forEach((item: unknown, i) => !isNonEmptyString(item) && fail(`/${field}/${i}`, 'must be non-empty text'));
  };

  if (typeof input.code !== 'string' || !CODE.test(input.code)) {
    fail('/code', 'must be 1-64 letters, digits, "_", "-" or ".", starting with a letter or digit');
  }
  if (!isNonEmptyString(input.title)) fail('/title', 'is required');
  ['titleEn', 'department', 'summary', 'reportsTo'].forEach(optionalText);
  if (input.reportsTo !== undefined && input.reportsTo !== null && input.reportsTo === input.code) {
    fail('/reportsTo', 'a role cannot report to itself');
  }
  if (input.headcount !== undefined && input.headcount !== null && !isNonNegativeInteger(input.headcount)) {
    fail('/headcount', 'must be a whole number ≥ 0');
  }
  const conditions = input.workingConditions;
  if (
    conditions !== undefined &&
    conditions !== null &&
    typeof conditions !== 'string' &&
    !(isRecord(conditions) && Object.values(conditions).every((v) => typeof v === 'string'))
  ) {
    fail('/workingConditions', 'must be text or an object of texts');
  }
  ['workContent', 'requirements', 'authorities'].forEach(textList);

  if (input.duties !== undefined) {
    if (!Array.isArray(input.duties)) fail('/duties', 'must be a list of {text, cadence?, scored?}');
    else {
      input.duties.forEach((duty: unknown, i) => {
        const path = `/duties/${i}`;
        if (!isRecord(duty)) return fail(path, 'must be an object {text, cadence?, scored?}');
        if (!isNonEmptyString(duty.text)) fail(`${path}/text`, 'is required');
        if (duty.cadence !== undefined && duty.cadence !== null) errors.push(...validateDutyCadence(duty.cadence, `${path}/cadence`));
        if (duty.scored !== undefined && typeof duty.scored !== 'boolean') fail(`${path}/scored`, 'must be true or false');
        if (duty.title !== undefined && duty.title !== null && !isNonEmptyString(duty.title)) fail(`${path}/title`, 'must be a non-empty text');
        if (duty.closedBy !== undefined && duty.closedBy !== null) {
          if (!(DUTY_EVIDENCE as readonly unknown[]).includes(duty.closedBy)) fail(`${path}/closedBy`, `must be one of ${DUTY_EVIDENCE.join(', ')}`);
          else if (!isRecord(duty.cadence)) fail(`${path}/closedBy`, 'needs a cadence: only a generated task closes itself');
          else if (DUTY_EVIDENCE_CADENCE[duty.closedBy as DutyEvidence] !== duty.cadence.kind)
            fail(`${path}/closedBy`, `${String(duty.closedBy)} closes a ${DUTY_EVIDENCE_CADENCE[duty.closedBy as DutyEvidence]} duty`);
        }
      });
    }
  }

  if (!Array.isArray(input.permissions)) fail('/permissions', 'must be a list of permissions');
  else {
    const seen = new Set<string>();
    input.permissions.forEach((p: unknown, i) => {
      if (!isPermission(p)) fail(`/permissions/${i}`, `must be one of ${PERMISSIONS.join(', ')}`);
      else if (seen.has(p)) fail(`/permissions/${i}`, `${p} is listed twice`);
      else seen.add(p);
    });
  }

  if (input.kpis !== undefined) {
    if (!Array.isArray(input.kpis)) fail('/kpis', 'must be a list of {name, target?, unit?}');
    else {
      input.kpis.forEach((kpi: unknown, i) => {
        const path = `/kpis/${i}`;
        if (!isRecord(kpi)) return fail(path, 'must be an object {name, target?, unit?}');
        if (!isNonEmptyString(kpi.name)) fail(`${path}/name`, 'is required');
        const { target, unit } = kpi;
        if (target !== undefined && target !== null && typeof target !== 'string' && !(typeof target === 'number' && Number.isFinite(target))) {
          fail(`${path}/target`, 'must be a number or text');
        }
        if (unit !== undefined && unit !== null && typeof unit !== 'string') fail(`${path}/unit`, 'must be text');
      });
    }
  }

  if (input.scoring !== undefined && input.scoring !== null) errors.push(...validateScoringScheme(input.scoring, '/scoring').errors);
  return validationResult(errors);
}

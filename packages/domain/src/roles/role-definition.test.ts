import { DEFAULT_SCORING } from '../scoring/scoring-scheme.js';
import { roleTitleIn, validateRoleDefinition, withDefaultScoring, type RoleDefinition } from './role-definition.js';

const salesRep: RoleDefinition = {
  code: 'sales_rep',
  title: '业务员',
  department: '业务部',
  headcount: 8,
  reportsTo: 'ka_manager',
  summary: '协助业务部经理完成业务部门日常事务工作',
  duties: [
    { text: '做好本区域每天的货款回笼工作' },
    { text: '填写工作日志', cadence: { kind: 'daily' }, scored: false },
    { text: '每周六下午回公司开会', cadence: { kind: 'weekly', weekday: 6 } },
    { text: '每月第2个工作日报送市场调查表', cadence: { kind: 'monthly', workingDay: 2 }, scored: true },
  ],
  workContent: ['与客户联络、沟通'],
  requirements: ['两年以上销售工作经验'],
  authorities: ['有权提出本区域内的促销申请活动'],
  permissions: ['visits.log', 'promotions.apply', 'returns.request'],
  kpis: [{ name: '销售目标完成率', target: 100, unit: '%' }],
  workingConditions: { 工作场所: '办公室', 工作时间: '依据工作需要' },
};

const paths = (input: unknown) => validateRoleDefinition(input).errors.map((e) => e.path);

describe('role definitions (R6, 岗位说明书)', () => {
  test('a handbook role passes; a minimal one too', () => {
    expect(validateRoleDefinition(salesRep)).toEqual({ ok: true, errors: [] });
    expect(validateRoleDefinition({ code: 'gm', title: '总经理', permissions: [] })).toEqual({ ok: true, errors: [] });
    expect(validateRoleDefinition({ ...salesRep, scoring: DEFAULT_SCORING, version: 3 }).ok).toBe(true);
  });

  test('a missing scoring takes the handbook’s defaults; a partial one is completed', () => {
    expect(withDefaultScoring(salesRep).scoring).toEqual(DEFAULT_SCORING);
    const partial = { ...salesRep, scoring: { taskPenalty: 3 } as unknown as RoleDefinition['scoring'] };
    expect(withDefaultScoring(partial).scoring).toEqual({ ...DEFAULT_SCORING, taskPenalty: 3 });
  });

  test('permissions must come from the catalogue, once each', () => {
    expect(paths({ ...salesRep, permissions: ['visits.log', 'visits.delete', 'visits.log'] })).toEqual(['/permissions/1', '/permissions/2']);
    expect(paths({ ...salesRep, permissions: undefined })).toEqual(['/permissions']);
  });

  test('scoring numbers must be sane, with disciplineMin ≤ disciplineMax', () => {
    expect(paths({ ...salesRep, scoring: { ...DEFAULT_SCORING, disciplineMin: 6 } })).toEqual(['/scoring/disciplineMin']);
    expect(paths({ ...salesRep, scoring: { ...DEFAULT_SCORING, baseScore: -1, vagueLogPenalty: 0.25 } })).toEqual([
      '/scoring/baseScore',
      '/scoring/vagueLogPenalty',
    ]);
  });

  test('a duty’s title and the evidence that closes its task are checked against its cadence', () => {
    const duty = (d: object) => paths({ ...salesRep, duties: [{ text: '工作日志：每个工作日填写', ...d }] });
    expect(duty({ title: '写工作日志', cadence: { kind: 'daily' }, closedBy: 'work_log' })).toEqual([]);
    expect(duty({ cadence: { kind: 'monthly', workingDay: 2 }, closedBy: 'market_survey' })).toEqual([]);
    expect(duty({ title: '', cadence: { kind: 'daily' } })).toEqual(['/duties/0/title']);
    expect(duty({ cadence: { kind: 'daily' }, closedBy: 'visit' })).toEqual(['/duties/0/closedBy']);
    expect(duty({ closedBy: 'work_log' })).toEqual(['/duties/0/closedBy']);
    expect(duty({ cadence: { kind: 'weekly', weekday: 6 }, closedBy: 'work_log' })).toEqual(['/duties/0/closedBy']);
    expect(duty({ cadence: { kind: 'daily' }, closedBy: 'market_survey' })).toEqual(['/duties/0/closedBy']);
  });

  test('cadences, codes, texts and numbers are checked', () => {
    expect(
      paths({
        ...salesRep,
        code: 'sales rep',
        title: '',
        headcount: -1,
        duties: [
          { text: 'x', cadence: { kind: 'weekly', weekday: 0 } },
          { text: 'y', cadence: { kind: 'monthly', workingDay: 24 } },
          { text: 'z', cadence: { kind: 'hourly' } },
          { text: '', scored: 'yes' },
        ],
        kpis: [{ name: '' }],
        requirements: [''],
      }),
    ).toEqual([
      '/code',
      '/title',
      '/headcount',
      '/requirements/0',
      '/duties/0/cadence/weekday',
      '/duties/1/cadence/workingDay',
      '/duties/2/cadence/kind',
      '/duties/3/text',
      '/duties/3/scored',
      '/kpis/0/name',
    ]);
    expect(paths({ ...salesRep, reportsTo: 'sales_rep' })).toEqual(['/reportsTo']);
    expect(paths('role')).toEqual(['']);
  });
});

describe('roleTitleIn', () => {
  test('the English title on English screens when there is one, else the title', () => {
    expect(roleTitleIn({ title: '业务员', titleEn: 'Sales rep' }, 'en')).toBe('Sales rep');
    expect(roleTitleIn({ title: '业务员', titleEn: 'Sales rep' }, 'zh-CN')).toBe('业务员');
    expect(roleTitleIn({ title: '业务员', titleEn: '  ' }, 'en')).toBe('业务员');
    expect(roleTitleIn({ title: '业务员' }, 'en-GB')).toBe('业务员');
  });

  test('titleEn must be text when given', () => {
    expect(validateRoleDefinition({ ...salesRep, titleEn: 5 }).errors.map((e) => e.path)).toEqual(['/titleEn']);
    expect(validateRoleDefinition({ ...salesRep, titleEn: null }).ok).toBe(true);
  });
});

import { DEFAULT_SCORING } from '@fieldbeat/domain';
import type { RoleInput } from '../api/types';
import { diffList, diffRoles, draftToRole, emptyDuty, roleErrors, roleToDraft } from './role-form';

/** A role as stored: the body the editor sends, with its version. */
const stored = (role: RoleInput, version: number) => ({ ...role, version });

const rep = stored(
  {
  code: 'sales_rep',
  title: '业务员',
  department: '业务部',
  headcount: 8,
  reportsTo: 'ka_manager',
  summary: '负责分工区域的市场管理',
  duties: [
    { title: '写工作日志', text: '工作日志：每个工作日填写', cadence: { kind: 'daily' }, scored: false, closedBy: 'work_log' },
    { text: '市场调查表：每月第2个工作日报送', cadence: { kind: 'monthly', workingDay: 2 }, scored: true, closedBy: 'market_survey' },
    { text: '生动化陈列' },
  ],
  workContent: ['拜访门店'],
  requirements: ['大专以上学历'],
  authorities: ['对门店有建议订货权'],
  permissions: ['visits.log', 'returns.request'],
  kpis: [{ name: '销售目标完成率', target: 100, unit: '%' }],
  workingConditions: '工作场所：办公室。',
  scoring: { ...DEFAULT_SCORING },
  },
  1,
);

describe('role definition form', () => {
  it('round-trips a role through the editor unchanged', () => {
    const body = draftToRole(roleToDraft(rep));
    const { version: _v, ...expected } = rep;
    expect(body).toEqual({ ...expected, duties: [...rep.duties!.slice(0, 2), { text: '生动化陈列', scored: false }] });
    expect(roleErrors(roleToDraft(rep))).toEqual({});
  });

  it('keeps an English title, trimmed, and leaves a blank one out', () => {
    const draft = roleToDraft({ ...rep, titleEn: 'Sales rep' });
    expect(draft.titleEn).toBe('Sales rep');
    draft.titleEn = '  Field sales rep ';
    expect(draftToRole(draft).titleEn).toBe('Field sales rep');
    draft.titleEn = ' ';
    expect('titleEn' in draftToRole(draft)).toBe(false);
    expect(diffRoles(rep, { ...rep, titleEn: 'Sales rep' })).toEqual([{ field: 'titleEn', kind: 'value', before: '', after: 'Sales rep' }]);
  });

  it('keeps a duty’s task title and the record that closes it, and drops a closing record its cadence no longer fits', () => {
    const draft = roleToDraft(rep);
    expect(draft.duties[0]).toMatchObject({ title: '写工作日志', closedBy: 'work_log' });
    draft.duties[0]!.title = '  ';
    draft.duties[1]!.cadence = 'weekly';
    const duties = draftToRole(draft).duties!;
    expect(duties[0]).toEqual({ text: '工作日志：每个工作日填写', cadence: { kind: 'daily' }, scored: false, closedBy: 'work_log' });
    expect(duties[1]).toEqual({ text: '市场调查表：每月第2个工作日报送', cadence: { kind: 'weekly', weekday: 1 }, scored: true });
    const changed = roleToDraft(rep);
    changed.duties[0]!.title = '填写工作日志';
    expect(diffRoles(rep, stored(draftToRole(changed), 2)).map((c) => c.field)).toContain('duties');
  });

  it('fills a role without a scheme with the handbook’s numbers (RULES R4 defaults)', () => {
    const draft = roleToDraft({ code: 'x', title: 'X', permissions: [] });
    expect(draft.scoring.vagueLogPenalty).toBe('0.5');
    expect(draft.scoring.baseScore).toBe('100');
  });

  it('validates as the API does, with the domain’s rule: half points, discipline range, cadence', () => {
    const draft = roleToDraft(rep);
    draft.scoring.vagueLogPenalty = '0.3';
    draft.scoring.disciplineMin = '6';
    draft.scoring.baseScore = 'abc';
    draft.duties[1]!.workingDay = '30';
    const errors = roleErrors(draft);
    expect(Object.keys(errors).sort()).toEqual(['duties.1.cadence.workingDay', 'scoring.baseScore', 'scoring.disciplineMin', 'scoring.vagueLogPenalty']);
    expect(errors['scoring.vagueLogPenalty']).toMatch(/multiple of 0\.5/);
  });

  it('drops blank rows, and points an error at the row on screen (not the index in the body)', () => {
    const draft = roleToDraft(rep);
    draft.duties.splice(0, 0, { ...emptyDuty(), text: '   ' });
    draft.duties[2]!.workingDay = '0';
    expect(draftToRole(draft).duties).toHaveLength(3);
    expect(Object.keys(roleErrors(draft))).toEqual(['duties.2.cadence.workingDay']);
    draft.workContent.push('');
    expect(draftToRole(draft).workContent).toEqual(['拜访门店']);
  });

  it('needs a code and a title, and a role cannot report to itself', () => {
    const draft = roleToDraft({ code: '', title: ' ', permissions: [] });
    expect(Object.keys(roleErrors(draft)).sort()).toEqual(['code', 'title']);
    const self = roleToDraft({ ...rep, reportsTo: 'sales_rep' });
    expect(Object.keys(roleErrors(self))).toEqual(['reportsTo']);
  });
});

describe('version diff', () => {
  it('matches list items by their longest common subsequence', () => {
    const ops = diffList(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e'], (s) => s, () => true);
    expect(ops).toEqual([{ op: 'removed', before: 'b' }, { op: 'added', after: 'e' }]);
  });

  it('pairs a removal next to an addition as one rewritten item', () => {
    expect(diffList(['a', 'b', 'c'], ['a', 'B', 'c'], (s) => s, () => true)).toEqual([{ op: 'changed', before: 'b', after: 'B' }]);
  });

  it('says what changed between two versions, section by section', () => {
    const next: RoleInput & { version: number } = {
      ...rep,
      version: 2,
      headcount: 10,
      duties: [{ ...rep.duties![0]!, scored: true }, rep.duties![1]!, rep.duties![2]!, { text: '每周六下午开会', cadence: { kind: 'weekly', weekday: 6 } }],
      permissions: ['visits.log', 'promotions.apply'],
      scoring: { ...DEFAULT_SCORING, vagueLogPenalty: 1 },
    };
    const changes = diffRoles(rep, next);
    expect(changes.map((c) => c.field)).toEqual(['headcount', 'duties', 'permissions', 'scoring']);
    expect(changes[0]).toEqual({ field: 'headcount', kind: 'value', before: '8', after: '10' });
    const duties = changes[1]!;
    expect(duties.kind === 'list' && duties.ops.map((o) => o.op)).toEqual(['changed', 'added']);
    expect(changes[2]).toEqual({ field: 'permissions', kind: 'set', added: ['promotions.apply'], removed: ['returns.request'] });
    expect(changes[3]).toEqual({ field: 'scoring', kind: 'scoring', changes: [{ key: 'vagueLogPenalty', before: 0.5, after: 1 }] });
  });

  it('finds nothing between equal versions, and compares a missing scheme as the defaults', () => {
    expect(diffRoles(rep, stored(rep, 2))).toEqual([]);
    expect(diffRoles({ ...rep, scoring: undefined }, rep)).toEqual([]);
  });
});

import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../api';
import type { Promotion } from '../api/types';
import * as promotions from '../api/promotions';
import { fakeApi } from '../test-utils/fake-api';
import { buildReportBody, canReport, effectMoney, promotionPhase, reportDraftFor, reportErrors, reportFieldLabel, type ReportDraft } from './promotion-report';

const promotion = {
  id: 'pr1',
  status: 'approved',
  applicantId: 'u1',
  startDate: '2026-12-10',
  endDate: '2026-12-14',
  materials: [
    { name: '堆头', qty: 1 },
    { name: '海报', qty: 20 },
  ],
  staffCount: 2,
} as Promotion;

const filled = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  ...reportDraftFor(promotion),
  actualCost: '1180.5',
  actualEffect: '活动期订货 +260 箱',
  ...over,
});

describe('the promotion actuals report', () => {
  it('is for the applicant of an approved promotion only (the API refuses anyone else, and any other state)', () => {
    expect(canReport(promotion, 'u1')).toBe(true);
    expect(canReport(promotion, 'u2')).toBe(false);
    expect(canReport(promotion, undefined)).toBe(false);
    for (const status of ['draft', 'submitted', 'pending_gm', 'rejected', 'withdrawn', 'completed'] as const) {
      expect(canReport({ ...promotion, status }, 'u1')).toBe(false);
    }
  });

  it('knows whether the promotion is yet to start, running or over (the dates are inclusive)', () => {
    expect(promotionPhase(promotion, '2026-12-09')).toBe('before');
    expect(promotionPhase(promotion, '2026-12-10')).toBe('running');
    expect(promotionPhase(promotion, '2026-12-14')).toBe('running');
    expect(promotionPhase(promotion, '2026-12-15')).toBe('ended');
  });

  it('starts from the plan: the applied-for materials and staff', () => {
    expect(reportDraftFor(promotion)).toMatchObject({
      actualMaterials: [
        { name: '堆头', qty: '1' },
        { name: '海报', qty: '20' },
      ],
      actualStaff: '2',
      actualCost: '',
    });
    expect(reportDraftFor({ ...promotion, materials: [] }).actualMaterials).toEqual([{ name: '', qty: '' }]);
  });

  it('builds the body of POST /promotions/{id}/report, leaving out blank material rows', () => {
    const d = filled({ actualMaterials: [{ name: ' 堆头 ', qty: '1' }, { name: '', qty: '' }], issues: ' 海报到得晚 ' });
    expect(reportErrors(d)).toEqual({});
    expect(buildReportBody(d)).toEqual({
      actualMaterials: [{ name: '堆头', qty: 1 }],
      actualStaff: 2,
      actualCost: 1180.5,
      actualEffect: '活动期订货 +260 箱',
      issues: '海报到得晚',
      improvementPlan: '',
    });
  });

  it('names each wrong field by the path the server uses', () => {
    const d = filled({
      actualMaterials: [{ name: '堆头', qty: '1.5' }, { name: '', qty: '3' }, { name: '', qty: '' }],
      actualStaff: '',
      actualCost: '12.345',
      actualEffect: '  ',
      improvementPlan: 'x'.repeat(4001),
    });
    expect(reportErrors(d)).toEqual({
      'actualMaterials.0.qty': 'nonNegativeInt',
      'actualMaterials.1.name': 'required',
      actualStaff: 'required',
      actualCost: 'money',
      actualEffect: 'required',
      improvementPlan: 'tooLong',
    });
    expect(reportErrors(filled({ actualCost: '' })).actualCost).toBe('required');
    expect(reportErrors(filled({ actualStaff: '-1' })).actualStaff).toBe('nonNegativeInt');
    expect(reportErrors(filled({ actualStaff: '100001' })).actualStaff).toBe('nonNegativeInt');
  });

  it('labels a path with the field’s name, counting material rows from 1', () => {
    expect(reportFieldLabel('actualMaterials.1.qty')).toEqual({ key: 'promotions.report.materialQty', params: { n: 2 } });
    expect(reportFieldLabel('actualCost')).toEqual({ key: 'promotions.actualCost', params: {} });
    expect(reportFieldLabel('issues')).toEqual({ key: 'promotions.issuesFound', params: {} });
    expect(reportFieldLabel('somethingElse')).toBeNull();
  });

  describe('sent through the promotions store', () => {
    beforeEach(() => setActivePinia(createPinia()));

    it('posts the report and answers the completed promotion', async () => {
      const net = fakeApi({ 'POST /promotions/pr1/report': () => ({ body: { ...promotion, status: 'completed', actualCost: 1180.5 } }) });
      const updated = await promotions.report('pr1', buildReportBody(filled()));
      expect(updated.status).toBe('completed');
      expect(net.calls[0]).toMatchObject({ method: 'POST', path: '/promotions/pr1/report', body: { actualCost: 1180.5, actualStaff: 2 } });
    });

    it('brings the server’s field errors back under the form’s paths', async () => {
      fakeApi({
        'POST /promotions/pr1/report': () => ({
          status: 400,
          body: { title: 'Bad Request', status: 400, detail: 'invalid', errors: [{ path: '/actualMaterials/0/qty', message: 'must be >= 0' }] },
        }),
      });
      const failure = await promotions
        .report('pr1', buildReportBody(filled()))
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ApiError);
      expect((failure as ApiError).fieldErrors).toEqual({ 'actualMaterials.0.qty': 'must be >= 0' });
      expect(reportFieldLabel(Object.keys((failure as ApiError).fieldErrors)[0]!)?.params).toEqual({ n: 1 });
    });
  });
});

describe('the effect’s money: the estimate is never the actual cost', () => {
  it('keeps the estimate apart and says the actuals are not reported before the report', () => {
    expect(effectMoney({ cost: 800, costBasis: 'estimated', estimatedCost: 800, actualCost: null })).toEqual({ estimated: 800, actual: null, reported: false });
    // An answer without the separate fields still does not turn the estimate into an actual.
    expect(effectMoney({ cost: 800, costBasis: 'estimated' })).toEqual({ estimated: 800, actual: null, reported: false });
  });

  it('shows the reported actual cost beside the estimate', () => {
    expect(effectMoney({ cost: 950.5, costBasis: 'actual', estimatedCost: 800, actualCost: 950.5 })).toEqual({ estimated: 800, actual: 950.5, reported: true });
    expect(effectMoney({ cost: 0, costBasis: 'actual', estimatedCost: 800, actualCost: 0 })).toEqual({ estimated: 800, actual: 0, reported: true });
  });
});

import type { Product } from '../api/types';
import { checkAgainstServer, compareLine, fieldProblems, isStale, lineFingerprint, type ServerLine, type VisitPreview } from './server-check';
import { buildVisitBody, emptyLine, evaluateLine, newVisitDraft, type LineDraft } from './visit-form';
import { historyFixture, productFixture, ruleContext } from '../test-utils/visit-fixtures';

const product = (id: string, over: Partial<Product> = {}) => productFixture({ id, ...over });
const hist = historyFixture;
const ctx = ruleContext;
const line = (p: Product, over: Partial<LineDraft> = {}): LineDraft => ({ ...emptyLine(p), facings: '4', ...over });

/** What the server answers for a line, by the same rule (the tests pick its inputs). */
function serverLine(productId: string, prev: [number, number] | null, stock: number, over: Partial<ServerLine> = {}): ServerLine {
  const suggested = prev ? Math.max(0, Math.ceil((prev[0] + prev[1] - stock) * 1.5 - stock)) : null;
  return {
    productId,
    suggestedOrderQty: suggested,
    suggestion: {
      suggested,
      reason: prev ? 'computed' : 'no_history',
      flags: [],
      inputs: { prevStock: prev?.[0] ?? null, prevOrder: prev?.[1] ?? null, currentStock: stock, factor: 1.5, packSize: 1 },
      previousCheckInAt: prev ? '2026-11-12T09:00:00+08:00' : null,
      explanation: 'server explanation',
    },
    issues: [],
    ...over,
  };
}

describe('the server check of the visit form', () => {
  const p = product('p1');

  it('finds nothing to say when the server computed what the phone did', () => {
    const local = evaluateLine(p, line(p, { stockQty: '10' }), hist(20, 30), ctx);
    const check = compareLine(local, serverLine('p1', [20, 30], 10));
    expect(local.suggestion?.suggested).toBe(50);
    expect(check).toMatchObject({ differences: [], history: null, serverOnlyIssues: [], localOnlyIssues: [] });
  });

  it('shows a previous count the server has and the phone did not (no suggestion on the phone, one on the server)', () => {
    const local = evaluateLine(p, line(p, { stockQty: '3' }), undefined, ctx);
    const check = compareLine(local, serverLine('p1', [5, 12], 3));
    expect(check.history).toBe('server_found');
    expect(check.differences).toEqual(['history', 'suggestion']);
    expect(check.server.suggestedOrderQty).toBe(18);
  });

  it('shows a newer previous count on the server (the phone’s copy of the store’s visits is old)', () => {
    const local = evaluateLine(p, line(p, { stockQty: '10' }), hist(20, 30), ctx);
    const check = compareLine(local, serverLine('p1', [12, 0], 10));
    expect(check.history).toBe('different');
    expect(check.differences).toEqual(['history', 'suggestion']);
  });

  it('tells a different count with the same suggestion from a different suggestion', () => {
    // (20 + 30 − 10) × 1.5 − 10 = 50 and (30 + 20 − 10) × 1.5 − 10 = 50
    const local = evaluateLine(p, line(p, { stockQty: '10' }), hist(20, 30), ctx);
    expect(compareLine(local, serverLine('p1', [30, 20], 10)).differences).toEqual(['history']);
  });

  it('notices when the server knows no previous count the phone used', () => {
    const local = evaluateLine(p, line(p, { stockQty: '10' }), hist(20, 30), ctx);
    expect(compareLine(local, serverLine('p1', null, 10))).toMatchObject({ history: 'server_none', differences: ['history', 'suggestion'] });
  });

  it('notices another reorder factor (the phone’s settings are older than the server’s)', () => {
    const local = evaluateLine(p, line(p, { stockQty: '10' }), hist(20, 30), ctx);
    const server = serverLine('p1', [20, 30], 10);
    server.suggestion.inputs.factor = 2;
    server.suggestedOrderQty = 70;
    expect(compareLine(local, server).differences).toEqual(['inputs', 'suggestion']);
  });

  it('lists the display issues only one side found', () => {
    // The phone sees a shelf price off the retail price it knows; the server also finds the price tag wrong.
    const local = evaluateLine(p, line(p, { stockQty: '10', shelfPrice: '8' }), hist(20, 30), ctx);
    expect(local.issues).toEqual(['price_mismatch']);
    const check = compareLine(local, serverLine('p1', [20, 30], 10, { issues: ['price_tag_missing'] }));
    expect(check.differences).toEqual(['issues']);
    expect(check.serverOnlyIssues).toEqual(['price_tag_missing']);
    expect(check.localOnlyIssues).toEqual(['price_mismatch']);
  });

  describe('a whole visit', () => {
    const p2 = product('p2');
    const draft = newVisitDraft('v1', 's1');
    draft.checkInAt = '2026-11-26T09:00:00+08:00';
    draft.lines = { p1: line(p, { stockQty: '10' }), p2: line(p2, { stockQty: '3' }) };
    const history = new Map([['p1', hist(20, 30)]]);
    const body = buildVisitBody(draft, '2026-11-26T09:30:00+08:00');
    const preview: VisitPreview = { lines: [serverLine('p1', [20, 30], 10), serverLine('p2', [5, 12], 3)], issues: ['outside_geofence'], distanceMeters: 812 };
    const localOf = (id: string) => evaluateLine(id === 'p1' ? p : p2, draft.lines[id]!, history.get(id), ctx);

    it('lists the differing products in the order they were sent, and the geofence verdict', () => {
      const check = checkAgainstServer(body, preview, localOf, [], 1000);
      expect(check.differing).toEqual(['p2']);
      expect(check.lines.get('p1')?.differences).toEqual([]);
      expect(check.lines.get('p2')?.history).toBe('server_found');
      expect(check).toMatchObject({ at: 1000, visitIssues: ['outside_geofence'], distanceMeters: 812, visitIssuesDiffer: true });
      expect(checkAgainstServer(body, preview, localOf, ['outside_geofence'], 1000).visitIssuesDiffer).toBe(false);
    });

    it('marks a row edited after the check as stale, and an untouched one as current', () => {
      const check = checkAgainstServer(body, preview, localOf, [], 1000);
      expect(isStale(check, 'p1', draft.lines.p1)).toBe(false);
      expect(isStale(check, 'p1', { ...draft.lines.p1!, stockQty: '11' })).toBe(true);
      expect(isStale(check, 'p1', { ...draft.lines.p1!, stockQty: '' })).toBe(true);
      // Typing what was sent again makes the answer current again; a row never sent has no answer to be stale.
      expect(isStale(check, 'p1', { ...draft.lines.p1!, stockQty: ' 10 ' })).toBe(false);
      expect(isStale(check, 'p3', line(product('p3'), { stockQty: '4' }))).toBe(false);
    });
  });

  it('fingerprints a row the same whether typed or built', () => {
    const typed = line(p, { stockQty: '10', orderQty: '50' });
    expect(lineFingerprint(typed)).toBe(lineFingerprint(buildVisitBody({ ...newVisitDraft('v', 's'), lines: { p1: typed } }, 'x').lines[0]));
    expect(lineFingerprint(line(p))).toBe('');
  });

  it('names the product of a line the server refused, not its position', () => {
    const body = { storeId: 's1', checkInAt: 'x', lines: [{ productId: 'p9', stockQty: 1, shelfPrice: 1, priceTagOk: true, facings: 1 }] };
    expect(fieldProblems(body, { 'lines.0.facings': 'must be >= 0', checkInAt: 'must be a date', 'lines.4': 'bad' })).toEqual([
      { productId: 'p9', field: 'facings', message: 'must be >= 0' },
      { productId: null, field: 'checkInAt', message: 'must be a date' },
      { productId: null, field: '', message: 'bad' },
    ]);
  });
});

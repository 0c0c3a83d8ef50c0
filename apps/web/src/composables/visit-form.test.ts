import { reactive, ref } from 'vue';
import type { Product, Visit } from '../api/types';
import { useVisitForm } from './use-visit-form';
import { buildVisitBody, emptyLine, evaluateLine, newVisitDraft, parseMoney, parseQty, summarize, type VisitDraft } from './visit-form';
import { historyFromVisits } from './visit-history';
import { historyFixture, productFixture, ruleContext } from '../test-utils/visit-fixtures';

const product = productFixture;
const hist = historyFixture;
const ctx = ruleContext;
const typed = (p: Product, over: Partial<ReturnType<typeof emptyLine>> = {}) => ({ ...emptyLine(p), facings: '4', ...over });

describe('the visit form as the rep types', () => {
  it.each([
    // RULES R1 worked examples: prevStock, prevOrder, currentStock, packSize → suggested
    [20, 30, 10, 1, 50],
    [5, 12, 3, 1, 18],
    [10, 0, 10, 1, 0],
    [3, 4, 2, 1, 6],
    [3, 4, 2, 12, 12],
    [4, 0, 9, 1, 0],
  ])('suggests the 1.5x order: prev %i + order %i, now %i, pack %i → %i', (prevStock, prevOrder, now, packSize, expected) => {
    const p = product({ packSize });
    const r = evaluateLine(p, typed(p, { stockQty: String(now) }), hist(prevStock, prevOrder), ctx);
    expect(r.suggestion?.suggested).toBe(expected);
    expect(r.suggestion?.inputs).toMatchObject({ prevStock, prevOrder, currentStock: now, factor: 1.5, packSize });
  });

  it('flags stock that rose without an order, and explains it', () => {
    const p = product();
    const r = evaluateLine(p, typed(p, { stockQty: '9' }), hist(4, 0), ctx);
    expect(r.suggestion?.flags).toEqual(['stock_rose_without_order']);
    expect(r.suggestion?.explanation.key).toBe('suggestion.stock_rose');
  });

  it('gives no suggestion without history, and none before the stock is typed', () => {
    const p = product();
    expect(evaluateLine(p, typed(p, { stockQty: '5' }), undefined, ctx).suggestion).toMatchObject({ suggested: null, reason: 'no_history' });
    expect(evaluateLine(p, typed(p), hist(20, 30), ctx).suggestion).toBeNull();
  });

  it('uses the organisation factor', () => {
    const p = product();
    const r = evaluateLine(p, typed(p, { stockQty: '10' }), hist(20, 30), { ...ctx, settings: { reorderFactor: 2, minFacings: 3 } });
    expect(r.suggestion?.suggested).toBe(70); // 40 × 2 − 10
  });

  it('shows the shelf issues of the line (R3)', () => {
    const key = product({ isKey: true });
    const r = evaluateLine(key, typed(key, { stockQty: '5', facings: '2', priceTagOk: false, shelfPrice: '7.90' }), undefined, ctx);
    expect(r.issues).toEqual(['facings_below_minimum', 'price_tag_missing', 'price_mismatch']);

    const promo = evaluateLine(key, typed(key, { stockQty: '5', onPromo: true, promoEnd: '2026-11-25', shelfPrice: '5.00' }), undefined, ctx);
    expect(promo.issues).toEqual(['promo_tag_expired']); // on promotion: a lower price is no mismatch

    const fine = evaluateLine(key, typed(key, { stockQty: '5', shelfPrice: '7.5' }), undefined, ctx);
    expect(fine.issues).toEqual([]);
  });

  it('compares prices exactly (7.5 typed as "7.50" is no mismatch)', () => {
    const p = product({ retailPrice: 0.3 });
    expect(evaluateLine(p, typed(p, { stockQty: '1', shelfPrice: '0.30' }), undefined, ctx).issues).toEqual([]);
  });

  it('reports what is missing or malformed in a counted row, and nothing in an untouched one', () => {
    const p = product();
    const untouched = evaluateLine(p, emptyLine(p), undefined, ctx);
    expect(untouched).toMatchObject({ filled: false, errors: {} });

    const r = evaluateLine(p, { ...emptyLine(p), stockQty: '5', facings: '', shelfPrice: '7.555', orderQty: '-1' }, undefined, ctx);
    expect(r.errors).toEqual({ facings: 'required', shelfPrice: 'money', orderQty: 'nonNegativeInt' });
    expect(evaluateLine(p, { ...typed(p), stockQty: '2.5' }, undefined, ctx).errors).toEqual({ stockQty: 'nonNegativeInt' });
  });

  it('parses what phones type', () => {
    expect([parseQty(''), parseQty(' 12 '), parseQty('1e3')]).toEqual([null, 12, Number.NaN]);
    expect([parseMoney('7,5'), parseMoney('7.50'), parseMoney('7.505')]).toEqual([7.5, 7.5, Number.NaN]);
  });
});

describe('history from previous visits', () => {
  it("takes each product's newest counted line (the visit that counted that product)", () => {
    const visits = [
      { id: 'old', storeId: 's', checkInAt: '2026-11-18T09:00:00+08:00', lines: [
        { productId: 'p1', stockQty: 1, orderQty: 1, shelfPrice: 1, priceTagOk: true, facings: 1 },
        { productId: 'p2', stockQty: 7, shelfPrice: 1, priceTagOk: true, facings: 2 },
      ] },
      { id: 'new', storeId: 's', checkInAt: '2026-11-24T09:00:00+08:00', lines: [
        { productId: 'p1', stockQty: 20, orderQty: 30, shelfPrice: 1, priceTagOk: true, facings: 5 },
      ] },
    ] as Visit[];
    const h = historyFromVisits(visits);
    expect(h.get('p1')).toMatchObject({ prevStock: 20, prevOrder: 30, facings: 5 });
    expect(h.get('p2')).toMatchObject({ prevStock: 7, prevOrder: 0 });
  });
});

describe('submitting', () => {
  it('sends only the counted products, with the client id and typed values', () => {
    const p1 = product();
    const p2 = product({ id: 'p2' });
    const draft = newVisitDraft('3b0c3c38-7a7b-4d5c-9a55-111111111111', 'store-1');
    draft.checkInAt = '2026-11-26T01:00:00.000Z';
    draft.location = { lat: 31.2, lng: 121.5, accuracy: 12 };
    draft.lines.p1 = { ...typed(p1), stockQty: '10', orderQty: '50', onPromo: true, promoType: ' 买赠 ', promoStart: '2026-11-20', promoEnd: '2026-11-30' };
    draft.lines.p2 = emptyLine(p2);
    draft.storeOpinion = '  wants more facings ';
    const body = buildVisitBody(draft, '2026-11-26T01:30:00.000Z');
    expect(body).toEqual({
      id: '3b0c3c38-7a7b-4d5c-9a55-111111111111',
      storeId: 'store-1',
      checkInAt: '2026-11-26T01:00:00.000Z',
      checkOutAt: '2026-11-26T01:30:00.000Z',
      location: { lat: 31.2, lng: 121.5, accuracy: 12 },
      lines: [
        { productId: 'p1', stockQty: 10, shelfPrice: 7.5, priceTagOk: true, facings: 4, orderQty: 50, onPromo: true, promoType: '买赠', promoStart: '2026-11-20', promoEnd: '2026-11-30' },
      ],
      storeOpinion: 'wants more facings',
    });
  });

  it('sums the order and counts the issues for the summary bar', () => {
    const p = product({ isKey: true });
    const lines = [typed(p, { stockQty: '1', orderQty: '6', facings: '1' }), typed(p, { orderQty: '4' })];
    const results = lines.map((l) => evaluateLine(p, l, undefined, ctx));
    expect(summarize(results, lines)).toEqual({ filled: 1, issues: 1, totalOrder: 10, suggestedTotal: 0, invalidRows: 0, suggestedRows: 0 });
  });
});

describe('useVisitForm (80 SKUs)', () => {
  it('re-evaluates only the row being typed in', () => {
    const products = Array.from({ length: 80 }, (_, i) => product({ id: `p${i}`, sku: `SKU-${i}` }));
    const draft = ref<VisitDraft | null>(reactive(newVisitDraft('v', 's')) as VisitDraft);
    for (const p of products) draft.value!.lines[p.id] = typed(p);
    const history = ref(new Map(products.map((p) => [p.id, hist(20, 30)])));
    const form = useVisitForm(draft, ref(products), history, ref(ctx.settings), ref(ctx.visitDate));

    const before = products.map((p) => form.resultOf(p.id).value);
    draft.value!.lines.p7!.stockQty = '10';
    const after = products.map((p) => form.resultOf(p.id).value);

    expect(after[7]!.suggestion?.suggested).toBe(50);
    expect(after.filter((r, i) => r !== before[i])).toHaveLength(1); // the other 79 rows kept their result
    expect(form.summary.value.filled).toBe(1);
  });
});

describe('suggested is not ordered (the grey placeholder)', () => {
  function form() {
    const products = ['a', 'b', 'c', 'd'].map((id) => product({ id, sku: `SKU-${id}` }));
    const draft = ref<VisitDraft | null>(reactive(newVisitDraft('v', 's')) as VisitDraft);
    for (const p of products) draft.value!.lines[p.id] = typed(p);
    const history = ref(new Map(products.map((p) => [p.id, hist(20, 30)])));
    return { draft, form: useVisitForm(draft, ref(products), history, ref(ctx.settings), ref(ctx.visitDate)) };
  }

  it('shows the suggested total beside an ordered total of 0 and counts the suggestions not adopted', () => {
    const { draft, form: f } = form();
    draft.value!.lines.a!.stockQty = '10'; // suggests 50, order left empty
    draft.value!.lines.b!.stockQty = '5'; // suggests 63, order left empty
    expect(f.summary.value).toMatchObject({ totalOrder: 0, suggestedTotal: 113, suggestedRows: 2 });
    expect(f.pending.value).toEqual([
      { productId: 'a', suggested: 50 },
      { productId: 'b', suggested: 63 },
    ]);
  });

  it('takes a typed quantity (also 0 or another number) as the rep’s decision, not as a pending suggestion', () => {
    const { draft, form: f } = form();
    draft.value!.lines.a!.stockQty = '10';
    draft.value!.lines.a!.orderQty = '0';
    draft.value!.lines.b!.stockQty = '5';
    draft.value!.lines.b!.orderQty = '12';
    draft.value!.lines.c!.stockQty = '60'; // above 1.5× of 50: suggests 0, nothing to adopt
    expect(f.pending.value).toEqual([]);
    expect(f.summary.value).toMatchObject({ totalOrder: 12, suggestedTotal: 113 });
  });

  it('adopts all pending suggestions as the order and leaves typed orders alone', () => {
    const { draft, form: f } = form();
    draft.value!.lines.a!.stockQty = '10';
    draft.value!.lines.b!.stockQty = '5';
    draft.value!.lines.c!.stockQty = '10';
    draft.value!.lines.c!.orderQty = '7';
    expect(f.adoptAll()).toBe(2);
    expect([draft.value!.lines.a!.orderQty, draft.value!.lines.b!.orderQty, draft.value!.lines.c!.orderQty]).toEqual(['50', '63', '7']);
    expect(f.pending.value).toEqual([]);
    expect(f.summary.value).toMatchObject({ totalOrder: 120, suggestedTotal: 163 });
    expect(buildVisitBody(draft.value!, '2026-11-26T01:30:00.000Z').lines.map((l) => l.orderQty)).toEqual([50, 63, 7]);
  });
});

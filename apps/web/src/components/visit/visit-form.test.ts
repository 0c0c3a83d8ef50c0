import { defineComponent, h, reactive, ref } from 'vue';
import { useVisitForm } from '../../composables/use-visit-form';
import { emptyLine, newVisitDraft, summarize, type VisitDraft } from '../../composables/visit-form';
import { historyFixture, productFixture, ruleContext } from '../../test-utils/visit-fixtures';
import { mountInApp } from '../../test-utils/mount';
import VisitProductGrid from './VisitProductGrid.vue';
import VisitSubmitBar from './VisitSubmitBar.vue';

// The visit form's parts as the rep uses them, mounted with the app's i18n (zh-CN) and Pinia.
const products = [productFixture({ id: 'p1', name: '薯片 70g' }), productFixture({ id: 'p2', name: '可乐 330ml' })];

/** The grid as the page holds it: the draft is the parent's, the row's edits come up as events. */
function gridHarness() {
  const draft = ref<VisitDraft | null>(reactive(newVisitDraft('v1', 's1')) as VisitDraft);
  for (const p of products) draft.value!.lines[p.id] = emptyLine(p);
  const history = ref(new Map([['p1', historyFixture(20, 30)]]));
  const Harness = defineComponent(() => {
    const form = useVisitForm(draft, ref(products), history, ref(ruleContext.settings), ref(ruleContext.visitDate));
    const filter = ref<'all' | 'filled' | 'issues' | 'suggested' | 'differs'>('all');
    return () =>
      h(VisitProductGrid, {
        products,
        lines: draft.value!.lines,
        resultOf: (id: string) => form.resultOf(id).value,
        history: history.value,
        minFacings: 3,
        disabled: false,
        submitting: false,
        filled: form.summary.value.filled,
        pending: form.pending.value.length,
        serverCheck: null,
        filter: filter.value,
        'onUpdate:filter': (f: typeof filter.value) => (filter.value = f),
        'onUpdate:line': (id: string, line: VisitDraft['lines'][string]) => (draft.value!.lines[id] = line),
        onAdoptAll: () => form.adoptAll(),
      });
  });
  return { wrapper: mountInApp(Harness), draft };
}

describe('VisitProductGrid', () => {
  it('shows the R1 suggestion as soon as the stock is typed, and adopts it on request', async () => {
    const { wrapper, draft } = gridHarness();
    const row = () => wrapper.find('[data-product-id="p1"]');
    expect(row().text()).not.toContain('建议订');
    await row().find('input[data-col=stock]').setValue('10');
    // RULES R1: (20 + 30 − 10) × 1.5 − 10 = 50
    expect(row().find('.suggest-chip').text()).toContain('建议订 50');
    expect(row().find('input[data-col=order]').attributes('placeholder')).toBe('50');
    expect(draft.value!.lines.p1!.stockQty).toBe('10');
    await wrapper.find('[data-testid=adopt-all]').trigger('click');
    expect(draft.value!.lines.p1!.orderQty).toBe('50');
    expect(wrapper.find('[data-testid=adopt-all]').exists()).toBe(false);
  });

  it('filters to the filled rows', async () => {
    const { wrapper } = gridHarness();
    await wrapper.find('[data-product-id="p2"] input[data-col=stock]').setValue('4');
    await wrapper.findAll('[role=radio]').find((b) => b.text() === '已填写')!.trigger('click');
    expect(wrapper.findAll('[data-testid=sku-row]').map((r) => r.attributes('data-product-id'))).toEqual(['p2']);
  });
});

describe('VisitSubmitBar', () => {
  const summary = summarize(
    [
      { filled: true, suggestion: null, issues: ['facings_below_minimum'], errors: {} },
      { filled: true, suggestion: null, issues: [], errors: {} },
    ],
    [{ ...emptyLine(products[0]!), orderQty: '12' }, { ...emptyLine(products[1]!), orderQty: '6' }],
  );

  it('totals the order, the suggestions not adopted and the issues, and submits', async () => {
    const wrapper = mountInApp(VisitSubmitBar, { props: { summary, productCount: 5, pending: 2, problems: [], error: null, submitting: false } });
    expect(wrapper.find('[data-testid=total-order]').text()).toBe('订货合计 18');
    expect(wrapper.find('[data-testid=pending-suggestions]').text()).toBe('2 个建议未采用');
    expect(wrapper.text()).toContain('已填 2 / 5');
    expect(wrapper.text()).toContain('1 个陈列问题');
    await wrapper.find('[data-testid=submit-visit]').trigger('click');
    expect(wrapper.emitted('submit')).toHaveLength(1);
  });

  it('lists why it cannot submit, and holds the button while submitting', () => {
    const wrapper = mountInApp(VisitSubmitBar, { props: { summary, productCount: 5, pending: 0, problems: ['请先签到'], error: null, submitting: true } });
    expect(wrapper.find('[role=alert]').text()).toBe('请先签到');
    expect(wrapper.find('[data-testid=pending-suggestions]').exists()).toBe(false);
    expect(wrapper.find('[data-testid=submit-visit]').attributes('disabled')).toBeDefined();
  });
});

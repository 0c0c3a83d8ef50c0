import { computed, type ComputedRef, type Ref } from 'vue';
import type { Product, Settings } from '../api/types';
import { adoptSuggestions, evaluateLine, pendingSuggestions, summarize, type LineResult, type VisitDraft } from './visit-form';
import type { StoreHistory } from './visit-history';

/**
 * Live computations of the visit form. Each SKU row gets its own computed, so typing in one
 * row re-evaluates (and re-renders) that row only — the form stays quick with 80+ SKUs.
 */
export function useVisitForm(
  draft: Ref<VisitDraft | null>,
  products: Ref<readonly Product[]>,
  history: Ref<StoreHistory>,
  settings: Ref<Pick<Settings, 'reorderFactor' | 'minFacings'>>,
  visitDate: Ref<string>,
) {
  const cache = new Map<string, ComputedRef<LineResult>>();

  function resultOf(productId: string): ComputedRef<LineResult> {
    let c = cache.get(productId);
    if (!c) {
      c = computed(() => {
        const product = products.value.find((p) => p.id === productId);
        const line = draft.value?.lines[productId];
        if (!product || !line) return { filled: false, suggestion: null, issues: [], errors: {} };
        return evaluateLine(product, line, history.value.get(productId), {
          settings: settings.value,
          visitDate: visitDate.value,
        });
      });
      cache.set(productId, c);
    }
    return c;
  }

  const results = computed(() => products.value.map((p) => resultOf(p.id).value));
  const summary = computed(() => summarize(results.value, Object.values(draft.value?.lines ?? {})));
  /** Suggestions shown in grey with nothing typed: not ordered (the submit asks about them). */
  const pending = computed(() => (draft.value ? pendingSuggestions(draft.value.lines, (id) => resultOf(id).value) : []));

  /** 采用全部建议: the pending suggestions become the order; returns how many rows changed. */
  function adoptAll(): number {
    return draft.value ? adoptSuggestions(draft.value.lines, pending.value) : 0;
  }

  return { resultOf, results, summary, pending, adoptAll };
}

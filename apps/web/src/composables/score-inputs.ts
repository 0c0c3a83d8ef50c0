import { formatMoney } from './format';

/** The inputs that are money (the API's major units): shown with ¥ and thousands separators. */
const MONEY_INPUTS = new Set(['plan', 'carryIn', 'effectivePlan', 'collected', 'refunded', 'actual']);

/**
 * A scorecard line's inputs (the facts the rule used) as label/value pairs a person can read:
 * money as money, scalars as they are, lists of dates joined, lists of records one per line.
 */
export function scoreInputs(inputs: Record<string, unknown> | null | undefined): { key: string; value: string }[] {
  const show = (v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (Array.isArray(v)) {
      if (v.length === 0) return '—';
      return v.map((x) => (typeof x === 'object' && x !== null ? record(x as Record<string, unknown>) : String(x))).join(typeof v[0] === 'object' ? '\n' : '、');
    }
    if (typeof v === 'object') return record(v as Record<string, unknown>);
    return String(v);
  };
  const record = (o: Record<string, unknown>) =>
    Object.entries(o)
      .filter(([, x]) => x !== null && x !== undefined)
      .map(([k, x]) => `${k}: ${String(x)}`)
      .join(', ');
  return Object.entries(inputs ?? {}).map(([key, value]) => ({
    key,
    value: MONEY_INPUTS.has(key) && typeof value === 'number' ? formatMoney(value) : show(value),
  }));
}

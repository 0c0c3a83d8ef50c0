/**
 * The one reader of weighted header lists (`Accept`, `Accept-Language`; RFC 9110 §12.4.2):
 * the ranges in order of preference — highest `q` first, then as written. A range with q=0 or
 * with a `q` that is not a qvalue (`q=abc`, `q=2`, `q=0.5x`) is not an acceptable choice and is
 * left out, so every caller of the API gets the same answer from one header.
 */
export interface WeightedRange {
  /** lower-cased, without parameters: `en-gb`, `text/csv`, `*` */
  value: string;
  weight: number;
}

const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

export function weightedRanges(header: string | string[] | undefined): WeightedRange[] {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (typeof text !== 'string' || text === '') return [];
  return text
    .split(',')
    .map((part, order) => {
      const [value = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
      const raw = q?.slice(2).trim();
      const weight = raw === undefined ? 1 : QVALUE.test(raw) ? Number(raw) : 0;
      return { value: value.trim().toLowerCase(), weight, order };
    })
    .filter((r) => r.value !== '' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ value, weight }) => ({ value, weight }));
}

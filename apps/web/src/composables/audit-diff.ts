/**
 * What an audited change changed: the leaf fields whose values differ between `before` and
 * `after` (dotted paths into nested objects; arrays compared whole). A creation lists every
 * field of `after`, a deletion every field of `before`.
 */
export function auditChanges(before: unknown, after: unknown): { path: string; before: unknown; after: unknown }[] {
  const out: { path: string; before: unknown; after: unknown }[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const walk = (b: unknown, a: unknown, path: string, depth: number) => {
    if (isObj(b) && isObj(a) && depth < 4) {
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
      for (const k of keys) walk(b[k], a[k], path ? `${path}.${k}` : k, depth + 1);
      return;
    }
    if (isObj(a) && (b === null || b === undefined) && depth < 1) {
      for (const k of Object.keys(a)) out.push({ path: path ? `${path}.${k}` : k, before: undefined, after: a[k] });
      return;
    }
    if (isObj(b) && (a === null || a === undefined) && depth < 1) {
      for (const k of Object.keys(b)) out.push({ path: path ? `${path}.${k}` : k, before: b[k], after: undefined });
      return;
    }
    if (JSON.stringify(b) !== JSON.stringify(a)) out.push({ path: path || '(value)', before: b, after: a });
  };
  walk(before, after, '', 0);
  return out.filter((c) => !['updatedAt', 'version'].includes(c.path));
}

import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError, type ErrorView } from '../api';
import { localizeFieldErrors } from './field-messages';

/**
 * Form-level error state: the readable message on top and the server's field errors next to
 * the matching inputs (`fieldError('lines.3.stockQty')`). Client-side checks use the same map.
 */
export function useFormErrors() {
  const { t } = useI18n();
  const error = ref<ErrorView | null>(null);
  const fields = ref<Record<string, string>>({});

  function fromError(err: unknown): ErrorView {
    const view = describeError(err, t);
    view.fieldErrors = localizeFieldErrors(view.fieldErrors, t);
    error.value = view;
    fields.value = { ...view.fieldErrors };
    return view;
  }

  function setFields(map: Record<string, string>): boolean {
    fields.value = map;
    error.value = null;
    return Object.keys(map).length === 0;
  }

  function clear(): void {
    error.value = null;
    fields.value = {};
  }

  function fieldError(path: string): string | null {
    return fields.value[path] ?? null;
  }

  return { error, fields, fromError, setFields, clear, fieldError };
}

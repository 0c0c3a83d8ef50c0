import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError, type ErrorView } from '../api';
import { useUiStore, type ConfirmRequest } from '../stores/ui';
import { newId } from './format';
import { useFormErrors } from './use-form-errors';
import { queryKeys } from '../api/query-keys';
import { useApiQuery, useInvalidate } from './use-api-query';

/*
 * What the four scoring-record panels (回款, 市场开发, 客户投诉, 违规违纪) share: the month's
 * records of the person picked, a form that records one more, and row actions behind a
 * confirmation. Each panel keeps its fields, checks, columns and actions.
 */

/** The page's filters every panel receives. */
export interface RecordPanelProps {
  month: string;
  /** '' for everyone the caller may see. */
  userId: string;
  today: string;
}

/**
 * The records of the month (and person), read again when either changes (`kind` names them in
 * the query key). After a record or a row action every scoring input and the scorecards read again.
 */
export function useRecordList<T>(props: RecordPanelProps, kind: string, fetch: () => Promise<T>) {
  const invalidate = useInvalidate();
  const list = useApiQuery({ key: () => queryKeys.records.list(kind, props.month, props.userId), fetch });
  return { ...list, refreshAfterWrite: () => invalidate(queryKeys.records.all, queryKeys.scorecards.all) };
}

export interface RecordFormOptions<D extends object> {
  draft: D;
  /** The client-side checks: field path → message; none sends. */
  check: (draft: D) => Record<string, string>;
  /** A question to answer before sending, for a record that costs someone points. */
  confirm?: (draft: D) => ConfirmRequest;
  /** Sends the record once under `key`: a retry after a lost answer replays instead of recording twice. */
  send: (draft: D, key: string) => Promise<unknown>;
  /** The toast's message key once recorded. */
  added: string;
  /** The fields emptied for the next record (the person and the date stay). */
  clear: Partial<D>;
  /** Shows the new record. */
  reload: () => Promise<void>;
}

/** A form that records one more: checked, confirmed when asked, sent once, then cleared for the next. */
export function useRecordForm<D extends object>(options: RecordFormOptions<D>) {
  const { t } = useI18n();
  const ui = useUiStore();
  const form = useFormErrors();
  // A draft is flat (strings), so the reactive copy has its own type.
  const draft = reactive(options.draft) as D;
  const sending = ref(false);
  let key = newId();

  async function add(): Promise<void> {
    if (!form.setFields(options.check(draft))) return;
    if (options.confirm && !(await ui.confirm(options.confirm(draft))).ok) return;
    sending.value = true;
    try {
      await options.send(draft, key);
      ui.toast(t(options.added));
      Object.assign(draft, options.clear);
      key = newId();
      await options.reload();
    } catch (err) {
      form.fromError(err);
    } finally {
      sending.value = false;
    }
  }

  return { form, draft, sending, add };
}

/** An action on one row (validate, complete) behind a confirmation; its error shows above the list. */
export function useRowAction(reload: () => Promise<void>) {
  const { t } = useI18n();
  const ui = useUiStore();
  const error = ref<ErrorView | null>(null);

  async function run(question: ConfirmRequest, act: () => Promise<unknown>, done: string): Promise<void> {
    if (!(await ui.confirm(question)).ok) return;
    error.value = null;
    try {
      await act();
      ui.toast(t(done));
      await reload();
    } catch (err) {
      error.value = describeError(err, t);
    }
  }

  return { error, run };
}

import type { GeofenceResult } from '@fieldbeat/domain';
import { computed, ref, shallowRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError, type ErrorView } from '../api';
import { useOutboxStore } from '../stores/outbox';
import * as visits from '../api/visits';
import { localizeFieldErrors } from './field-messages';
import { checkAgainstServer, fieldProblems, isStale, type LineFieldProblem, type ServerCheck } from './server-check';
import type { useVisitForm } from './use-visit-form';
import { buildVisitBody, type VisitDraft } from './visit-form';

export type CheckBlocked = 'offline' | 'noLines' | 'invalidRows';

/**
 * 服务器校验: the server's R1/R3 for the form as it stands (POST /visits/preview, nothing stored),
 * compared line by line with what the phone shows (server-check.ts). `onResult` hears how many
 * lines differ, so the grid can leave a "differing" filter that no longer has rows.
 */
export function useVisitServerCheck(
  draft: Ref<VisitDraft | null>,
  form: ReturnType<typeof useVisitForm>,
  geofence: Ref<GeofenceResult | null>,
  onResult: (differing: number) => void,
) {
  const { t } = useI18n();
  const outbox = useOutboxStore();

  const check = shallowRef<ServerCheck | null>(null);
  const checking = ref(false);
  const error = ref<ErrorView | null>(null);
  const problems = ref<LineFieldProblem[]>([]);

  /** Why the check cannot run now (the button is disabled and says so), or null. */
  const blocked = computed<CheckBlocked | null>(() => {
    if (!outbox.online) return 'offline';
    if (form.summary.value.filled === 0) return 'noLines';
    if (form.summary.value.invalidRows > 0) return 'invalidRows';
    return null;
  });

  /** Lines edited since the answer: it is about other numbers. */
  const staleLines = computed(() => {
    const c = check.value;
    const d = draft.value;
    if (!c || !d) return 0;
    return [...c.sent.keys()].filter((id) => isStale(c, id, d.lines[id])).length;
  });

  async function run(): Promise<void> {
    const d = draft.value;
    if (!d || checking.value || blocked.value) return;
    const body = buildVisitBody(d, new Date().toISOString());
    // What the phone shows now, kept: the rep may type on while the server answers.
    const local = new Map(body.lines.map((l) => [l.productId, form.resultOf(l.productId).value]));
    const localVisitIssues = geofence.value?.issues ?? [];
    checking.value = true;
    error.value = null;
    problems.value = [];
    try {
      const preview = await visits.preview(body);
      check.value = checkAgainstServer(
        body,
        preview,
        (id) => local.get(id) ?? { filled: false, suggestion: null, issues: [], errors: {} },
        localVisitIssues,
        Date.now(),
      );
      onResult(check.value.differing.length);
    } catch (err) {
      const view = describeError(err, t);
      view.fieldErrors = localizeFieldErrors(view.fieldErrors, t);
      error.value = view;
      check.value = null;
      problems.value = fieldProblems(body, view.fieldErrors);
    } finally {
      checking.value = false;
    }
  }

  return { check, checking, error, problems, blocked, staleLines, run };
}

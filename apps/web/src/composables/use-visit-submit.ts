import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { describeError, type ErrorView } from '../api';
import { useAuthStore } from '../stores/auth';
import { useOutboxStore } from '../stores/outbox';
import { useUiStore } from '../stores/ui';
import type { useVisitForm } from './use-visit-form';
import type { VisitDraftState } from './use-visit-draft';
import { buildVisitBody } from './visit-form';

/** How long the page waits for an online sync before leaving the visit queued. */
export const SYNC_WAIT_MS = 5000;

export interface VisitSubmitOptions {
  /** The store's name: the outbox lists the visit under it. */
  storeName: Ref<string>;
  /** How many products the form shows (the outbox's "n of m SKUs"). */
  productCount: Ref<number>;
  /** Puts the grid on the rows the rep must look at: all (a line error) or the suggested ones. */
  showLines: (filter: 'all' | 'suggested') => void;
}

/**
 * 签退 (check out): the visit's own checks, the question about suggestions nobody ordered, then
 * the outbox (exactly once, photos and signature with it) and the draft deleted. Online the
 * page waits a moment for the sync so the toast can say "synced"; offline it says "queued".
 * A failed item sends the rep to the sync page, otherwise back to today's route.
 */
export function useVisitSubmit(state: VisitDraftState, form: ReturnType<typeof useVisitForm>, options: VisitSubmitOptions) {
  const { t } = useI18n();
  const router = useRouter();
  const auth = useAuthStore();
  const outbox = useOutboxStore();
  const ui = useUiStore();

  const submitting = ref(false);
  const error = ref<ErrorView | null>(null);
  /** Why the visit cannot be submitted yet, one sentence each. */
  const problems = ref<string[]>([]);

  function check(): string[] {
    const d = state.draft.value;
    const s = form.summary.value;
    const out: string[] = [];
    if (!d?.checkInAt) out.push(t('visit.needsCheckIn'));
    if (s.filled === 0) out.push(t('visit.needsLines'));
    if (s.invalidRows > 0) out.push(t('visit.lineErrors', { n: s.invalidRows }));
    return out;
  }

  /** A suggestion in grey is not an order: say so before the visit leaves with it unordered. */
  async function confirmPending(): Promise<boolean> {
    const pending = form.pending.value;
    if (pending.length === 0) return true;
    const decision = await ui.confirm({
      title: t('visit.pendingConfirm.title', { n: pending.length }),
      body: t('visit.pendingConfirm.body', {
        ordered: form.summary.value.totalOrder,
        suggested: pending.reduce((sum, p) => sum + p.suggested, 0),
      }),
      confirmLabel: t('visit.pendingConfirm.submit'),
    });
    return decision.ok;
  }

  async function submit(): Promise<void> {
    const d = state.draft.value;
    if (!d || !auth.user || submitting.value) return;
    problems.value = check();
    if (problems.value.length > 0) {
      if (form.summary.value.invalidRows > 0) options.showLines('all');
      return;
    }
    if (!(await confirmPending())) {
      options.showLines('suggested');
      return;
    }
    submitting.value = true;
    state.hold.value = true;
    error.value = null;
    try {
      const body = buildVisitBody(d, new Date().toISOString());
      const files: { name: string; type: string; blob: Blob; label: 'shelf' | 'signature' }[] = state.photos.value.map((p, i) => ({
        name: p.name || `shelf-${i + 1}.jpg`,
        type: p.type,
        blob: p.blob,
        label: 'shelf',
      }));
      const signature = state.signature.value;
      if (signature) files.push({ name: 'signature.png', type: 'image/png', blob: signature, label: 'signature' });
      state.cancelSave();
      await outbox.enqueue({
        kind: 'visit',
        ownerId: auth.user.id,
        body: body as unknown as { id: string } & Record<string, unknown>,
        summary: { title: options.storeName.value, subtitle: t('visit.skuCount', { filled: body.lines.length, total: options.productCount.value }) },
        photos: files,
      });
      await state.remove();
      // Give the network a moment so an online rep sees "synced"; offline it stays queued.
      await Promise.race([outbox.sync(), new Promise((r) => setTimeout(r, SYNC_WAIT_MS))]);
      const item = outbox.items.find((i) => i.id === d.id);
      const failed = item?.status === 'failed';
      ui.toast(item?.status === 'synced' ? t('visit.synced') : failed ? t('outbox.failed') : t('visit.queued'), failed ? 'danger' : 'ok');
      state.draft.value = null;
      await router.push(failed ? '/sync' : '/today');
    } catch (err) {
      error.value = describeError(err, t);
    } finally {
      submitting.value = false;
      state.hold.value = false;
    }
  }

  return { submitting, error, problems, submit };
}

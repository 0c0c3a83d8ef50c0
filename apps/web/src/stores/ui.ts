import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';

export interface Toast {
  id: number;
  text: string;
  tone: 'ok' | 'info' | 'danger';
}

export interface ConfirmRequest {
  title: string;
  body?: string;
  /** The confirming button's text (say what happens: "Reject", "Delete"). */
  confirmLabel: string;
  danger?: boolean;
  /** Ask for a note with the decision (a rejection's reason, a reopening's why). */
  note?: {
    label: string;
    required?: boolean;
    placeholder?: string;
    /** Said under a required note while it is blank (the confirming button waits for it). */
    requiredMessage?: string;
  };
}

export interface ConfirmResult {
  ok: boolean;
  note: string;
}

interface PendingConfirm extends ConfirmRequest {
  resolve: (result: ConfirmResult) => void;
}

/**
 * Transient feedback (toasts, announced through an aria-live region) and the one
 * confirmation dialog every destructive or irreversible action goes through.
 */
export const useUiStore = defineStore('ui', () => {
  const toasts = ref<Toast[]>([]);
  const pendingConfirm = shallowRef<PendingConfirm | null>(null);
  let seq = 0;

  function toast(text: string, tone: Toast['tone'] = 'ok', ms = 4000): void {
    const id = ++seq;
    toasts.value = [...toasts.value, { id, text, tone }];
    setTimeout(() => dismiss(id), ms);
  }

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  /** Resolves when the person decides; a newer request cancels an unanswered one. */
  function confirm(request: ConfirmRequest): Promise<ConfirmResult> {
    pendingConfirm.value?.resolve({ ok: false, note: '' });
    return new Promise((resolve) => {
      pendingConfirm.value = { ...request, resolve };
    });
  }

  /** The dialog's answer. A required note that is blank is not an answer. */
  function settleConfirm(ok: boolean, note = ''): boolean {
    const current = pendingConfirm.value;
    if (!current) return false;
    if (ok && current.note?.required && note.trim() === '') return false;
    pendingConfirm.value = null;
    current.resolve({ ok, note: note.trim() });
    return true;
  }

  return { toasts, toast, dismiss, pendingConfirm, confirm, settleConfirm };
});

import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast {
  id: number;
  text: string;
  tone: 'ok' | 'info' | 'danger';
}

/** Transient feedback (toasts) shared by every page; announced through an aria-live region. */
export const useUiStore = defineStore('ui', () => {
  const toasts = ref<Toast[]>([]);
  let seq = 0;

  function toast(text: string, tone: Toast['tone'] = 'ok', ms = 4000): void {
    const id = ++seq;
    toasts.value = [...toasts.value, { id, text, tone }];
    setTimeout(() => dismiss(id), ms);
  }

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  return { toasts, toast, dismiss };
});

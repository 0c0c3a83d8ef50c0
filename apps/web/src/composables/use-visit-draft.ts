import { onScopeDispose, reactive, ref, shallowRef, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError, type ErrorView } from '../api';
import { useCatalogStore } from '../stores/catalog';
import { useUiStore } from '../stores/ui';
import * as visits from '../api/visits';
import { newId } from './format';
import { emptyLine, newVisitDraft, type VisitDraft } from './visit-form';
import type { StoreHistory } from './visit-history';

/** A shelf photo of the visit in progress, with the object URL its thumbnail shows. */
export interface DraftPhoto {
  key: string;
  name: string;
  type: string;
  blob: Blob;
  url: string;
}

/** What IndexedDB keeps of a visit in progress (drafts store, one entry per visit id). */
export interface SavedDraft {
  draft: VisitDraft;
  photos: { name: string; type: string; blob: Blob }[];
  signature: Blob | null;
}

/** How long typing pauses before the draft is written (every keystroke would be a write). */
export const AUTOSAVE_MS = 400;

/**
 * The visit in progress at one store: loaded from the phone (the store's draft, or a new one,
 * with a line for every product and the previous visit's numbers), saved again shortly after
 * every change, and discarded on request (through the one confirmation dialog). `hold` stops
 * the autosave while the visit is being submitted: the draft is about to be deleted.
 */
export function useVisitDraft(storeId: Ref<string>) {
  const { t } = useI18n();
  const catalog = useCatalogStore();
  const ui = useUiStore();

  const draft = ref<VisitDraft | null>(null);
  const photos = ref<DraftPhoto[]>([]);
  const signature = shallowRef<Blob | null>(null);
  const history = shallowRef<StoreHistory>(new Map());
  /** Set when the previous numbers come from the phone's cache (0: none cached). */
  const historyCachedAt = ref<number | null>(null);
  const loading = ref(true);
  const loadError = ref<ErrorView | null>(null);
  const hold = ref(false);

  function ensureLines(d: VisitDraft): void {
    for (const p of catalog.products) {
      if (!d.lines[p.id]) d.lines[p.id] = emptyLine(p, history.value.get(p.id));
    }
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      await catalog.load();
      if (catalog.error) throw catalog.error;
      const [hist, drafts] = await Promise.all([visits.loadHistory(storeId.value), visits.listDrafts<SavedDraft>()]);
      history.value = hist.history;
      historyCachedAt.value = hist.cachedAt;
      const saved = drafts.find((d) => d.data.draft.storeId === storeId.value);
      const d = reactive(saved ? saved.data.draft : newVisitDraft(newId(), storeId.value)) as VisitDraft;
      ensureLines(d);
      if (saved) {
        photos.value = saved.data.photos.map((p) => ({ ...p, key: newId(), url: URL.createObjectURL(p.blob) }));
        signature.value = saved.data.signature;
      }
      draft.value = d;
    } catch (err) {
      loadError.value = describeError(err, t);
    } finally {
      loading.value = false;
    }
  }

  // Autosave: a reload, a dead battery or a phone call never loses the counted shelf.
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;

  function cancelSave(): void {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    dirty = false;
  }

  /** Writes the draft now; resolves when IndexedDB has it. */
  async function save(): Promise<void> {
    const d = draft.value;
    cancelSave();
    if (!d || hold.value) return;
    const data: SavedDraft = {
      draft: JSON.parse(JSON.stringify(d)) as VisitDraft,
      photos: photos.value.map((p) => ({ name: p.name, type: p.type, blob: p.blob })),
      signature: signature.value,
    };
    await visits.saveDraft(d.id, data);
  }

  function scheduleSave(): void {
    dirty = true;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), AUTOSAVE_MS);
  }
  // A new draft is saved as soon as it is loaded, then after every change.
  watch(draft, scheduleSave, { deep: true });
  watch([photos, signature], scheduleSave);

  function addPhoto(photo: { name: string; type: string; blob: Blob }): void {
    photos.value = [...photos.value, { ...photo, key: newId(), url: URL.createObjectURL(photo.blob) }];
  }

  function removePhoto(key: string): void {
    const p = photos.value.find((x) => x.key === key);
    if (p) URL.revokeObjectURL(p.url);
    photos.value = photos.value.filter((x) => x.key !== key);
  }

  /** Deletes the saved draft (the visit is in the outbox, or discarded); the form still shows it. */
  async function remove(): Promise<void> {
    const d = draft.value;
    cancelSave();
    if (d) await visits.deleteDraft(d.id);
  }

  /** 放弃草稿, after the rep confirms; true when the draft is gone. */
  async function discard(): Promise<boolean> {
    if (!draft.value) return false;
    const answer = await ui.confirm({ title: t('visit.discardConfirm'), confirmLabel: t('visit.discardDraft'), danger: true });
    if (!answer.ok) return false;
    await remove();
    draft.value = null;
    return true;
  }

  onScopeDispose(() => {
    if (dirty) void save();
    for (const p of photos.value) URL.revokeObjectURL(p.url);
  });

  return { draft, photos, signature, history, historyCachedAt, loading, loadError, hold, load, save, cancelSave, addPhoto, removePhoto, remove, discard };
}

export type VisitDraftState = ReturnType<typeof useVisitDraft>;

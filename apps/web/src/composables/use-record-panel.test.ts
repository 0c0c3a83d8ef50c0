import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { ApiError } from '../api';
import { i18n } from '../i18n';
import { useUiStore } from '../stores/ui';
import { useRecordForm, useRowAction, type RecordFormOptions } from './use-record-panel';

/** Runs a composable inside a component, as a panel does. */
function inPanel<T>(use: () => T): T {
  let out!: T;
  const pinia = createPinia();
  setActivePinia(pinia);
  mount(defineComponent({ setup: () => ((out = use()), () => h('div')) }), { global: { plugins: [i18n, pinia] } });
  return out;
}

interface Draft {
  userId: string;
  date: string;
  description: string;
}

const refused = () => new ApiError(400, { title: 'Bad', detail: 'no', errors: [{ path: '/description', message: 'too long' }] });

describe('the record form every scoring-record panel uses', () => {
  const setup = (over: Partial<RecordFormOptions<Draft>> = {}) => {
    const sent: [Draft, string][] = [];
    let reloads = 0;
    const panel = inPanel(() =>
      useRecordForm<Draft>({
        draft: { userId: '', date: '2026-11-03', description: '' },
        check: (d): Record<string, string> => (d.userId ? {} : { userId: 'required' }),
        send: async (d, key) => void sent.push([{ ...d }, key]),
        added: 'records.complaintAdded',
        clear: { description: '' },
        reload: async () => void reloads++,
        ...over,
      }),
    );
    return { panel, sent, reloads: () => reloads, ui: useUiStore() };
  };

  it('sends nothing while the checks fail, and shows them by field', async () => {
    const { panel, sent } = setup();
    await panel.add();
    expect(sent).toEqual([]);
    expect(panel.form.fieldError('userId')).toBe('required');
  });

  it('sends the draft once per key, then clears the record’s own fields (person and date stay), toasts and reloads', async () => {
    const { panel, sent, reloads, ui } = setup();
    Object.assign(panel.draft, { userId: 'u1', description: '送货不及时' });
    await panel.add();
    Object.assign(panel.draft, { description: '又一次' });
    await panel.add();
    expect(sent.map(([d]) => d)).toEqual([
      { userId: 'u1', date: '2026-11-03', description: '送货不及时' },
      { userId: 'u1', date: '2026-11-03', description: '又一次' },
    ]);
    expect(sent[0]![1]).not.toBe(sent[1]![1]);
    expect(panel.draft).toEqual({ userId: 'u1', date: '2026-11-03', description: '' });
    expect(reloads()).toBe(2);
    expect(ui.toasts).toHaveLength(2);
    expect(panel.sending.value).toBe(false);
  });

  it('keeps the draft and the key when the server refuses, so a retry replays', async () => {
    const keys: string[] = [];
    let fail = true;
    const { panel, reloads } = setup({
      send: async (_d, key) => {
        keys.push(key);
        if (fail) throw refused();
      },
    });
    Object.assign(panel.draft, { userId: 'u1', description: 'x' });
    await panel.add();
    expect(panel.form.error.value).not.toBeNull();
    expect(panel.form.fieldError('description')).toBeTruthy();
    expect(panel.draft.description).toBe('x');
    expect(reloads()).toBe(0);
    fail = false;
    await panel.add();
    expect(keys[0]).toBe(keys[1]);
    expect(panel.form.error.value).toBeNull();
  });

  it('asks first when told to, and sends nothing if the answer is no', async () => {
    const { panel, sent, ui } = setup({ confirm: (d) => ({ title: `扣分 ${d.userId}?`, confirmLabel: 'OK', danger: true }) });
    Object.assign(panel.draft, { userId: 'u1' });
    const declined = panel.add();
    await Promise.resolve();
    expect(ui.pendingConfirm?.title).toBe('扣分 u1?');
    ui.settleConfirm(false);
    await declined;
    expect(sent).toEqual([]);
    const accepted = panel.add();
    await Promise.resolve();
    ui.settleConfirm(true);
    await accepted;
    expect(sent).toHaveLength(1);
  });
});

describe('a row action of a scoring-record panel', () => {
  it('runs only once confirmed, reloads the list, and shows a refusal above it until the next success', async () => {
    let reloads = 0;
    const action = inPanel(() => useRowAction(async () => void reloads++));
    const ui = useUiStore();
    const acts: string[] = [];
    const run = (answer: boolean, act: () => Promise<unknown>) => {
      const done = action.run({ title: 'Valid?', confirmLabel: 'Valid' }, act, 'records.judged');
      return Promise.resolve().then(() => ui.settleConfirm(answer)).then(() => done);
    };
    await run(false, async () => acts.push('no'));
    expect(acts).toEqual([]);
    await run(true, async () => {
      throw refused();
    });
    expect(action.error.value).not.toBeNull();
    expect(reloads).toBe(0);
    await run(true, async () => acts.push('yes'));
    expect(acts).toEqual(['yes']);
    expect(action.error.value).toBeNull();
    expect(reloads).toBe(1);
  });
});

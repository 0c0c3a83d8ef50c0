import { createPinia, setActivePinia } from 'pinia';
import { useUiStore } from './ui';

describe('the confirmation dialog', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('resolves with the decision and the trimmed note', async () => {
    const ui = useUiStore();
    const answer = ui.confirm({ title: 'Reject?', confirmLabel: 'Reject', note: { label: 'Why', required: true } });
    expect(ui.pendingConfirm?.title).toBe('Reject?');
    expect(ui.settleConfirm(true, '  ')).toBe(false); // a required note that is blank is no answer
    expect(ui.pendingConfirm).not.toBeNull();
    expect(ui.settleConfirm(true, ' 费用过高 ')).toBe(true);
    await expect(answer).resolves.toEqual({ ok: true, note: '费用过高' });
    expect(ui.pendingConfirm).toBeNull();
  });

  it('cancels an unanswered request when a newer one arrives', async () => {
    const ui = useUiStore();
    const first = ui.confirm({ title: 'A', confirmLabel: 'OK' });
    const second = ui.confirm({ title: 'B', confirmLabel: 'OK' });
    await expect(first).resolves.toEqual({ ok: false, note: '' });
    ui.settleConfirm(false);
    await expect(second).resolves.toEqual({ ok: false, note: '' });
  });
});

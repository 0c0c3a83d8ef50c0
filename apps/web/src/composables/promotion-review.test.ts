import { canDecide, gmContext } from './promotion-review';

describe('promotion review (RULES R5)', () => {
  it('needs the GM strictly above the threshold: exactly 5000 does not', () => {
    expect(gmContext(5000, 5000, 'submitted')).toBe('gm_not_needed');
    expect(gmContext(5000.01, 5000, 'submitted')).toBe('gm_needed');
    expect(gmContext(9000, 5000, 'pending_gm')).toBe('gm_yours');
  });

  it('offers a decision only where the API would take it', () => {
    const me = (perms: string[]) => ({ id: 'm1', can: (p: string) => perms.includes(p) });
    expect(canDecide({ status: 'submitted', applicantId: 'r1' }, me(['promotions.approve']))).toBe(true);
    expect(canDecide({ status: 'submitted', applicantId: 'm1' }, me(['promotions.approve']))).toBe(false); // nobody approves their own
    expect(canDecide({ status: 'pending_gm', applicantId: 'r1' }, me(['promotions.approve']))).toBe(false);
    expect(canDecide({ status: 'pending_gm', applicantId: 'r1' }, me(['promotions.approve_gm']))).toBe(true);
    expect(canDecide({ status: 'approved', applicantId: 'r1' }, me(['promotions.approve_gm']))).toBe(false);
  });
});

/**
 * Where a promotion's estimated cost puts it (RULES R5): strictly above the GM threshold
 * (5000 by default; exactly 5000 needs no GM), the first approval moves it to `pending_gm` and a
 * holder of promotions.approve_gm gives the final one.
 */
export type GmContext = 'gm_needed' | 'gm_yours' | 'gm_not_needed';

export function gmContext(estimatedCost: number, threshold: number, status: string): GmContext {
  if (status === 'pending_gm') return 'gm_yours';
  return estimatedCost > threshold ? 'gm_needed' : 'gm_not_needed';
}

/** Which decisions the signed-in person may take on a promotion in its state (the API is the judge; this hides dead buttons). */
export function canDecide(
  promotion: { status: string; applicantId?: string },
  me: { id: string; can: (p: 'promotions.approve' | 'promotions.approve_gm') => boolean },
): boolean {
  if (promotion.applicantId === me.id) return false;
  if (promotion.status === 'submitted') return me.can('promotions.approve') || me.can('promotions.approve_gm');
  if (promotion.status === 'pending_gm') return me.can('promotions.approve_gm');
  return false;
}

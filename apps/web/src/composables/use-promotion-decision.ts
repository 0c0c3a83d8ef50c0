import { useI18n } from 'vue-i18n';
import type { Promotion } from '../api/types';
import { useCatalogStore } from '../stores/catalog';
import { useInboxStore } from '../stores/inbox';
import { useUiStore } from '../stores/ui';
import { formatMoney } from './format';

/**
 * Approve or reject one promotion: asks first (a rejection must say why, RULES R5), calls the
 * API, says what happened (an approval may have moved it on to the GM). Throws the API's error.
 */
export function usePromotionDecision() {
  const { t } = useI18n();
  const ui = useUiStore();
  const inbox = useInboxStore();
  const catalog = useCatalogStore();

  async function decide(promotion: Pick<Promotion, 'id' | 'title'>, action: 'approve' | 'reject'): Promise<Promotion | null> {
    const answer = await ui.confirm({
      title: t(action === 'approve' ? 'promotions.approveTitle' : 'promotions.rejectTitle'),
      body: promotion.title,
      confirmLabel: t(action === 'approve' ? 'promotions.approve' : 'promotions.reject'),
      danger: action === 'reject',
      note: {
        label: t(action === 'approve' ? 'promotions.approveNote' : 'promotions.rejectNote'),
        required: action === 'reject',
        ...(action === 'reject' ? { requiredMessage: t('decision.noteRequired') } : {}),
      },
    });
    if (!answer.ok) return null;
    const updated = await inbox.decidePromotion(promotion.id, action, answer.note || undefined);
    ui.toast(
      updated.status === 'pending_gm'
        ? t('promotions.movedToGm', { amount: formatMoney(catalog.settings.gmApprovalThreshold) })
        : t(action === 'approve' ? 'promotions.approved' : 'promotions.rejected'),
    );
    return updated;
  }

  return { decide };
}

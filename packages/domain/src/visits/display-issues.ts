import { requireQuantity } from '../shared/validation.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import { formatMajor } from '../money/money.js';
import { requireDate, type CalendarDate } from '../time/calendar-date.js';
import type { VisitLineIssue } from '../vocabulary/visit-issues.js';

export interface DisplayLine {
  /** The price on the shelf, in minor units. */
  shelfPrice: number;
  /** The rep saw a correct price tag. */
  priceTagOk: boolean;
  facings: number;
  onPromo?: boolean | null;
  /** Last day of the promotion on the tag, inclusive. */
  promoEnd?: CalendarDate | null;
}

export interface DisplayProduct {
  /** The product's retail price, in minor units. */
  retailPrice: number;
  isKey: boolean;
  isNew: boolean;
}

export interface DisplayContext {
  visitDate: CalendarDate;
  /** Setting `minFacings` (3). */
  minFacings: number;
}

export interface DisplayIssues {
  /** In the order of VISIT_LINE_ISSUES. */
  issues: VisitLineIssue[];
  /** For each issue found, why. */
  details: Partial<Record<VisitLineIssue, Explanation>>;
}

/**
 * R3, 生动化陈列 and 价签, for one visit line: 重点推荐商品、新品与促销商品…陈列面不得少于3个;
 * 所有产品有相应的价签，价签要正确反应产品价格; 特别注意特价商品的起止日期.
 */
export function displayIssues(line: DisplayLine, product: DisplayProduct, ctx: DisplayContext): DisplayIssues {
  requireQuantity(line.shelfPrice, 'shelfPrice');
  requireQuantity(line.facings, 'facings');
  requireQuantity(product.retailPrice, 'retailPrice');
  requireQuantity(ctx.minFacings, 'minFacings');
  requireDate(ctx.visitDate, 'visitDate');
  if (line.promoEnd !== null && line.promoEnd !== undefined) requireDate(line.promoEnd, 'promoEnd');

  const onPromo = line.onPromo === true;
  const details: Partial<Record<VisitLineIssue, Explanation>> = {};

  const featured = [product.isKey && 'key', product.isNew && 'new', onPromo && 'promo'].filter(
    (x): x is string => typeof x === 'string',
  );
  if (featured.length > 0 && line.facings < ctx.minFacings) {
    // `featured` (key,new,promo) is for the UI to highlight; the sentence names all three.
    details.facings_below_minimum = explain('visit_issue.facings_below_minimum', {
      facings: line.facings,
      minFacings: ctx.minFacings,
      featured: featured.join(','),
    });
  }
  if (!line.priceTagOk) details.price_tag_missing = explain('visit_issue.price_tag_missing');
  if (!onPromo && line.shelfPrice !== product.retailPrice) {
    details.price_mismatch = explain('visit_issue.price_mismatch', {
      shelfPrice: formatMajor(line.shelfPrice),
      retailPrice: formatMajor(product.retailPrice),
      difference: formatMajor(line.shelfPrice - product.retailPrice),
    });
  }
  if (onPromo && line.promoEnd && line.promoEnd < ctx.visitDate) {
    details.promo_tag_expired = explain('visit_issue.promo_tag_expired', {
      promoEnd: line.promoEnd,
      visitDate: ctx.visitDate,
    });
  }
  const order: VisitLineIssue[] = ['facings_below_minimum', 'price_tag_missing', 'price_mismatch', 'promo_tag_expired'];
  return { issues: order.filter((code) => details[code] !== undefined), details };
}

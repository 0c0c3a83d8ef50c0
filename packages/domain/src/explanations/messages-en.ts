/**
 * English templates of every explanation key; `{name}` is replaced by the param of that
 * name. The zh-CN file must have the same keys (the compiler checks) and placeholders (a test checks).
 */
export const MESSAGES_EN = {
  // R1
  'suggestion.no_history': 'No earlier visit to this store counted this product, so there is no suggestion yet (stock now {currentStock}).',
  'suggestion.computed': '{factor}× reorder rule: {formula}; rounded up and at least 0, suggest ordering {suggested}.',
  'suggestion.computed_pack': '{factor}× reorder rule: {formula}; rounded up to whole packs of {packSize}, suggest ordering {suggested}.',
  'suggestion.stock_rose':
    'Stock rose to {currentStock} from {prevStock} with {prevOrder} ordered, so sales count as 0: {formula}; suggest ordering {suggested}.',
  'suggestion.stock_rose_pack':
    'Stock rose to {currentStock} from {prevStock} with {prevOrder} ordered, so sales count as 0: {formula}; in packs of {packSize}, suggest ordering {suggested}.',

  // R2
  'return.packaging_above_two_thirds':
    'The damaged package still holds {contentsRemaining} of {contentsTotal}: {left} > {right}, more than 2/3, so the return is standard.',
  'return.packaging_not_above_two_thirds':
    'The damaged package holds {contentsRemaining} of {contentsTotal}: {left} is not more than {right}, not more than 2/3; the return needs approval.',
  'return.packaging_contents_missing': 'A packaging-damage return needs the contents remaining and the full contents (missing: {missing}); the return needs approval.',
  'return.packaging_contents_inconsistent': '{contentsRemaining} of {contentsTotal} is not a possible content count; the return needs approval.',
  'return.quality_defect': 'A production-quality problem is always a standard return.',
  'return.slow_moving_enough_shelf_life':
    'Produced {productionDate} with a shelf life of {shelfLifeDays} days, it expires {expiry}, {daysLeft} days after {requestDate} (at least {threshold}): a standard slow-moving return.',
  'return.slow_moving_too_close_to_expiry':
    'Produced {productionDate} with a shelf life of {shelfLifeDays} days, it expires {expiry}, only {daysLeft} days after {requestDate} (fewer than {threshold}); the return needs approval.',
  'return.slow_moving_production_date_missing': 'A slow-moving return needs the production date (missing: {missing}); the return needs approval.',
  'return.slow_moving_shelf_life_missing': 'The product has no shelf life recorded (missing: {missing}); the return needs approval.',
  'return.slow_moving_produced_after_request': 'The production date {productionDate} is after the request date {requestDate}; the return needs approval.',
  'return.clearance_window_covers': 'The product is on the company clearance list from {from} to {to}, which covers {requestDate}: a standard return.',
  'return.clearance_window_outside': 'The product’s clearance windows ({windows}) do not cover {requestDate}; the return needs approval.',
  'return.clearance_not_listed': 'The product is not on a company clearance list; the return needs approval.',
  'return.store_closing': 'The store is closing or closed: a store-closure return is standard.',
  'return.store_active': 'The store is still active, not closing; the return needs approval.',
  'return.store_status_missing': 'The store’s status is unknown (missing: {missing}); the return needs approval.',
  'return.other_non_standard': 'This reason is outside the return standard: approval comes before execution.',

  // R3
  'compliance_week.complete': '{week} ({from} to {to}): {met} of {stores} stores met their visits ({ratePct}%).',
  'compliance_week.in_progress': '{week} is in progress (until {to}): {met} of {stores} stores have met their visits so far ({ratePct}%); the week is judged when it ends.',
  'compliance_week.in_progress_no_visits': '{week} is in progress (until {to}): no visits recorded yet at the {stores} stores.',
  'compliance_week.future': '{week} ({from} to {to}) has not started.',
  'compliance_week.no_stores': '{week} ({from} to {to}): no active stores to visit.',
  'compliance_week.no_visits': '{week} ({from} to {to}): no visits recorded at the {stores} stores; no data, not 0%.',
  'visit_frequency.normal_ok': 'Normal store: visited on {visitDays} day(s) this week; at least {required} required.',
  'visit_frequency.normal_too_few': 'Normal store: visited on {visitDays} day(s) this week, fewer than the {required} required.',
  'visit_frequency.key_ok': 'Key store: visited on {visitDays} days ({days}), at least {required}, never on consecutive days.',
  'visit_frequency.key_too_few': 'Key store: visited on {visitDays} day(s) ({days}), fewer than the {required} required.',
  'visit_frequency.key_adjacent':
    'Key store: {visitDays} visit days ({days}) meet the {required} required, but visits on consecutive days ({adjacent}) break the every-other-day rule.',
  'visit_frequency.key_too_few_adjacent':
    'Key store: visited on {visitDays} day(s) ({days}), fewer than the {required} required, and on consecutive days ({adjacent}).',
  'visit_issue.facings_below_minimum': 'A key, new or promoted product has {facings} facing(s); at least {minFacings} are required.',
  'visit_issue.price_tag_missing': 'There is no correct price tag on the shelf.',
  'visit_issue.price_mismatch': 'The shelf price {shelfPrice} differs from the retail price {retailPrice} by {difference}.',
  'visit_issue.promo_tag_expired': 'The promotion ended {promoEnd}, before this visit on {visitDate}: replace the price tag.',
  'visit_issue.outside_geofence': 'Checked in {distanceMeters} m from the store, farther than {geofenceMeters} m.',
  'geofence.inside': 'Checked in {distanceMeters} m from the store, within {geofenceMeters} m.',
  'geofence.unknown': 'The distance to the store is unknown (missing: {missing}).',

  // R4
  'score.collection.not_applicable': 'No collection plan this month (plan {plan}, carried in {carryIn}): not applicable, 0 points.',
  'score.collection.scored':
    'Collected {actual} against a plan of {effectivePlan} ({plan} + {carryIn} carried in): {rate}%, {deviation} points from 100%; {counted} whole point(s) × {perPercent} = {points} points.',
  'score.collection.in_progress':
    'So far {actual} of {effectivePlan} collected ({plan} + {carryIn} carried in, {rate}%, {deviation} from 100%, {counted} × {perPercent}); scored after {monthEnd}, {projected} points as it stands.',
  'score.market_first_level': '{open} of {planned} planned first-level markets not completed by {monthEnd}: {penalty} each, {points} points.',
  'score.market_first_level.in_progress':
    '{open} of {planned} planned first-level markets still open; each costs {penalty} if not completed by {monthEnd}.',
  'score.market_second_level': '{open} of {planned} planned second-level markets not completed by {monthEnd}: {penalty} each, {points} points.',
  'score.market_second_level.in_progress':
    '{open} of {planned} planned second-level markets still open; each costs {penalty} if not completed by {monthEnd}.',
  'score.work_log_missing':
    '{missing} of {workingDays} working days from {fromDate} have no work log submitted by {deadline}: {penalty} each, {points} points.',
  'score.work_log_missing.in_progress':
    '{missingSoFar} of {workingDays} working days from {fromDate} have no work log so far; each costs {penalty} if still missing at {deadline}.',
  'score.work_log_vague': '{vague} work log(s) flagged as vague: {penalty} each, {points} points.',
  'score.market_survey.missing': 'No market survey was submitted by {deadline}: the maximum {max}, {points} points.',
  'score.market_survey.not_yet_due': 'The market survey is due by {deadline}; without it the maximum of {max} is deducted.',
  'score.market_survey.late': 'The market survey came after {deadline}: the maximum {max}, {points} points.',
  'score.market_survey.awaiting_grade': 'The market survey came before {deadline} and awaits the manager’s grade (0 to {max}).',
  'score.market_survey.graded': 'The manager graded the market survey {grade} of at most {max} (deadline {deadline}): {points} points.',
  'score.complaint': '{valid} valid customer complaint(s): {penalty} each, {points} points ({pending} awaiting a decision).',
  'score.assigned_task':
    '{counted} of {due} tasks due this month count: {late} completed late, {notCompleted} not completed in time, {failed} not meeting requirements; {penalty} each, {points} points ({pending} open or awaiting review).',
  'score.discipline': '{count} violation(s) recorded this month: {points} points.',
  'score.projection':
    'Counted {counted}, projected {projected} if the month goes on as so far: {actual} collected in {elapsed} of {workingDays} working days projects to {projectedActual} by month end ({collectionPoints} points); {missingSoFar} day(s) without a work log so far ({missingPoints} points); market plans and the survey count when due, recorded deductions as recorded.',
  'score.projection.no_working_day_yet':
    'Counted {counted}, projected {projected}: none of the {workingDays} working days has begun, so the collection ({actual} so far) is not projected yet; recorded deductions count as recorded.',
  'score.projection.after_month_end':
    'Counted {counted}, projected {projected}: the month is over and the collection settled ({collectionPoints} points); {missingSoFar} day(s) without a work log so far ({missingPoints} points) if not filled by the deadline; the survey counts when due.',

  // R5
  'promotion_effect.gain':
    '{start} to {end}: {unitsInWindow} units ordered against {unitsBefore} in {baselineStart} to {baselineEnd}, {extraUnits} more ({uplift}%); cost {actualCost}, {costPerExtraUnit} per extra unit.',
  'promotion_effect.no_gain':
    '{start} to {end}: {unitsInWindow} units ordered against {unitsBefore} in {baselineStart} to {baselineEnd} ({uplift}%): no extra units for a cost of {actualCost}.',
  'promotion_effect.no_baseline':
    '{start} to {end}: {unitsInWindow} units ordered; nothing was ordered in {baselineStart} to {baselineEnd}, so there is no uplift percentage ({extraUnits} more, cost {actualCost}, {costPerExtraUnit} per extra unit).',

  'promotion_effect.no_orders':
    '{start} to {end}: {unitsInWindow} units ordered, and none in {baselineStart} to {baselineEnd}: no uplift and no cost per extra unit (cost {actualCost}).',
  // Before the requester reports actuals: the estimate (the promotion's page) or no cost (the report).
  'promotion_effect.gain.estimated':
    '{start} to {end}: {unitsInWindow} units ordered against {unitsBefore} in {baselineStart} to {baselineEnd}, {extraUnits} more ({uplift}%); no actual cost reported yet: on the estimated cost of {estimatedCost}, {costPerExtraUnit} per extra unit.',
  'promotion_effect.no_gain.estimated':
    '{start} to {end}: {unitsInWindow} units ordered against {unitsBefore} in {baselineStart} to {baselineEnd} ({uplift}%): no extra units; no actual cost reported yet (estimated cost {estimatedCost}).',
  'promotion_effect.no_baseline.estimated':
    '{start} to {end}: {unitsInWindow} units ordered; nothing was ordered in {baselineStart} to {baselineEnd}, so there is no uplift percentage ({extraUnits} more; no actual cost reported yet: on the estimated cost of {estimatedCost}, {costPerExtraUnit} per extra unit).',
  'promotion_effect.no_orders.estimated':
    '{start} to {end}: {unitsInWindow} units ordered, and none in {baselineStart} to {baselineEnd}: no uplift and no cost per extra unit (no actual cost reported yet; estimated cost {estimatedCost}).',
  'promotion_effect.gain.unreported':
    '{start} to {end}: {unitsInWindow} units ordered against {unitsBefore} in {baselineStart} to {baselineEnd}, {extraUnits} more ({uplift}%); no actual cost reported yet, so no cost per extra unit.',
  'promotion_effect.no_gain.unreported':
    '{start} to {end}: {unitsInWindow} units ordered against {unitsBefore} in {baselineStart} to {baselineEnd} ({uplift}%): no extra units; no actual cost reported yet.',
  'promotion_effect.no_baseline.unreported':
    '{start} to {end}: {unitsInWindow} units ordered; nothing was ordered in {baselineStart} to {baselineEnd}, so there is no uplift percentage ({extraUnits} more); no actual cost reported yet, so no cost per extra unit.',
  'promotion_effect.no_orders.unreported':
    '{start} to {end}: {unitsInWindow} units ordered, and none in {baselineStart} to {baselineEnd}: no uplift; no actual cost reported yet.',

  // Sales report
  'sales.change': '{current} against {previous} in the previous period: {change}%, within ±{threshold}%.',
  'sales.anomaly': '{current} against {previous} in the previous period: {change}%, beyond ±{threshold}%.',
  'sales.from_nothing': '{current} against nothing in the previous period: beyond ±{threshold}%.',
  'sales_anomaly.below_minimum_current':
    '{currentQty} units (¥{currentAmount}) against {previousQty} (¥{previousAmount}) in the comparable period: this period is below the volume needed to compare (at least {minUnits} units and ¥{minAmount} in each period), so it is not judged an anomaly.',
  'sales_anomaly.below_minimum_previous':
    '{currentQty} units (¥{currentAmount}) against {previousQty} (¥{previousAmount}) in the comparable period: the comparable period is below the volume needed to compare (at least {minUnits} units and ¥{minAmount} in each period), so it is not judged an anomaly.',
  'sales_anomaly.below_minimum_both':
    '{currentQty} units (¥{currentAmount}) against {previousQty} (¥{previousAmount}) in the comparable period: both periods are below the volume needed to compare (at least {minUnits} units and ¥{minAmount} in each period), so it is not judged an anomaly.',
  'sales_anomaly.from_nothing': '{currentQty} units (¥{currentAmount}) against nothing in the comparable period: an anomaly to explain.',
  'sales_anomaly.within_threshold':
    '{currentQty} units (¥{currentAmount}) against {previousQty} (¥{previousAmount}) in the comparable period: {change}%, within ±{threshold}%.',
  'sales_anomaly.beyond_threshold':
    '{currentQty} units (¥{currentAmount}) against {previousQty} (¥{previousAmount}) in the comparable period: {change}%, beyond ±{threshold}%: an anomaly to explain.',
} as const;

export type ExplanationKey = keyof typeof MESSAGES_EN;

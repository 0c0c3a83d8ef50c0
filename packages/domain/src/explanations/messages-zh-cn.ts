import type { ExplanationKey } from './messages-en.js';

/** 简体中文模板; the wording follows the handbook where it has one. */
export const MESSAGES_ZH_CN: Record<ExplanationKey, string> = {
  // R1
  'suggestion.no_history': '该门店此前的拜访没有清点过该商品，暂无建议订货量（本期库存 {currentStock}）。',
  'suggestion.computed': '{factor}倍订量原则：{formula}，向上取整且不小于0，建议订货 {suggested}。',
  'suggestion.computed_pack': '{factor}倍订量原则：{formula}，按每箱 {packSize} 个向上取整为整箱，建议订货 {suggested}。',
  'suggestion.stock_rose': '本期库存 {currentStock} 高于上期库存 {prevStock} 加上期订货量 {prevOrder}，销量按0计：{formula}，建议订货 {suggested}。',
  'suggestion.stock_rose_pack':
    '本期库存 {currentStock} 高于上期库存 {prevStock} 加上期订货量 {prevOrder}，销量按0计：{formula}，按每箱 {packSize} 个向上取整为整箱，建议订货 {suggested}。',

  // R2
  'return.packaging_above_two_thirds': '包装破损，包装内商品剩余 {contentsRemaining}/{contentsTotal}（{left} > {right}），多于2/3，符合退货标准。',
  'return.packaging_not_above_two_thirds': '包装内商品剩余 {contentsRemaining}/{contentsTotal}（{left} 不大于 {right}），未多于2/3，超出退货标准，需先请示。',
  'return.packaging_contents_missing': '包装破损退货须填写包装内剩余数量和整包数量（缺少：{missing}），需先请示。',
  'return.packaging_contents_inconsistent': '包装内数量 {contentsRemaining}/{contentsTotal} 不合理，需先请示。',
  'return.quality_defect': '产品生产质量原因，符合退货标准。',
  'return.slow_moving_enough_shelf_life':
    '生产日期 {productionDate}，保质期 {shelfLifeDays} 天，到期日 {expiry}，距申请日 {requestDate} 还有 {daysLeft} 天（不少于 {threshold} 天），滞销品符合退货标准。',
  'return.slow_moving_too_close_to_expiry':
    '生产日期 {productionDate}，保质期 {shelfLifeDays} 天，到期日 {expiry}，距申请日 {requestDate} 仅剩 {daysLeft} 天（少于 {threshold} 天），超出退货标准，需先请示。',
  'return.slow_moving_production_date_missing': '滞销品退货须填写生产日期（缺少：{missing}），需先请示。',
  'return.slow_moving_shelf_life_missing': '该商品未登记保质期（缺少：{missing}），需先请示。',
  'return.slow_moving_produced_after_request': '生产日期 {productionDate} 晚于申请日 {requestDate}，需先请示。',
  'return.clearance_window_covers': '该商品为公司指定清场产品（{from} 至 {to}），包含申请日 {requestDate}，符合退货标准。',
  'return.clearance_window_outside': '该商品的清场期（{windows}）不包含申请日 {requestDate}，需先请示。',
  'return.clearance_not_listed': '该商品不是公司指定清场产品，需先请示。',
  'return.store_closing': '门店关门清场，符合退货标准。',
  'return.store_active': '门店仍在正常营业，并未关门清场，需先请示。',
  'return.store_status_missing': '门店状态未知（缺少：{missing}），需先请示。',
  'return.other_non_standard': '超出标准外的退货，先请示后执行。',

  // R3
  'compliance_week.complete': '{week}（{from} 至 {to}）：{stores} 家门店中 {met} 家拜访达标（{ratePct}%）。',
  'compliance_week.in_progress': '{week} 本周进行中（至 {to}）：目前 {stores} 家门店中 {met} 家已达标（{ratePct}%），本周结束后再评判。',
  'compliance_week.in_progress_no_visits': '{week} 本周进行中（至 {to}）：{stores} 家门店尚无拜访记录。',
  'compliance_week.future': '{week}（{from} 至 {to}）尚未开始。',
  'compliance_week.no_stores': '{week}（{from} 至 {to}）：没有需要拜访的门店。',
  'compliance_week.no_visits': '{week}（{from} 至 {to}）：{stores} 家门店均无拜访记录，视为无数据，不计 0%。',
  'visit_frequency.normal_ok': '一般门店：本周拜访 {visitDays} 天，要求每周不少于 {required} 次。',
  'visit_frequency.normal_too_few': '一般门店：本周拜访 {visitDays} 天，少于要求的 {required} 次。',
  'visit_frequency.key_ok': '重点门店：本周拜访 {visitDays} 天（{days}），不少于 {required} 次，且隔天拜访。',
  'visit_frequency.key_too_few': '重点门店：本周拜访 {visitDays} 天（{days}），少于要求的 {required} 次。',
  'visit_frequency.key_adjacent': '重点门店：本周拜访 {visitDays} 天（{days}），达到 {required} 次，但 {adjacent} 连续两天拜访，未做到隔一天拜访一次。',
  'visit_frequency.key_too_few_adjacent': '重点门店：本周拜访 {visitDays} 天（{days}），少于要求的 {required} 次，且 {adjacent} 连续两天拜访。',
  'visit_issue.facings_below_minimum': '重点推荐商品、新品或促销商品陈列面 {facings} 个，不得少于 {minFacings} 个。',
  'visit_issue.price_tag_missing': '货架上没有相应的正确价签。',
  'visit_issue.price_mismatch': '货架价格 {shelfPrice} 与零售价 {retailPrice} 不符（相差 {difference}）。',
  'visit_issue.promo_tag_expired': '特价已于 {promoEnd} 结束，早于本次拜访 {visitDate}，请及时更换价签。',
  'visit_issue.outside_geofence': '签到位置距门店 {distanceMeters} 米，超过 {geofenceMeters} 米。',
  'geofence.inside': '签到位置距门店 {distanceMeters} 米，在 {geofenceMeters} 米以内。',
  'geofence.unknown': '无法计算与门店的距离（缺少：{missing}）。',

  // R4
  'score.collection.not_applicable': '本月无回款计划（计划 {plan}，上月滚动 {carryIn}），不适用，0分。',
  'score.collection.scored':
    '实际回款 {actual}，计划回款 {effectivePlan}（本月计划 {plan} + 上月未完成滚动 {carryIn}），回款完成率 {rate}%，偏离 {deviation} 个百分点；按 {counted} 个整百分点 × {perPercent} 分，计 {points} 分。',
  'score.collection.in_progress':
    '截至目前回款 {actual}，计划回款 {effectivePlan}（本月计划 {plan} + 上月滚动 {carryIn}），完成率 {rate}%，偏离 {deviation} 个百分点（{counted} × {perPercent}）；{monthEnd} 月底后计分，按目前为 {projected} 分。',
  'score.market_first_level': '本月计划开拓一级市场 {planned} 个，{monthEnd} 前未完成 {open} 个，每个扣 {penalty} 分，计 {points} 分。',
  'score.market_first_level.in_progress': '本月计划开拓一级市场 {planned} 个，尚有 {open} 个未完成；{monthEnd} 前仍未完成的每个扣 {penalty} 分。',
  'score.market_second_level': '本月计划开拓二级市场 {planned} 个，{monthEnd} 前未完成 {open} 个，每个扣 {penalty} 分，计 {points} 分。',
  'score.market_second_level.in_progress': '本月计划开拓二级市场 {planned} 个，尚有 {open} 个未完成；{monthEnd} 前仍未完成的每个扣 {penalty} 分。',
  'score.work_log_missing': '自 {fromDate} 起的 {workingDays} 个工作日中，有 {missing} 日未在 {deadline} 前提交工作日志，缺填1日扣 {penalty} 分，计 {points} 分。',
  'score.work_log_missing.in_progress': '自 {fromDate} 起的 {workingDays} 个工作日中，目前有 {missingSoFar} 日未填工作日志；到 {deadline} 仍缺填的每日扣 {penalty} 分。',
  'score.work_log_vague': '{vague} 篇工作日志填写含糊不清，每篇扣 {penalty} 分，计 {points} 分。',
  'score.market_survey.missing': '未在 {deadline} 前报送市场调查表，按最高 {max} 分扣，计 {points} 分。',
  'score.market_survey.not_yet_due': '市场调查表应于 {deadline} 前报送，逾期未报扣 {max} 分。',
  'score.market_survey.late': '市场调查表晚于 {deadline} 报送，按最高 {max} 分扣，计 {points} 分。',
  'score.market_survey.awaiting_grade': '市场调查表已于 {deadline} 前报送，等待经理评分（扣0–{max}分）。',
  'score.market_survey.graded': '经理视填表质量扣 {grade} 分（最高 {max} 分，截止 {deadline}），计 {points} 分。',
  'score.complaint': '客户合理投诉 {valid} 次，每次扣 {penalty} 分，计 {points} 分（另有 {pending} 次待认定）。',
  'score.assigned_task':
    '本月到期任务 {due} 项，其中 {counted} 项扣分：逾期完成 {late} 项，未按时完成 {notCompleted} 项，不符合领导要求 {failed} 项；每项扣 {penalty} 分，计 {points} 分（{pending} 项进行中或待验收）。',
  'score.discipline': '本月违规违纪 {count} 次，计 {points} 分。',
  'score.projection':
    '已计 {counted} 分，按目前进度预计 {projected} 分：{workingDays} 个工作日已过 {elapsed} 个，回款 {actual}，按此进度月底约 {projectedActual}（{collectionPoints} 分）；目前缺填工作日志 {missingSoFar} 日（{missingPoints} 分）；市场开拓与市场调查表到期再计，已记录的扣分按实计。',
  'score.projection.no_working_day_yet':
    '已计 {counted} 分，预计 {projected} 分：本月 {workingDays} 个工作日尚未开始，回款（目前 {actual}）暂不预计；已记录的扣分按实计。',
  'score.projection.after_month_end':
    '已计 {counted} 分，预计 {projected} 分：本月已结束，回款已定（{collectionPoints} 分）；目前缺填工作日志 {missingSoFar} 日，截止前未补则计 {missingPoints} 分；市场调查表到期再计。',

  // R5
  'promotion_effect.gain':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）订货 {unitsBefore}，增加 {extraUnits}（{uplift}%）；实际费用 {actualCost}，每增加一件 {costPerExtraUnit}。',
  'promotion_effect.no_gain':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）订货 {unitsBefore}（{uplift}%），没有增量，实际费用 {actualCost}。',
  'promotion_effect.no_baseline':
    '{start} 至 {end} 订货 {unitsInWindow}；之前同等时长（{baselineStart} 至 {baselineEnd}）没有订货，无法计算增幅（增加 {extraUnits}，实际费用 {actualCost}，每增加一件 {costPerExtraUnit}）。',

  'promotion_effect.no_orders':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）也没有订货，无法计算增幅与每件成本（实际费用 {actualCost}）。',
  // Before the requester reports actuals: the estimate (the promotion's page) or no cost (the report).
  'promotion_effect.gain.estimated':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）订货 {unitsBefore}，增加 {extraUnits}（{uplift}%）；尚未上报实际费用，按预计费用 {estimatedCost} 计，每增加一件 {costPerExtraUnit}。',
  'promotion_effect.no_gain.estimated':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）订货 {unitsBefore}（{uplift}%），没有增量；尚未上报实际费用（预计费用 {estimatedCost}）。',
  'promotion_effect.no_baseline.estimated':
    '{start} 至 {end} 订货 {unitsInWindow}；之前同等时长（{baselineStart} 至 {baselineEnd}）没有订货，无法计算增幅（增加 {extraUnits}；尚未上报实际费用，按预计费用 {estimatedCost} 计，每增加一件 {costPerExtraUnit}）。',
  'promotion_effect.no_orders.estimated':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）也没有订货，无法计算增幅与每件成本（尚未上报实际费用，预计费用 {estimatedCost}）。',
  'promotion_effect.gain.unreported':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）订货 {unitsBefore}，增加 {extraUnits}（{uplift}%）；尚未上报实际费用，每增加一件的费用待上报后计算。',
  'promotion_effect.no_gain.unreported':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）订货 {unitsBefore}（{uplift}%），没有增量；尚未上报实际费用。',
  'promotion_effect.no_baseline.unreported':
    '{start} 至 {end} 订货 {unitsInWindow}；之前同等时长（{baselineStart} 至 {baselineEnd}）没有订货，无法计算增幅（增加 {extraUnits}）；尚未上报实际费用，每增加一件的费用待上报后计算。',
  'promotion_effect.no_orders.unreported':
    '{start} 至 {end} 订货 {unitsInWindow}，之前同等时长（{baselineStart} 至 {baselineEnd}）也没有订货，无法计算增幅；尚未上报实际费用。',

  // Sales report
  'sales.change': '本期 {current}，上期 {previous}，变化 {change}%，在 ±{threshold}% 以内。',
  'sales.anomaly': '本期 {current}，上期 {previous}，变化 {change}%，超出 ±{threshold}%，属异动。',
  'sales.from_nothing': '本期 {current}，上期为0，超出 ±{threshold}%，属异动。',
  'sales_anomaly.below_minimum_current':
    '本期 {currentQty} 件（¥{currentAmount}），对比期 {previousQty} 件（¥{previousAmount}）：本期量太小，不足以比较（每期至少 {minUnits} 件且 ¥{minAmount}），不判异动。',
  'sales_anomaly.below_minimum_previous':
    '本期 {currentQty} 件（¥{currentAmount}），对比期 {previousQty} 件（¥{previousAmount}）：对比期量太小，不足以比较（每期至少 {minUnits} 件且 ¥{minAmount}），不判异动。',
  'sales_anomaly.below_minimum_both':
    '本期 {currentQty} 件（¥{currentAmount}），对比期 {previousQty} 件（¥{previousAmount}）：两期量都太小，不足以比较（每期至少 {minUnits} 件且 ¥{minAmount}），不判异动。',
  'sales_anomaly.from_nothing': '本期 {currentQty} 件（¥{currentAmount}），对比期没有订货：属异动，需说明原因。',
  'sales_anomaly.within_threshold':
    '本期 {currentQty} 件（¥{currentAmount}），对比期 {previousQty} 件（¥{previousAmount}）：变化 {change}%，在 ±{threshold}% 以内。',
  'sales_anomaly.beyond_threshold':
    '本期 {currentQty} 件（¥{currentAmount}），对比期 {previousQty} 件（¥{previousAmount}）：变化 {change}%，超出 ±{threshold}%，属异动，需说明原因。',
};

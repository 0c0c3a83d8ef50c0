// Role definitions of the demo organisation, taken from the company handbook (its job
// descriptions, 岗位说明书) in the role shape of the HTTP contract (API), "Organisation".
//
// Text is the handbook's own wording, cleaned of the web-page artefacts in the source
// (page-break fragments such as "2、" glued into sentences, the "名人堂" advertising line,
// characters lost in extraction such as "ffice" for "Office" and "版本号行性" for "可行性").
// Hiring criteria on gender, age and appearance (男生优先, 年龄35岁以下, 相貌端正) are left out.
// Where the handbook says nothing (the general manager, the system administrator, the sales
// supervisor, most reports-to lines), the definition is derived from what other sections
// say about that position and the comment says so.

import { DEFAULT_SCORING, PERMISSIONS, type RoleDefinition, type RoleDuty } from '@fieldbeat/domain';

// The permission catalog, the role shape and the handbook's scoring scheme are the domain's
// (never restated here): a permission or a scoring field added there reaches the demo as is.

/** A role definition as the demo posts it (`POST /roles`). */
export type RoleInput = RoleDefinition;

const d = (text: string): RoleDuty => ({ text });

// 总经理 — no section of its own; the handbook names the position as the rep's superior
// (直接上级: 主管、经理、总经理), as the final opinion on a promotion application
// (公司总经理意见) and as the one the key-account director reports to.
const generalManager: RoleInput = {
  code: 'general_manager',
  title: '总经理',
  titleEn: 'General manager',
  department: '总经办',
  headcount: 1,
  summary:
    '公司最高经营管理者，对公司年度经营目标负责；对超出审批额度的促销活动签署“公司总经理意见”，向大客户总监下达业绩要求并审阅其报告。',
  duties: [
    d('在促销活动申请表上签署“公司总经理意见”，对超出审批额度的促销活动作最终审批。'),
    d(
      '向大客户总监提出要求、下达业绩指标，审阅大客户总监定期提交的客户需求情况分析报告及调研报告。',
    ),
    d('审定公司年度销售目标计划及KA渠道策略。'),
  ],
  permissions: [...PERMISSIONS],
};

// 系统管理员 — a position of this platform, not of the handbook.
const systemAdmin: RoleInput = {
  code: 'system_admin',
  title: '系统管理员',
  titleEn: 'System administrator',
  department: '信息部',
  headcount: 1,
  reportsTo: 'general_manager',
  summary:
    '维护Fieldbeat系统：岗位说明书与权限、用户与团队、门店与商品主数据、工作日历与系统设置、外部系统接入。',
  duties: [
    d(
      '按公司岗位说明书维护岗位定义（职责、任职要求、权限、关键业绩指标、考核评分标准），保留版本记录。',
    ),
    d('管理用户账号与团队归属，员工入职、调岗、离职时及时调整。'),
    d('维护门店、商品、清场商品清单等主数据，以及工作日历（节假日、调休）和系统设置。'),
    d('管理外部系统（ERP、财务、BI）的接入客户端与Webhook，定期查看审计记录。'),
  ],
  permissions: [
    'roles.manage',
    'users.manage',
    'masterdata.manage',
    'settings.manage',
    'apiclients.manage',
    'reports.read',
    'scores.manage',
  ],
};

// KA经理工作职责 (篇七, after the scoring standard).
const kaManager: RoleInput = {
  code: 'ka_manager',
  title: 'KA经理',
  titleEn: 'KA manager',
  department: '业务部',
  reportsTo: 'general_manager',
  summary: '负责KA渠道的策略、客户建设与管理，管理并辅导业务专员，确保KA渠道销售目标的达成。',
  duties: [
    d('参与制定公司KA渠道策略和年度销售目标计划，分解、跟踪、落实年度销售指标。'),
    d('参与制定、谈判、落实KA促销活动和新品上市，对其结果进行评估。'),
    d('制定KA渠道的操作流程（促销活动、DC总仓服务等）。'),
    d('收集渠道变化和客户反馈信息，分析市场、渠道、竞品信息。'),
    d(
      '负责KA渠道每个客户的建设与管理（门店生意、费用、合同、终端陈列，数据建立以及数据分析和使用工作）。发现异常情况时及时与KA渠道业务代表沟通，并指导解决问题。',
    ),
    d('及时走访市场，了解终端铺货、陈列状况（包括卖场陈列、新品上市、铺货工作开展等）。'),
    d('管理业务专员（包括人员激励、销售技巧、产品陈列及公司制度等），确保销售目标的达成。'),
    d('每周巡店作业，采集各店信息，收集资料报表。'),
    d('管理及培训、辅导销售人员工作，如各项培训、售前协助、售后客户服务、技术支持等。'),
  ],
  // Derived from the rep sections: the reviewer (审核人) of promotion applications, the one
  // a rep asks before a return outside the standard (先请示后执行), the one who receives the
  // work logs and market surveys.
  authorities: [
    '审核业务员提交的促销活动申请表（审核人）。',
    '审批超出退货标准的退货申请（对超出标准外的退货，先请示后执行）。',
    '接收并评阅业务员每月报送的工作日志和市场调查表，按工作考核评分标准考核业务员。',
    '向业务员下达工作任务并检查完成情况。',
  ],
  permissions: [
    'visits.read_team',
    'tasks.assign',
    'promotions.apply',
    'promotions.approve',
    'returns.approve',
    'scores.manage',
    'reports.read',
  ],
  kpis: [
    { name: '年度销售指标完成率', target: 100, unit: '%' },
    { name: 'KA促销活动及新品上市效果评估' },
    { name: '业务专员销售目标达成率', target: 100, unit: '%' },
  ],
};

// 主管 — the handbook names 主管 first among the rep's direct superiors (直接上级: 主管、经理、
// 总经理) but has no sales-supervisor section; the duties are what the rep sections ask of the
// rep's superior (the Saturday meeting, logs, surveys, assigned work, complaints, discipline).
const salesSupervisor: RoleInput = {
  code: 'sales_supervisor',
  title: '主管',
  titleEn: 'Sales supervisor',
  department: '业务部',
  reportsTo: 'ka_manager',
  summary:
    '业务员的直接上级，协助经理管理业务员的日常工作：拜访计划、工作日志、市场调查表、领导交办工作及考核。',
  duties: [
    {
      title: '主持周例会，审核拜访计划',
      text: '每周六下午主持业务员例会，审核业务员上报的一周拜访计划，检查重点门店、一般门店的拜访频率是否满足要求。',
      cadence: { kind: 'weekly', weekday: 6 },
    },
    d('阅读业务员的工作日志，对填写含糊不清的日志予以标记。'),
    d('评阅业务员每月报送的市场调查表，视填表质量评定0-5分的扣分。'),
    d('向业务员下达工作任务，检查其是否按时完成、是否符合要求。'),
    d('核实客户投诉是否合理，记录业务员的违规违纪情况。'),
    d('审核业务员的促销活动申请，对超出退货标准的退货提出处理意见。'),
  ],
  permissions: [
    'visits.read_team',
    'tasks.assign',
    'promotions.approve',
    'returns.approve',
    'scores.manage',
    'reports.read',
  ],
};

// 业务员 — 篇五 业务员工作职责 (planning, display, stock, service, ordering, promotions,
// promoters, market information, rapport, data analysis, the visit form), 篇七 业务员岗位职责 and
// 工作考核评分标准, the KA section's 业务员工作职责, and 篇八 业务部业务员工作岗位职责说明书.
const salesRep: RoleInput = {
  code: 'sales_rep',
  title: '业务员',
  titleEn: 'Sales rep',
  department: '业务部',
  headcount: 8,
  reportsTo: 'ka_manager',
  summary:
    '协助业务部经理完成业务部门日常事务工作；负责分工区域的市场管理、市场开拓与产品销售任务，按计划拜访门店，做好生动化陈列、库存清理、订货、促销落实、市场信息收集与客情维护。',
  duties: [
    d(
      '每月计划：以公司的整体目标与计划，结合上月数据分析中了解到的销售情况，做出当月的产品、促销、陈列、针对竞品策略的工作计划，并将计划细分到每一个品牌，每一个条码，每一个门店，每一周销售任务分配。',
    ),
    {
      title: '上报下周拜访计划',
      text: '每周计划：根据每月的工作计划与上周的拜访得到的实际情况，安排一周的拜访工作，并检查拜访的频率是否能够满足客户的需要。每周六下午回公司开会的时候上报给公司。（重点门店一周拜访次数不得少于3次，应隔一天拜访一次；一般门店每周拜访不得少于一次）',
      cadence: { kind: 'weekly', weekday: 6 },
      scored: false,
    },
    d(
      '每天计划：结束一天的拜访工作后，对重点紧急事情向公司通报，并按照一周的拜访计划，结合工作实际情况（店方的请货时间，重要待处理事项，店方的要求，店方相关人员的班次等）安排第二天的拜访计划。对于每周安排好的拜访计划不要随意改动，分清待处理事项的轻重缓急，做到计划大于变化。',
    ),
    {
      // Not scored as a task: a missing log already costs 1 point through work_log_missing.
      // The handbook writes 日誌 here and 日志 elsewhere: one form (志) throughout.
      title: '写工作日志',
      text: '工作日志：每个工作日填写“工作日志”，每月第2个工作日向经理报送；缺填1日扣1分，填写含糊不清扣0.5分。',
      cadence: { kind: 'daily' },
      closedBy: 'work_log',
      scored: false,
    },
    {
      title: '报送市场调查表',
      text: '市场调查表：每月第2个工作日向经理报送“市场调查表”，视填表质量扣0-5分。',
      cadence: { kind: 'monthly', workingDay: 2 },
      closedBy: 'market_survey',
      scored: true,
    },
    d(
      '生动化陈列：争取卖场内好的陈列位置，争取货架上好的陈列层次，更多更大的陈列面。陈列情况要不弱于竞品和优于竞品。保持货架上商品易区分、易识别，集中陈列，商品丰富、品相朝外、先进先出、干净整洁，无残、次、污染破损商品。重点推荐商品、新品与促销商品占最佳陈列位置，且陈列面不得少于3个。',
    ),
    d(
      '价签：所有产品有相应的价签，价签要正确反应产品价格，价签应清晰醒目。特别注意特价商品的起止日期，对价签及时更换。',
    ),
    d(
      '生动化工具：争取机会布置生动化工具，如挂条，PP，围纸，产品标签等，放到顾客容易看到的地方。对已有生动化工具和售点广告要及时维护。检查是否完好、干净、陈旧，及时更换。',
    ),
    d(
      '清理库存：根据近期销售情况，保持每一个条码的安全库存。对每一个条码按种类，品牌，口味，价格顺序化清点库存数量，检查货架上是否有脱销或存量的商品，根据已掌握的情况判断是否还有库存，询问店方仓库是否还有库存，将放在仓库、纸箱或其它不显眼地方的商品拿到货架醒目位置和顾客容易拿到的地方。',
    ),
    d(
      '提供专业服务：主动询问店方的要求，处理店方的合理要求，提供退货，换货，宣传物料，促销活动，产品特点、卖点知识，向店方分析我们产品的优势，市场地位，能给对方带来的利益。对店方的不合理要求，如：要求费用支持，不合公司利益的促销，损耗补差，不合理退货等，采用柔和的态度进行回绝，如权限有限，要向公司请示或会受到公司罚款等说法。',
    ),
    d(
      '退货标准：产品包装问题破损（包装内商品多于2/3），产品生产质量原因，距离保质期90天以上的滞销品，公司指定清场产品，或门店关门清场产品。对超出标准外的退货，先请示后执行。',
    ),
    d(
      '销售产品：根据产品现有库存和近期日平均销售情况，货架上的排面数，拜访间隔时间，促销活动安排，季节性等因素综合安排安全库存，向店方建议订单。处理店方关于销量不好，库存过大之类的异议，充分运用销售数据，对店方的利润贡献，在同行类的地位排名，促销活动支持等方式说服。在库存安排上，要保证品项齐全，下次拜访时不断货。采用1.5倍订量原则：本期应订货量=（上期库存+上期订货量-本期库存）×1.5-本期库存。',
    ),
    d('公司要求落实的促销活动：准备好店方总部的促销执行单，交门店区域主管，营销部签字执行。'),
    d(
      '店方要求支持的促销活动：了解促销活动的目的与方法，大概所需要的人员/物资/费用及公司所需要的其它支持配合，比较店方会给予公司的支持与公司的投入，判断其合理性，在公司填写促销申请表，经审核批准后向店方反馈信息。等待店方总部执行单至门店落实促销活动。对公司不给予审核的情况，向店方人员表示歉意，说明情况。',
    ),
    d(
      '业务人员发现销售机会申请的促销活动：先向公司口头申请，得到公司同意后，向所需要做促销活动的门店区域主管说明促销活动方案，预估效果，促销前的销量，说服对方并给予支持。然后向公司提出正式申请。由公司向店方总部报促销活动，待店方总部批准的促销执行单后落实至门店。',
    ),
    d(
      '促销活动的执行：在具体执行促销活动前，要求店方给予实际配合支持：前期备货，PP，促销位置安排，准许布置生动化陈列工具，安排人流量较大的促销活动场地。促销活动执行中，要重点拜访该门店，发现促销活动过程中的问题，如赠品管理，临时促销人员的管理等。',
    ),
    d(
      '配合与指导导购的工作：导购是否到岗；检查赠品是否齐全，是否需要补充，赠品的领用，消耗是否正常，活动完毕后有无退回；记录导购的工作态度，了解其收集到的市场信息；记录导购反应的问题，对其工作技巧，产品优势卖点等予以指导；配合导购做好陈列，促销工具的布置；与店方沟通，协调导购员上岗，号牌办理，班次安排等相关工作。',
    ),
    d(
      '收集市场信息：建立商品信息卡、客户资料卡、竞品信息卡、消费者信息卡。以上资料注重积累与更新，每月需留公司备档。',
    ),
    d(
      '提升客情：经常性的拜访，在交往中保持礼貌的态度。能记得对方的姓名，合乎情理的称赞，在节庆日给予问候，多帮他们做一些工作分外的事情，找到双方共同感兴趣的话题和对方利益点交谈，对于对方的要求，口头重复，当面记载在工作记录上，以示重视。在保证公司利益前提下，充分考虑店方利益与对方的个人利益。不轻易向店方人员承诺，但答应的事一定要办到。（不经公司批准，答应店方超出个人权限的事情，损害到公司利益，所造成公司的损失由业务人员承担。）',
    ),
    d(
      '销售数据分析：通过每周/月的销售数据分析（周销售情况表，月销售统计分析表），了解分析每一个品类，每一个SKU，每一个门店的销售情况。及时发现出现的异动情况，清楚自己一月的工作效果。对每一个销售统计数据出来的结果（上升或下降）都能说得出原因，并总结工作记录，及时提出改进方案（如：申请促销活动，调整陈列等）。',
    ),
    d(
      '客户拜访表：每一次拜访都需填写品名、规格、单位，价格、库存数、生产日期、陈列层、面，促销活动方式、促销起止期、本次订货数，以及竞品情况、导购情况、店方意见、业务员建议，并由店方签名。',
    ),
    d('负责分工区域的市场管理，维护市场秩序，制止恶性竞争。'),
    d('完成所分工区域的市场开拓、产品销售任务。'),
    d('直接与所分工区域的代理商沟通联系，及时送货；办理退货；结算收回货款。'),
    d('协助所分工区域代理商开拓二级市场和终端客户。'),
    d('负责所分工区域的产品形象、宣传推广工作。'),
    d('负责所分工区域的市场调研工作和代理商评估工作。'),
    d(
      '完成领导交办的工作：要求行动迅速、效率高、质量好，按时圆满完成领导交办和部门月工作计划中负责的工作任务。',
    ),
    d(
      '在业务部经理的指导下，负责制定各自的月度及季度销售计划，并根据客户特性，提出相应的销售建议及方案。',
    ),
    d('负责完成业务部经理下达的各项营销目标，对负责的客户资源销售目标的达成情况负责。'),
    d('负责收集所跟进客户的各类信息及挖掘相关市场资讯并形成报告。'),
    d('分析客户特质，在业务部经理的指导下，制定及实施客户公关策略并对实施成效负责。'),
    d('负责跟进开拓客户需求，维护客户良好关系并保持持续发展。'),
    d(
      '客户关系管理及维护，帮助客户解决困难，跟踪客户投诉处理结果，协助公司做好售后服务工作，提升客户满意度。',
    ),
    d('进行成本核算，提供商务报表及部门销售业绩的统计、查询、管理。'),
    d('整理公司订单，合同的执行并归档管理。'),
    d('接待来访客户及综合协调日常行政事务。'),
    d(
      '岗位责任：听从上一级领导的安排，不能擅自做主；对违背上级决议所造成的后果负责；对由于自己决策执行失误，造成不达目标或经济下降负责；对未完成月份和季度任务目标负责；对本公司信誉造成严重损毁负责；对公司机密泄露事件负责；对事前未做充分调查可行性分析而草率作决定的给公司造成损失负责。',
    ),
  ],
  workContent: [
    '与客户联络、沟通',
    '配合技术人员进行技术展演、咨询',
    '拟订商务计划',
    '进行商务谈判',
    '负责售后支持监督、协调工作',
    '发现潜在客户',
    '完成销售所涉及的各种表格',
  ],
  requirements: [
    '学历要求：市场营销或相关专业大专以上学历。',
    '工作经验：两年以上销售工作经验；熟悉KA系统流程，有1-2年及以上工作经验。',
    '有一定客户渠道、做过休闲食品小食品的优先选择。',
    '有高度责任心、吃苦耐劳。',
    '身体条件及心理品质：身体健康，为人处事正直、坦诚、成熟、豁达、自信，有高度的工作热情，良好的团队合作精神，较强的观察力和应变能力。',
    '对市场营销工作有较深刻的认知，有良好的市场判断和开拓能力。',
    '具有敏锐的市场洞察力、应变能力和销售职业素质。',
    '熟练操作办公软件和办公自动化设备。',
  ],
  authorities: [
    '产品定价权（范围内）',
    '所跟进客户销售策略制定及建议权',
    '申诉权',
    '有权对客户投诉提出理赔。',
    '有权提出本区域内的促销申请活动及其他人员配合工作的申请。',
    '有权对本区域内的大客户的初步洽谈。',
    '对本区域内的通路提出针对性的看法。',
    '有权提出区域内用车计划的申请。',
    '向销售经理或助理汇报并接受其他领导。',
  ],
  permissions: ['visits.log', 'promotions.apply', 'returns.request'],
  kpis: [
    { name: '销售目标完成率', target: 100, unit: '%' },
    { name: '利润目标完成率', target: 100, unit: '%' },
    { name: '新客户开拓指标达成率', target: 100, unit: '%' },
    { name: '客户信息及市场资讯收集情况' },
    { name: '订单执行准确性' },
    { name: '客户投诉率', unit: '%' },
    { name: '培训考核率', unit: '%' },
    { name: '有效的时间管理' },
    { name: '销售回款完成率', target: 100, unit: '%' },
    { name: '重点门店每周拜访次数', target: 3, unit: '次/周' },
    { name: '一般门店每周拜访次数', target: 1, unit: '次/周' },
  ],
  workingConditions:
    '工作场所：办公室。环境状况：基本舒适。危险性：基本无危险，无职业病危险。配备台式电脑1台、固定电话1台。工作时间：依据工作需要，按情况定。',
  scoring: { ...DEFAULT_SCORING },
};

// 篇九 大客户各岗位职责.
const keyAccountDirector: RoleInput = {
  code: 'key_account_director',
  title: '大客户总监',
  titleEn: 'Key account director',
  department: '大客户部',
  headcount: 1,
  reportsTo: 'general_manager',
  summary: '根据总经理的要求带领大客户团队完成年度销售任务，负责大客户部全面管理工作。',
  duties: [
    d('根据总经理的要求，完成公司下达的业绩指标，带领大客户团队完成年度销售任务。'),
    d('拓展公司大客户市场和销售业绩，开发新客户，增加公司营业收入。'),
    d(
      '负责大客户部全面管理工作，制定完善的工作流程，确保日常工作有效实施，对团队业绩负责、对管理失误负责、对问题事故负责。',
    ),
    d('定期向总经理提交客户需求情况分析报告及调研报告，为公司的总体经营部署提供可靠依据。'),
    d(
      '需求引导与挖掘：以客户和市场为导向，能独立进行与客户的深度沟通，完成对客户需求的启发式引导。',
    ),
    d(
      '负责把控项目运作推进程度，监控项目运行进度，协调策略团队为客户定制相关方案，全面负责提案工作。',
    ),
    d('领导、建立与健全和客户、上级主管部门间顺畅的沟通渠道，处理各环节相互之间事务矛盾和问题。'),
    d('负责客户公共关系工作，与大客户建立良好的合作关系。'),
    d(
      '合理分配下属员工工作，提高工作效率，培养员工团队协作意识与独立工作能力，积极推动所管辖部门各项重点工作的完成。',
    ),
  ],
  permissions: [
    'visits.read_team',
    'tasks.assign',
    'promotions.approve',
    'returns.approve',
    'scores.manage',
    'reports.read',
  ],
  kpis: [{ name: '年度销售任务完成率', target: 100, unit: '%' }, { name: '新客户开发数量' }],
};

const keyAccountSupervisor: RoleInput = {
  code: 'key_account_supervisor',
  title: '大客户业务主管',
  titleEn: 'Key account supervisor',
  department: '大客户部',
  reportsTo: 'key_account_director',
  summary:
    '在公司安排下负责所在区域的终端大客户招商和日常客户维护，协助公司做好大客户的订单、运营与售后。',
  duties: [
    d('在公司安排下，负责所在区域的终端大客户招商工作和日常客户维护工作。'),
    d('协助公司对其所签大客户的订单管理、跟单统筹等工作。'),
    d('协助公司不断完善、优化大客户的开发及运营管理制度及流程。'),
    d('协助公司不断优化对大客户市场资源配置，节约成本。'),
    d('协助公司及时处理大客户投诉及售后服务工作。'),
    d('具体协调和衔接对大客户的支持和保障工作。'),
    d('协助上级开展大客户部工作。'),
  ],
  permissions: [
    'visits.log',
    'visits.read_team',
    'tasks.assign',
    'promotions.apply',
    'returns.request',
    'reports.read',
  ],
};

const keyAccountSpecialist: RoleInput = {
  code: 'key_account_specialist',
  title: '大客户专员',
  titleEn: 'Key account specialist',
  department: '大客户部',
  reportsTo: 'key_account_supervisor',
  summary: '负责大客户的开发、跟进与协调，定期拜访客户，完成公司分配的销售业绩。',
  duties: [
    d('负责租赁公司、公司、政府部门事业单位等大客户的开发、跟进协调工作。'),
    d('制定个人工作计划并完成公司分配的销售业绩。'),
    d('维护客户关系，定期拜访客户。'),
    d('及时反馈客户信息，帮助客户解决问题。'),
    d('完成大客户销售任务目标，不断优化大客户的开发及运营管理。'),
    d('调查分析潜在大客户。'),
    d('统计分析现有客户的需求及信息资料。'),
    d('协调公司与客户之间的关系，提高客户满意度。'),
    d('协助上级领导开展其他运营管理工作。'),
  ],
  permissions: ['visits.log', 'promotions.apply', 'returns.request'],
};

// 篇一 业务支持部工作职责: 业务支持部设置主管1名、业务支持岗3名、电网销承保直通岗1名.
const businessSupportSupervisor: RoleInput = {
  code: 'business_support_supervisor',
  title: '业务支持主管',
  titleEn: 'Business support supervisor',
  department: '业务支持部',
  headcount: 1,
  reportsTo: 'general_manager',
  summary: '负责对各部门的业务支持与保障工作，负责业务支持部的综合事务、工作计划与数据报表。',
  duties: [
    d('负责对各部门的业务支持与保障工作。'),
    d('负责部门的综合事务，协调和分配工作计划，做好工作指导。'),
    d('负责对部门人员无法处理事务的回复。'),
    d('负责公司续保业务管理工作。'),
    d('负责每月手续费结算，包括提取、汇总、打印等工作。'),
    d(
      '负责业务数据分析及各项报表制作（包括每日进度表、部门保费对比表、数据清分表、预算调整表、业务明细表、个人业绩表等）。',
    ),
    d('负责电网销业务管理。'),
    d('负责单证领取、发放及回收。'),
    d('公司安排的各项事务。'),
  ],
  permissions: ['tasks.assign', 'reports.read'],
};

const businessSupportStaff: RoleInput = {
  code: 'business_support_staff',
  title: '业务支持岗',
  titleEn: 'Business support staff',
  department: '业务支持部',
  headcount: 3,
  reportsTo: 'business_support_supervisor',
  summary: '为网点业务提供承保咨询、单证与手续费处理及每月数据清分。',
  duties: [
    d('网点业务承保咨询及保费测算。'),
    d('单证领取、发放及回收。'),
    d('手续费提取及打印。'),
    d('制作每月数据清分表。'),
    d('部门要求完成的其他事务。'),
  ],
  permissions: ['reports.read'],
};

const onlineUnderwritingStaff: RoleInput = {
  code: 'online_underwriting_staff',
  title: '电网销承保直通岗',
  titleEn: 'Online underwriting staff',
  department: '业务支持部',
  headcount: 1,
  reportsTo: 'business_support_supervisor',
  summary: '负责电网销业务的承保咨询、单证、手续费与台账。',
  duties: [
    d('电网销业务承保咨询及保费测算。'),
    d('单证领取、发放及回收。'),
    d('手续费提取及打印。'),
    d('制作每月数据清分表。'),
    d('制作双进表。'),
    d('登记电网销的手工和电子台账。'),
    d('部门要求完成的其他事务。'),
  ],
  permissions: ['reports.read'],
};

// 篇三 技术支持岗位职责 (篇四 repeats it with broken numbering).
const techSupportSenior: RoleInput = {
  code: 'tech_support_senior',
  title: '技术支持工程师（高级）',
  titleEn: 'Technical support engineer (senior)',
  department: '技术支持部',
  reportsTo: 'general_manager',
  summary:
    '资深技术支持工程师：负责项目的售前技术支持、方案设计与项目策划实施，指导、培养中级专业技术人员。',
  duties: [
    d('负责项目的售前技术支持，完成售前咨询、方案设计、投标书制作、投标及应答。'),
    d('组织和实施面向客户的产品演示会、技术交流会、技术讲座等。'),
    d('协助销售人员和客户进行各个层面（业务、技术实现）的技术交流和解答。'),
    d('配合销售撰写技术方案。'),
    d('负责项目策划及组织实施工作。'),
    d(
      '协助上级领导完成各类工程的技术方案、项目的技术可行性评估、设计会审、主要设备的技术选型等工作，及时掌握各类标准和政策、业务流程及相关规定，提出落实意见。',
    ),
    d(
      '参与本部门各项技术管理流程的制定工作，跟踪和学习最新的技术动态，及时了解新技术、新业务和新设备。',
    ),
    d('响应及解决客户的技术要求及疑问。'),
    d('指导、培养中级专业技术人员学习和提高。'),
  ],
  requirements: [
    '大专及以上学历，3年以上相关专业工作经验。',
    '熟练掌握系统集成和通信技术技能，接收新技术和新业务能力强，技术过硬，能独立处理紧急任务。',
    '具有丰富的项目管理经验，精通相关专业知识，有较强的表达和协调能力，能够有创造性的开展工作。',
    '善于合作，具有良好的团队精神及较强的组织协调能力，具有良好的人际关系和沟通协作能力。',
    '工作认真、具备良好的职业道德和敬业精神。',
    '能够承受较强的工作压力，能适应出差。',
  ],
  permissions: ['tasks.assign'],
};

const techSupportMid: RoleInput = {
  code: 'tech_support_mid',
  title: '技术支持工程师（中级）',
  titleEn: 'Technical support engineer (mid-level)',
  department: '技术支持部',
  reportsTo: 'tech_support_senior',
  summary:
    '负责客户的售前售后电话及现场技术支持、项目的管理实施与验收，指导、检查和考核初级专业技术人员。',
  duties: [
    d('负责公司日常的针对客户的售前售后的电话以及现场的技术支持。'),
    d('跟踪和学习最新的技术动态，及时了解新技术、新业务和新设备。'),
    d('配合销售撰写技术方案。'),
    d('组织和实施面向客户的产品演示会、技术交流会、技术培训等。'),
    d(
      '参与项目的技术可行性评估、设计会审、主要设备的技术选型等工作，及时掌握各类标准和政策、业务流程及相关规定，提出落实意见。',
    ),
    d(
      '负责具体项目的管理、实施和验收工作，督促所负责的项目按照计划及时完成，在技术业务上对相关人员进行指导。',
    ),
    d('负责售中项目各个流程环节沟通协调。'),
    d('落实项目的各项指标，检查工程完成情况，及时提出分析结果。'),
    d('编写相关竣工文档、工程验收资料。'),
    d('及时反馈用户需求。'),
    d('对初级专业技术人员的工作进行指导、检查和考核。'),
  ],
  requirements: [
    '大专及以上学历，2年以上相关专业工作经验。',
    '熟练掌握系统集成和通信技术技能，接收新技术和新业务能力强，技术过硬，能独立处理紧急任务。',
    '具有丰富的实践经验，精通相关专业知识，有较强的表达和协调能力，能够有创造性的开展工作。',
    '具有良好的团队工作精神和人际关系和沟通协作能力。',
    '工作认真、具备良好的职业道德和敬业精神。',
    '能够承受较强的工作压力，能适应出差。',
  ],
  permissions: ['tasks.assign'],
};

const techSupportJunior: RoleInput = {
  code: 'tech_support_junior',
  title: '技术支持工程师（初级）',
  titleEn: 'Technical support engineer (junior)',
  department: '技术支持部',
  reportsTo: 'tech_support_mid',
  summary: '负责公司软件产品的安装、演示与培训，以及针对客户的售前售后电话和现场技术支持。',
  duties: [
    d('熟练掌握公司软件产品的安装、功能使用。'),
    d('跟踪和学习最新的技术动态，及时了解新技术、新业务和新设备。'),
    d('配合销售撰写技术方案。'),
    d('负责公司日常的针对客户的售前售后的电话以及现场的技术支持。'),
    d('负责针对客户的产品演示、安装以及培训工作。'),
    d('落实工程各项指标，并作好工程实施文档的记录。'),
    d(
      '保持与客户良好的沟通，能够让用户学会并熟练使用公司提供的产品；总结客户在培训中对产品提出的建议，回馈给相关部门。',
    ),
  ],
  requirements: [
    '大专及以上学历，1年以上相关专业工作经验。',
    '电子/通信/计算机等相关专业。',
    '具备较强的分析、判断能力，较强文字、语言表达能力。',
    '较强的学习新知识的能力，动手能力较强，有良好的责任心和职业道德。',
    '具有良好的团队工作精神和人际关系和沟通协作能力。',
    '能够承受较强的工作压力，能适应出差。',
  ],
  permissions: [],
};

// 篇六 岗位要求（业务支撑专员、产品助理、客户经理、技术支撑专员）and the postings after it.
// The handbook names no department or superior for these; the assignments are ours.
const businessSupportSpecialist: RoleInput = {
  code: 'business_support_specialist',
  title: '业务支撑专员',
  titleEn: 'Business support specialist',
  department: '业务支持部',
  reportsTo: 'business_support_supervisor',
  summary: '协助产品销售与库存管控，策划并监督执行产品营销活动，统计分析业务数据。',
  duties: [
    d('负责协助产品销售、库存管控。'),
    d('负责产品营销活动方案的策划和监督执行。'),
    d('负责统计分析业务数据，提出可行性建议。'),
    d('负责部门内部的综合事务。'),
  ],
  requirements: [
    '大专以上，有通信行业经验优先，具备产品销售、采购、库存管控方面工作经验。',
    '较强的市场分析和商务谈判能力，对产品营销活动方案有一定的组织策划和监督执行能力。',
    '沟通能力和独立工作能力强，有亲和力和团队精神。',
    '熟练使用Windows、Office Word和PPT办公软件，精通Office Excel等数据分析软件。',
  ],
  permissions: ['reports.read'],
};

const productAssistant: RoleInput = {
  code: 'product_assistant',
  title: '产品助理',
  titleEn: 'Product assistant',
  department: '产品部',
  reportsTo: 'general_manager',
  summary: '协助产品经理进行商务谈判，负责产品采购与库存管控、到货配送跟踪及销售系统报表。',
  duties: [
    d('负责协助产品经理与厂家进行商务谈判。'),
    d('负责关于产品的采购、库存的管控。'),
    d('负责协助监督管理产品到货和配送情况。'),
    d('参与和跟进项目进展和结算工作。'),
    d('负责销售系统操作，跟踪分析相关信息，定期进行报表统计和分析工作。'),
  ],
  requirements: [
    '大专（含）以上，会计或统计分析专业优先。',
    '2年以上终端产品采购商务管理的经验，或有与供应商/厂家业务往来经验。',
    '有较强的工作责任心，沟通协调能力，工作认真、细致、严谨，能承担较繁琐的工作压力，熟悉计算机和销售系统的操作。',
  ],
  permissions: ['masterdata.manage', 'reports.read'],
};

const customerManager: RoleInput = {
  code: 'customer_manager',
  title: '客户经理',
  titleEn: 'Customer manager',
  department: '渠道销售部',
  reportsTo: 'general_manager',
  summary:
    '终端产品销售管理职位：负责其功能领域内主要目标和计划，管理部门日常工作，维护关键顾客关系并发展新业务。',
  duties: [
    d('负责其功能领域内主要目标和计划，制定、参与或协助上层执行相关的政策和制度。'),
    d('负责部门的日常管理工作及部门员工的管理、指导、培训及评估。'),
    d('分析客户需求，维护与指定公司关键顾客的关系，寻求机会发展新的业务。'),
    d('管理、参与和跟进项目进展。'),
    d('建立管理数据库，跟踪分析相关信息。'),
    d('向公司提供市场资讯及所属客户信息。'),
  ],
  requirements: [
    '大专（含）以上学历。',
    '营销、通信相关专业优先考虑。',
    '3年以上通信终端产品销售渠道拓展和管理工作经验。',
    '良好的业务洽谈能力；沟通协调能力。',
    '熟练办公软件操作。',
  ],
  permissions: ['visits.log', 'tasks.assign', 'reports.read'],
  workingConditions: '可根据公司需要，长驻广东省指定的城市进行业务拓展。',
};

const technicalSupportSpecialist: RoleInput = {
  code: 'technical_support_specialist',
  title: '技术支撑专员',
  titleEn: 'Technical support specialist',
  department: '信息部',
  reportsTo: 'general_manager',
  summary: '提炼各部门的业务需求，对接ERP软件公司完成实施交付，持续改进ERP功能与业务流程。',
  duties: [
    d(
      '对中心各部门的业务需求进行提炼并编写需求报告、组织软件公司提供基于当前ERP软件的业务解决方案；组织软件测试和验收。',
    ),
    d('负责对接ERP软件公司，完成ERP软件的实施交付工作，帮助使用者和需求提出方成功应用ERP软件。'),
    d('持续总结项目整体实施经验、形成知识文档，并进行内部共享。'),
    d(
      '分析使用方提出的各种软件使用问题并归类，决定提交ERP软件公司跟进解决软件本身问题，或编制需求提交ERP软件公司进行重新开发。',
    ),
    d('负责结合业务流程持续推动改进ERP软件功能，或反之结合ERP软件已有功能持续改进中心业务流程。'),
  ],
  requirements: [
    '大学本科及以上学历，金融、会计、财务管理、计算机、管理信息化等相关专业；一年以上工作经验。',
    '对会计核算、财务管理、财务分析或计算机应用、计算机网络及数据库有一定的了解。',
    '有ERP软件项目实施经验或者熟悉零售行业管理流程的优先考虑。',
    '工作认真、负责，有良好的团队合作精神，良好的分析能力与沟通技巧。',
    '善于沟通、有较好的亲和力，文字表达能力强。',
  ],
  permissions: ['apiclients.manage', 'reports.read'],
};

const budgetOfficer: RoleInput = {
  code: 'budget_officer',
  title: '预算员',
  titleEn: 'Budget officer',
  department: '财务部',
  reportsTo: 'general_manager',
  summary: '负责核定公司财务预算、开具发票与税务、收入与回款核对、经营成果核算及费用报销。',
  duties: [
    d('负责核定公司财务预算，填报相关预算报表。'),
    d('负责开具公司业务发票，协调处理买票以及相关税务工作。'),
    d('核查和跟踪应收应付清理情况。'),
    d('负责账上的收入、开票、系统录入、回款核对。'),
    d('负责核算中心经营成果（收入、成本、利润），核算项目资金成本支付情况。'),
    d('费用核对、登记、报销等工作。'),
  ],
  requirements: [
    '大专以上学历，熟悉财务预算的编制及分析，对增值税有一定的了解。',
    '1-3年以上批发零售企业工作经验，财会类相关专业优先。',
    '精通EXCEL函数运用，熟练操作Office办公软件，有较好的文字表达能力。',
    '工作仔细，有较强的责任心，能承受一定工作压力。',
  ],
  // Booking collections (回款核对) is what scores.manage allows.
  permissions: ['scores.manage', 'reports.read'],
};

const adminSpecialist: RoleInput = {
  code: 'admin_specialist',
  title: '行政专员',
  titleEn: 'Administrative specialist',
  department: '行政部',
  reportsTo: 'general_manager',
  summary: '负责会务、文案、工会活动、安全与车辆管理，协助人事日常事务及办公用品与固定资产管理。',
  duties: [
    d('负责会议通知、会议筹备等会务工作。'),
    d('负责文案类工作，如通讯稿件的编写。'),
    d('负责工会活动组织策划和总结。'),
    d('开展中心安全管理以及车辆管理工作。'),
    d('协助管理人事日常事务：员工考勤、出勤统计、报表等人事管理工作；人力资源招聘与配置。'),
    d('负责公司办公材料申请、固定资产的管理等相关工作。'),
  ],
  requirements: [
    '大学专科以上学历，一年以上相关工作经验。',
    '行政管理、人力资源管理专业优先。',
    '较强的文字撰写能力和语言表达能力，熟练操作Office办公软件（Word/Excel/PPT）。',
    '良好的团队合作意识、较强的学习、组织能力、协调沟通能力，能独立开展工作。',
    '有驾照者优先。',
  ],
  permissions: ['users.manage'],
};

/** Every role definition of the demo organisation, superiors before their reports. */
export const demoRoles: RoleInput[] = [
  generalManager,
  systemAdmin,
  kaManager,
  salesSupervisor,
  salesRep,
  keyAccountDirector,
  keyAccountSupervisor,
  keyAccountSpecialist,
  businessSupportSupervisor,
  businessSupportStaff,
  onlineUnderwritingStaff,
  businessSupportSpecialist,
  techSupportSenior,
  techSupportMid,
  techSupportJunior,
  productAssistant,
  customerManager,
  technicalSupportSpecialist,
  budgetOfficer,
  adminSpecialist,
];

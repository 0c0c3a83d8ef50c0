/** The lines of a monthly scorecard (工作考核评分标准), in the handbook's order. */
export const SCORE_LINE_CODES = [
  'collection',
  'market_first_level',
  'market_second_level',
  'work_log_missing',
  'work_log_vague',
  'market_survey',
  'complaint',
  'assigned_task',
  'discipline',
] as const;
export type ScoreLineCode = (typeof SCORE_LINE_CODES)[number];

/** 一级市场 (agents, outlets) and 二级市场 (wholesale outlets under an agent). */
export const MARKET_LEVELS = ['first', 'second'] as const;
export type MarketLevel = (typeof MARKET_LEVELS)[number];

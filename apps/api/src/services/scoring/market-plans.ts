import { Type, type Static } from 'typebox';
import { MARKET_LEVELS, marketPlanCompletion } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { completeMarketPlan, getMarketPlan, insertMarketPlan, type MarketPlanRow } from '../../db/repos/scoring.js';
import type { Caller } from '../../lib/caller.js';
import { newId } from '../../lib/ids.js';
import { refusalError } from '../../lib/refusal.js';
import { Id, IsoDate, IsoMonth, Name, Nullable } from '../../lib/schemas.js';
import { changeUserRecord, checkStore, createUserRecord, recordSubject, type RecordKind } from './subjects.js';

/** 市场开发计划: planned first- and second-level markets of a month, and their completion. */

const Level = Type.Enum(MARKET_LEVELS, {
  description: 'first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each',
});

export const MarketPlanView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  month: IsoMonth,
  level: Level,
  name: Type.String(),
  storeId: Nullable(Type.String()),
  completedDate: Nullable(IsoDate),
  createdAt: Type.String(),
});

export const marketPlanView = (p: MarketPlanRow): Static<typeof MarketPlanView> => ({
  id: p.id,
  userId: p.userId,
  month: p.month,
  level: p.level,
  name: p.name,
  storeId: p.storeId,
  completedDate: p.completedDate,
  createdAt: p.createdAt,
});

export const MarketPlanBody = Type.Object({ userId: Id, month: IsoMonth, level: Level, name: Name, storeId: Type.Optional(Id) });
export const MarketPlanCompleteBody = Type.Object({ date: IsoDate });

export const MARKET_PLANS: RecordKind<MarketPlanRow> = { entity: 'market_plan', noun: 'market plan', get: getMarketPlan };

/** Plans a market to develop in a month (scores.manage), open, audited. */
export function planMarket(db: DbOrTx, caller: Caller, b: Static<typeof MarketPlanBody>): MarketPlanRow {
  return createUserRecord(db, caller, MARKET_PLANS.entity, (tx) => {
    recordSubject(tx, caller.principal, b.userId);
    checkStore(tx, b.storeId);
    return insertMarketPlan(tx, {
      id: newId(),
      userId: b.userId,
      month: b.month,
      level: b.level,
      name: b.name,
      storeId: b.storeId ?? null,
      completedDate: null,
      createdAt: new Date().toISOString(),
    });
  });
}

/** Records the date a visible plan's market was developed (scores.manage): 409 once completed. */
export const completePlannedMarket = (db: DbOrTx, caller: Caller, id: string, b: Static<typeof MarketPlanCompleteBody>): MarketPlanRow =>
  changeUserRecord(db, caller, MARKET_PLANS, id, 'complete', (tx, before) => {
    const completion = marketPlanCompletion(before);
    if (!completion.ok) throw refusalError(completion);
    return completeMarketPlan(tx, before.id, b.date);
  });

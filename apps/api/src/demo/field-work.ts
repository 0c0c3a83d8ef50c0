import { isWorkingDay, localDate } from '@fieldbeat/domain';
import { connectionOf, type Db } from '../db/client.js';
import { writeAudit } from '../db/repos/audit.js';
import { getProductBySku, getStoreByCode } from '../db/repos/masterdata.js';
import { getSettings, workCalendar } from '../db/repos/organisation.js';
import { getUserByUsername } from '../db/repos/users.js';
import { flagWorkLogVague, upsertWorkLog } from '../db/repos/work.js';
import { ApiError } from '../lib/errors.js';
import { createVisit, type VisitInput } from '../services/visits/index.js';
import { generateDemoVisits, generateDemoWorkLogs } from './visits.js';

/**
 * The demo's field work: a few weeks of visits, created through the visit service in
 * check-in order (so every suggestion and issue is computed from the history before it and
 * stored, as for a real sync), and the reps' work logs with the managers' vague flags.
 * Skipped when the database already holds visits.
 */
export function seedDemoFieldWork(
  db: Db,
  print: (line: string) => void,
  now: Date = new Date(),
): void {
  if (connectionOf(db).prepare('SELECT 1 FROM visits LIMIT 1').get()) return;
  const { settings } = getSettings(db);
  const today = localDate(now, settings.timezone);

  const users = new Map<string, string>();
  const userId = (username: string) => {
    let id = users.get(username);
    if (!id) {
      id = getUserByUsername(db, username)?.id;
      if (!id) throw new Error(`demo: no user ${username}`);
      users.set(username, id);
    }
    return id;
  };
  const productIds = new Map<string, string>();
  const productId = (sku: string) => {
    let id = productIds.get(sku);
    if (!id) {
      id = getProductBySku(db, sku)?.id;
      if (!id) throw new Error(`demo: no product ${sku}`);
      productIds.set(sku, id);
    }
    return id;
  };

  const visits = generateDemoVisits({ today }).sort(
    (a, b) => Date.parse(a.checkInAt) - Date.parse(b.checkInAt),
  );
  let stored = 0;
  const skipped: string[] = [];
  // One outer transaction (each visit is a savepoint inside it): one fsync, not one per visit.
  db.transaction((outer) => {
    for (const v of visits) {
      const store = getStoreByCode(db, v.storeCode);
      if (!store) throw new Error(`demo: no store ${v.storeCode}`);
      const { storeCode: _code, repUsername, lines, ...rest } = v;
      const input: VisitInput = {
        ...rest,
        storeId: store.id,
        lines: lines.map(({ sku, ...l }) => ({ ...l, productId: productId(sku) })),
      };
      try {
        createVisit(
          outer,
          { id: userId(repUsername), kind: 'system', visibility: { all: true } },
          input,
          { now },
        );
        stored += 1;
      } catch (err) {
        // A generated visit the rules refuse (it should not happen) is reported, not fatal.
        if (!(err instanceof ApiError)) throw err;
        skipped.push(`${v.storeCode} ${v.checkInAt}: ${err.message}`);
      }
    }
  });

  const year = Number(today.slice(0, 4));
  const calendar = workCalendar(db, [year - 1, year]);
  let logs = 0;
  db.transaction((tx) => {
    for (const log of generateDemoWorkLogs({ today })) {
      if (log.date > today || !isWorkingDay(log.date, calendar)) continue;
      const owner = userId(log.username);
      const row = upsertWorkLog(tx, {
        userId: owner,
        date: log.date,
        content: log.content,
        submittedAt: log.submittedAt,
      });
      writeAudit(tx, {
        actorId: null,
        actorType: 'system',
        action: 'create',
        entity: 'work_log',
        entityId: `${owner}/${log.date}`,
        after: row,
      });
      if (log.flagVague) {
        // The manager reads it the next morning.
        const at = new Date(
          Math.min(Date.parse(log.submittedAt) + 14 * 3600_000, now.getTime()),
        ).toISOString();
        const flagged = flagWorkLogVague(tx, owner, log.date, {
          by: userId(log.flagVague.byUsername),
          at,
          note: log.flagVague.note,
        });
        writeAudit(tx, {
          actorId: null,
          actorType: 'system',
          action: 'flag_vague',
          entity: 'work_log',
          entityId: `${owner}/${log.date}`,
          after: flagged,
        });
      }
      logs += 1;
    }
  });

  print(`Loaded the demo field work: ${stored} visits, ${logs} work logs.`);
  if (skipped.length)
    print(`Skipped ${skipped.length} generated visits: ${skipped.slice(0, 3).join('; ')}`);
}

import type { FastifyBaseLogger } from 'fastify';
import { dutyDueDate, dutyEvidenceDateOf, dutyEvidencePeriodKey, dutyPeriodKey, dutyTitle, localDate, zonedEndOfDay, type DutyCadence, type DutyEvidence } from '@fieldbeat/domain';
import type { Db, Tx } from '../db/client.js';
import { writeAudit } from '../db/repos/audit.js';
import { getSettings, workCalendar } from '../db/repos/organisation.js';
import { getRole, listRoles } from '../db/repos/roles.js';
import { activeUsersWithRole, completeOpenDutyTasks, dutyEvidenceExists, insertDutyTask } from '../db/repos/tasks.js';
import { sha256 } from '../lib/hash.js';
import { newId } from '../lib/ids.js';

/** How often the generator looks again (a period is at least a day; this only bounds the delay after midnight). */
export const DUTY_TASK_INTERVAL_MS = 10 * 60 * 1000;

/**
 * One task per duty, user and period: the key names the role, the duty (by a hash of its
 * text, so reordering duties in a new role version changes nothing), the period and the user.
 * The unique index on tasks.duty_key makes generation exactly-once across restarts and
 * concurrent instances.
 */
export const dutyKeyOf = (roleCode: string, dutyText: string, periodKey: string, userId: string) =>
  `duty:${roleCode}:${sha256(dutyText).slice(0, 16)}:${periodKey}:${userId}`;

/**
 * RULES R6: for every role duty with a cadence, a checklist task for every active user in the
 * role, once per period. The current period's task is created as soon as its due date has
 * come (on the day, or later in the same period if the server was down that day); past
 * periods are not back-filled. A duty whose work is done by a record (`closedBy`: the day's
 * work log, the month's survey) is created done when that record exists already, and is
 * closed by `completeDutyTasksBy` when it is written later. Returns the number of tasks created.
 */
export function generateDutyTasks(db: Db, now: Date = new Date()): number {
  const { settings } = getSettings(db);
  const today = localDate(now, settings.timezone);
  const year = Number(today.slice(0, 4));
  // Weekly periods may straddle a year end.
  const calendar = workCalendar(db, [year - 1, year, year + 1]);
  return db.transaction((tx) => {
    let created = 0;
    for (const role of listRoles(tx, { limit: 100_000 })) {
      const duties = (role.duties ?? []).filter((d): d is typeof d & { cadence: DutyCadence } => !!d.cadence);
      if (!duties.length) continue;
      const holders = activeUsersWithRole(tx, role.code);
      for (const duty of duties) {
        const periodKey = dutyPeriodKey(duty.cadence, today, calendar);
        const due = periodKey === null ? null : dutyDueDate(duty.cadence, periodKey, calendar);
        if (periodKey === null || due === null || due > today) continue;
        for (const user of holders) {
          if (user.startDate > due) continue;
          const done = !!duty.closedBy && dutyEvidenceExists(tx, duty.closedBy, user.id, dutyEvidenceDateOf(duty.closedBy, periodKey));
          const row = insertDutyTask(tx, {
            id: newId(now.getTime()),
            title: dutyTitle(duty),
            description: duty.text,
            assigneeId: user.id,
            // The one who reviews it: the user's manager when it was generated.
            assignerId: user.managerId,
            dueAt: zonedEndOfDay(due, settings.timezone),
            status: done ? 'done' : 'open',
            completedAt: done ? now.toISOString() : null,
            source: 'duty',
            dutyKey: dutyKeyOf(role.code, duty.text, periodKey, user.id),
            scored: duty.scored === true,
            createdAt: now.toISOString(),
          });
          if (!row) continue;
          created += 1;
          writeAudit(tx, { actorId: null, actorType: 'system', action: 'generate', entity: 'task', entityId: row.id, after: row });
        }
      }
    }
    return created;
  });
}

/**
 * RULES R6: the record `evidence` of `user` dated `date` (a work log's day, a survey's month) has
 * been written, so the open checklist tasks of the duties it does (`closedBy`) for that period
 * are done, audited as the system's. Runs in the transaction that writes the record.
 */
export function completeDutyTasksBy(
  tx: Tx,
  evidence: DutyEvidence,
  user: { id: string; roleCode: string },
  date: string,
  now: Date,
): number {
  const role = getRole(tx, user.roleCode);
  const periodKey = dutyEvidencePeriodKey(evidence, date);
  const keys = (role?.duties ?? []).filter((d) => d.closedBy === evidence).map((d) => dutyKeyOf(user.roleCode, d.text, periodKey, user.id));
  const closed = completeOpenDutyTasks(tx, keys, now.toISOString());
  for (const { before, after } of closed) {
    writeAudit(tx, { actorId: null, actorType: 'system', action: 'complete', entity: 'task', entityId: after.id, before, after });
  }
  return closed.length;
}

/**
 * The generator's timer: a first run when started, then every DUTY_TASK_INTERVAL_MS. `app.ts`
 * starts it when the server is ready and stops it when the app closes (like the webhook
 * dispatcher), so the tasks' routes only serve requests. A failed run is logged, never thrown:
 * the next tick tries again.
 */
export function dutyTaskTimer(db: Db, log: FastifyBaseLogger) {
  const run = () => {
    try {
      const created = generateDutyTasks(db);
      if (created) log.info({ created }, 'generated duty checklist tasks');
    } catch (err) {
      log.error({ err }, 'duty task generation failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    start() {
      run();
      timer = setInterval(run, DUTY_TASK_INTERVAL_MS);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

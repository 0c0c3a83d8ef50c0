import { refuse, type Refusal, type TransitionResult } from '../shared/actor.js';
import type { TaskStatus } from '../vocabulary/tasks.js';

export interface TaskState {
  status: TaskStatus;
  assigneeId: string;
  /** null for a task generated from a role duty (R6): nobody assigned it. */
  assignerId: string | null;
}

/** Who acts on a task, with what the rule cannot look up itself. */
export interface TaskActor {
  id: string;
  /** 'client': an API client (an integration), never a person's judgement. */
  kind: 'user' | 'client';
  /** Holds `tasks.assign`. */
  assigns: boolean;
  /** Sees the task's assignee (the assignee is the actor or below them in the manager chain; admins see all). */
  seesAssignee: boolean;
}

/** complete: open -> done; review: done -> accepted (符合领导要求) or failed. */
export type TaskAction = { action: 'complete' } | { action: 'review'; meetsRequirements: boolean };

export type TaskTransition = TransitionResult<TaskStatus, never>;

/**
 * Who reviews a task: its assigner; for a generated task without one, a task assigner (`tasks.assign`)
 * above the assignee (who sees them) and not the assignee themself.
 */
export function isTaskReviewer(task: TaskState, actor: TaskActor): boolean {
  if (task.assignerId) return task.assignerId === actor.id;
  return actor.assigns && actor.id !== task.assigneeId && actor.seesAssignee;
}

/**
 * The task workflow: open -> done (only the assignee completes) -> accepted | failed (only the
 * reviewer, see `isTaskReviewer`, reviews). Failing a task costs the assignee points on the
 * scorecard, so it is a person's judgement: an API client may accept but not fail (FORBIDDEN).
 * Any other transition is CONFLICT.
 * Order of checks: the actor (FORBIDDEN) before the state (CONFLICT); the API checks `If-Match`
 * between the two, so that whoever may act learns of a stale copy before a state conflict.
 */
export function taskTransition(task: TaskState, act: TaskAction, actor: TaskActor): TaskTransition {
  if (act.action === 'complete') {
    if (task.assigneeId !== actor.id)
      return refuse('FORBIDDEN', 'only the assignee completes a task');
    if (task.status !== 'open') return refuse('CONFLICT', `the task is ${task.status}, not open`);
    return { ok: true, to: 'done', events: [] };
  }
  if (!isTaskReviewer(task, actor)) return refuse('FORBIDDEN', 'only the assigner reviews a task');
  if (!act.meetsRequirements && actor.kind !== 'user')
    return refuse('FORBIDDEN', 'an API client may not review a task as failed');
  if (task.status !== 'done') return refuse('CONFLICT', `the task is ${task.status}, not done`);
  return { ok: true, to: act.meetsRequirements ? 'accepted' : 'failed', events: [] };
}

/**
 * Assigning a task (open on creation): to someone the assigner sees (`assignee` null when there
 * is no such user or the assigner does not see them: NOT_FOUND alike, so the answer tells
 * nothing about people outside the team), not to oneself, and only to an active user (both
 * VALIDATION on `/assigneeId`).
 */
export function taskAssignment<A extends { id: string; active: boolean }>(
  assignee: A | null,
  assignerId: string,
): { ok: true; assignee: A } | Refusal {
  if (!assignee) return refuse('NOT_FOUND', 'assignee not found');
  if (assignee.id === assignerId) {
    return refuse('VALIDATION', 'a task is assigned to someone in your team, not to yourself', {
      path: '/assigneeId',
    });
  }
  if (!assignee.active)
    return refuse('VALIDATION', 'is not an active user', { path: '/assigneeId' });
  return { ok: true, assignee };
}

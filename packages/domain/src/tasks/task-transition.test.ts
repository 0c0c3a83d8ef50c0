import {
  isTaskReviewer,
  taskAssignment,
  taskTransition,
  type TaskActor,
  type TaskState,
} from './task-transition.js';

const task = (status: TaskState['status'], over: Partial<TaskState> = {}): TaskState => ({
  status,
  assigneeId: 'rep',
  assignerId: 'mgr',
  ...over,
});
const person = (id: string, over: Partial<TaskActor> = {}): TaskActor => ({
  id,
  kind: 'user',
  assigns: false,
  seesAssignee: false,
  ...over,
});
const rep = person('rep');
const mgr = person('mgr', { assigns: true, seesAssignee: true });

describe('taskTransition: complete', () => {
  it('moves an open task to done, by the assignee', () => {
    expect(taskTransition(task('open'), { action: 'complete' }, rep)).toEqual({
      ok: true,
      to: 'done',
      events: [],
    });
  });
  it('refuses anyone but the assignee (FORBIDDEN), the assigner too', () => {
    expect(taskTransition(task('open'), { action: 'complete' }, mgr)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'only the assignee completes a task',
    });
  });
  it('refuses a task that is not open (CONFLICT), naming its status', () => {
    for (const status of ['done', 'accepted', 'failed'] as const) {
      expect(taskTransition(task(status), { action: 'complete' }, rep)).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: `the task is ${status}, not open`,
      });
    }
  });
  it('checks the actor before the state', () => {
    expect(taskTransition(task('done'), { action: 'complete' }, mgr)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('taskTransition: review', () => {
  it('accepts or fails a done task, by the assigner', () => {
    expect(
      taskTransition(task('done'), { action: 'review', meetsRequirements: true }, mgr),
    ).toEqual({ ok: true, to: 'accepted', events: [] });
    expect(
      taskTransition(task('done'), { action: 'review', meetsRequirements: false }, mgr),
    ).toEqual({ ok: true, to: 'failed', events: [] });
  });
  it('refuses anyone but the assigner (FORBIDDEN), even another manager who sees the assignee', () => {
    const other = person('mgr2', { assigns: true, seesAssignee: true });
    expect(
      taskTransition(task('done'), { action: 'review', meetsRequirements: true }, other),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN', message: 'only the assigner reviews a task' });
    expect(
      taskTransition(task('done'), { action: 'review', meetsRequirements: true }, rep),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
  it('lets an API client accept but not fail (FORBIDDEN)', () => {
    const client: TaskActor = { ...mgr, kind: 'client' };
    expect(
      taskTransition(task('done'), { action: 'review', meetsRequirements: true }, client),
    ).toMatchObject({ ok: true, to: 'accepted' });
    expect(
      taskTransition(task('done'), { action: 'review', meetsRequirements: false }, client),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'an API client may not review a task as failed',
    });
  });
  it('refuses a task that is not done (CONFLICT)', () => {
    for (const status of ['open', 'accepted', 'failed'] as const) {
      expect(
        taskTransition(task(status), { action: 'review', meetsRequirements: true }, mgr),
      ).toMatchObject({ ok: false, code: 'CONFLICT', message: `the task is ${status}, not done` });
    }
  });
});

describe('isTaskReviewer: a generated task (no assigner)', () => {
  const duty = task('done', { assignerId: null });
  it('is reviewed by a task assigner who sees the assignee', () => {
    expect(isTaskReviewer(duty, mgr)).toBe(true);
  });
  it('not without tasks.assign, not without seeing the assignee, never by the assignee', () => {
    expect(isTaskReviewer(duty, { ...mgr, assigns: false })).toBe(false);
    expect(isTaskReviewer(duty, { ...mgr, seesAssignee: false })).toBe(false);
    expect(isTaskReviewer(duty, { ...rep, assigns: true, seesAssignee: true })).toBe(false);
  });
});

describe('taskAssignment', () => {
  it('assigns to an active user in the team', () => {
    expect(taskAssignment({ id: 'rep', active: true }, 'mgr')).toEqual({
      ok: true,
      assignee: { id: 'rep', active: true },
    });
  });
  it('refuses an unknown or unseen assignee (NOT_FOUND)', () => {
    expect(taskAssignment(null, 'mgr')).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'assignee not found',
    });
    expect(taskAssignment(null, 'mgr')).not.toHaveProperty('path');
  });
  it('refuses oneself, on /assigneeId (VALIDATION)', () => {
    expect(taskAssignment({ id: 'mgr', active: true }, 'mgr')).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      path: '/assigneeId',
    });
  });
  it('refuses an inactive user, on /assigneeId (VALIDATION)', () => {
    expect(taskAssignment({ id: 'rep', active: false }, 'mgr')).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'is not an active user',
      path: '/assigneeId',
    });
  });
});

/** open -> done (assignee completes) -> accepted | failed (assigner reviews: 符合领导要求 or not). */
export const TASK_STATUSES = ['open', 'done', 'accepted', 'failed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_REVIEWS = ['accepted', 'failed'] as const;
export type TaskReview = (typeof TASK_REVIEWS)[number];

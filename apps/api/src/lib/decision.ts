import { Type, type Static } from 'typebox';
import { ActorRef, Nullable } from './schemas.js';

/**
 * The latest decision on an approval item (a return, a promotion), for the requester to read on
 * the item itself: approved or rejected, the decider's note, when, and who by name (a rep may not
 * list their manager). `decidedBy` is null only where no person decided: a return the standard
 * approved (R2). See docs/approvals.md.
 */
export const Decision = Type.Object(
  {
    outcome: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
    note: Nullable(Type.String()),
    decidedAt: Type.String(),
    decidedBy: Nullable(ActorRef),
  },
  { description: 'the latest decision; null while nobody has decided' },
);
export type DecisionView = Static<typeof Decision>;

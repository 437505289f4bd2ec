import type { Stage } from '../model/application';
import type { Candidate, RuleInput } from './rules/candidate';
import { followUpLadderPrompts } from './rules/follow-up-ladder';
import { feedbackRequestPrompts } from './rules/feedback-request';
import { keepInTouchPrompts } from './rules/keep-in-touch';
import { prepPrompts, referencesPrompts } from './rules/before-interview';
import { interviewReflectionPrompts, rejectionReflectionPrompts } from './rules/reflection';
import { thankYouPrompts } from './rules/thank-you';

type Rule = (input: RuleInput) => Candidate[];

const EVERY_RULE: readonly Rule[] = [
  thankYouPrompts, followUpLadderPrompts, feedbackRequestPrompts, keepInTouchPrompts,
  referencesPrompts, prepPrompts, interviewReflectionPrompts, rejectionReflectionPrompts,
];

/**
 * Which rules run in which stage. A live application gets everything. A saved one that somehow has
 * interviews still deserves prep, thanks and reflection, but nothing that chases an application it never
 * sent. After a "no" only the rejection's own prompts remain (A4, A5, A7); a closed application gets
 * nothing but the long keep-in-touch (A5), which outlives whatever the user marked it as afterwards.
 */
export const RULES_BY_STAGE: Record<Stage, readonly Rule[]> = {
  saved: [thankYouPrompts, prepPrompts, interviewReflectionPrompts],
  applied: EVERY_RULE,
  interviewing: EVERY_RULE,
  offer: EVERY_RULE,
  rejected: [feedbackRequestPrompts, keepInTouchPrompts, rejectionReflectionPrompts],
  accepted: [keepInTouchPrompts],
  withdrawn: [keepInTouchPrompts],
  'no-response': [keepInTouchPrompts],
};

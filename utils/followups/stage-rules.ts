import type { Application, Stage } from '../model/application';
import { closedByAcceptance, type SearchState } from './search-state';
import type { Candidate, RuleInput } from './rules/candidate';
import { followUpLadderPrompts } from './rules/follow-up-ladder';
import { feedbackRequestPrompts } from './rules/feedback-request';
import { keepInTouchPrompts } from './rules/keep-in-touch';
import { prepPrompts, referencesPrompts } from './rules/before-interview';
import { interviewReflectionPrompts, rejectionReflectionPrompts } from './rules/reflection';
import { thankYouPrompts } from './rules/thank-you';
import { offerDecisionPrompts } from './rules/offer-decision';
import { offerLeveragePrompts } from './rules/offer-leverage';
import { thankReferencesPrompts } from './rules/thank-references';
import { withdrawPrompts } from './rules/withdraw';

export type Rule = (input: RuleInput) => Candidate[];

const EVERY_RULE: readonly Rule[] = [
  thankYouPrompts, followUpLadderPrompts, feedbackRequestPrompts, keepInTouchPrompts,
  referencesPrompts, prepPrompts, interviewReflectionPrompts, rejectionReflectionPrompts,
];

/**
 * Which rules run in which stage. A live application gets everything. A saved one that somehow has
 * interviews still deserves prep, thanks and reflection, but nothing that chases an application it never
 * sent. After a "no" only the rejection's own prompts remain (A4, A5, A7); a closed application gets
 * nothing but the long keep-in-touch (A5), which outlives whatever the user marked it as afterwards.
 * An offer brings its decision, and news worth sharing with the ones still interviewing (A9); the
 * accepted one thanks the references (A6).
 */
export const RULES_BY_STAGE: Record<Stage, readonly Rule[]> = {
  saved: [thankYouPrompts, prepPrompts, interviewReflectionPrompts],
  applied: EVERY_RULE,
  interviewing: [...EVERY_RULE, offerLeveragePrompts],
  offer: [...EVERY_RULE, offerDecisionPrompts],
  rejected: [feedbackRequestPrompts, keepInTouchPrompts, rejectionReflectionPrompts],
  accepted: [keepInTouchPrompts, thankReferencesPrompts],
  withdrawn: [keepInTouchPrompts],
  'no-response': [keepInTouchPrompts],
};

const AFTER_ACCEPTANCE: readonly Rule[] = [withdrawPrompts];

/**
 * The rules for one application in the search as it stands. Once the user accepted an offer elsewhere,
 * an application that was open then gets only its warm withdrawal (A5): no more chasing, thanking,
 * preparing or reflecting. When the acceptance falls through, its stage rules apply again as before.
 */
export function rulesFor(application: Application, search: SearchState): readonly Rule[] {
  return closedByAcceptance(application, search) ? AFTER_ACCEPTANCE : (RULES_BY_STAGE[application.stage] ?? []);
}

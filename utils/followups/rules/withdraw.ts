import { closedByAcceptance } from '../search-state';
import { doorKeeper } from './addressee';
import type { Candidate, RuleInput } from './candidate';

// A5: having said yes elsewhere, close every other door warmly (thank them, stay in touch): companies hire again.
export function withdrawPrompts(input: RuleInput): Candidate[] {
  const { application, search, timeline } = input;
  const acceptance = search.acceptance;
  if (!acceptance || !closedByAcceptance(application, search)) return [];
  // A posting only saved was never sent: nobody there is waiting for an answer.
  if (application.stage === 'saved' && timeline.of('interview').length === 0) return [];
  return [{ kind: 'withdraw', eventId: acceptance.eventId, contactId: doorKeeper(input), due: acceptance.at }];
}

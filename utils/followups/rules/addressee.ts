import type { Contact, ContactRole } from '../../model/application';
import type { RuleInput } from './candidate';

/** A5: the decision maker first, then the recruiter, then someone the user met. */
const DOOR_KEEPERS: readonly ContactRole[] = ['hiring-manager', 'recruiter', 'interviewer'];

/**
 * Who a rejection-driven message goes to: the application's hiring manager, else its recruiter, else an
 * interviewer (by role, or else anyone named on its latest interview). The first listed wins a tie.
 * Null when the application has no such person.
 */
export function doorKeeper({ application, contacts, timeline }: RuleInput): Contact['id'] | null {
  const own = contacts.filter((contact) => contact.applicationIds.includes(application.id));
  for (const role of DOOR_KEEPERS) {
    const match = own.find((contact) => contact.role === role);
    if (match) return match.id;
  }
  const interviews = timeline.of('interview');
  for (let index = interviews.length - 1; index >= 0; index -= 1) {
    const named = interviews[index].event.contactIds?.[0];
    if (named) return named;
  }
  return null;
}

import type { TimedEvent } from '../timeline';
import type { RuleInput } from './candidate';

/**
 * The rejection that A4 and A5 answer: the latest one, and only when the user had met the employer in
 * at least one interview before it (a form rejection to an application gets neither).
 */
export function rejectionAfterInterview({ timeline }: RuleInput): TimedEvent | null {
  const rejection = timeline.last('rejected');
  const firstInterview = timeline.of('interview')[0];
  return rejection && firstInterview && firstInterview.at < rejection.at ? rejection : null;
}

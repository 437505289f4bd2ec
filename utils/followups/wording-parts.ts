import { differenceInCalendarDays, format } from 'date-fns';
import type { Contact } from '../model/application';
import { inZone } from './local-time';

// Small pieces of Ajar's voice (shared/design/voice.md): plain words, specific days, names over roles.

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "three", or the digits past twelve. */
export function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function firstName(contact: Pick<Contact, 'name'> | null | undefined): string | null {
  const first = contact?.name.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** How long ago, in the words a person would use: "a few days", "a week", "three weeks", "two months". */
export function elapsed(from: number, to: number): string {
  const days = Math.max(0, Math.round((to - from) / 86_400_000));
  if (days < 7) return days <= 1 ? 'a day' : 'a few days';
  if (days < 60) {
    const weeks = Math.floor(days / 7);
    return weeks === 1 ? 'a week' : `${numberWord(weeks)} weeks`;
  }
  return `${numberWord(Math.round(days / 30))} months`;
}

/** "this afternoon's", "yesterday's", "Tuesday's", "tomorrow's", "the 12 March" — for an event seen from now. */
export function dayPossessive(time: number, now: number, timeZone: string): string {
  const then = inZone(time, timeZone);
  const days = differenceInCalendarDays(then, inZone(now, timeZone));
  if (days === 0) {
    const hour = then.getHours();
    return hour < 12 ? "this morning's" : hour < 17 ? "this afternoon's" : "this evening's";
  }
  if (days === -1) return "yesterday's";
  if (days === 1) return "tomorrow's";
  if (Math.abs(days) < 7) return `${format(then, 'EEEE')}'s`;
  return `the ${format(then, 'd MMMM')}`;
}

/** "today", "tomorrow", "on Thursday", "on 12 March" — when something is coming up. */
export function whenAhead(time: number, now: number, timeZone: string): string {
  const then = inZone(time, timeZone);
  const days = differenceInCalendarDays(then, inZone(now, timeZone));
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days < 7) return `on ${format(then, 'EEEE')}`;
  return `on ${format(then, 'd MMMM')}`;
}

/** "Engineer, Acme" — the role and company, or whichever is known. */
export function roleAtCompany(title: string | undefined, company: string | undefined): string {
  return [title?.trim(), company?.trim()].filter(Boolean).join(', ');
}

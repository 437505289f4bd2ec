// A short reply that fixes a time the thread below it proposed: "Thursday at 2 works, see you then!" over
// "Would this Thursday (3/5) at 2:00 or Friday at 10:00 work for you?", "nos vemos el jueves entonces".
import type { WallTime } from './message';
import { type InterviewTime, timeCandidates } from './interview-time';
import { durationStated } from './interview-length';
import { ASKING, MEETING_NOUN } from './appointment-cues';
import { CONDITIONAL } from './kind-phrases';
import { plain, quotedText, sentencesOf } from './text-patterns';
import { instantOf, weekdayOf } from './zones';

// Words that agree to a time, in the languages read (plain text: lower case, no accents). "Let's go for Wednesday
// then, I've blocked it in my calendar" agrees to the Wednesday slot the thread proposed.
const AGREES = /\b(?:works(?: (?:for|with) (?:me|us))?|suits(?: (?:me|us))?|lock(?:ed|ing)? (?:it |that |this )?in|(?:that|this|it) (?:will )?work for (?:me|us)|see you(?: then| there| on)?|(?:that's |it's )?confirmed|confirming|sounds (?:good|great|perfect)|perfect|great,? see|nos vemos|perfecto|confirmad[oa]|confirmo|te esperamos|de acuerdo|ca marche|c'est note|parfait|entendu|a (?:lundi|mardi|mercredi|jeudi|vendredi)|on se voit|passt|einverstanden|bis (?:dann|montag|dienstag|mittwoch|donnerstag|freitag)|wir sehen uns|prima|tot dan|afgesproken|akkoord|tot (?:maandag|dinsdag|woensdag|donderdag|vrijdag)|we zien je|perfekt|abgemacht|machen wir|quedamos(?: asi| en)?|te espero|lo espero|la espero|le espero|let['’]?s (?:go|do|make it|say)(?: for| with)?|(?:blocked|booked|put) (?:it|that|this|the time|the slot) in|va pour|partons sur|on part sur|nehmen wir|vamos con|lo dejamos (?:el|para)|dan doen we|we gaan voor|halten wir(?: \w+){0,2} fest|bleibt es bei|(?:houden|leggen) we(?: \w+){0,2} vast|on (?:garde|retient)|je (?:bloque|retiens)|dejamos (?:fijad|reservad|agendad)[oa])\b/;

// Weekday words (plain text) by day of the week, Sunday first.
const WEEKDAYS: RegExp[] = [
  /\b(?:sun(?:day)?|dimanche|sonntag|domingo|zondag)\b/,
  /\b(?:mon(?:day)?|lundi|montag|lunes|maandag)\b/,
  /\b(?:tue(?:s|sday|day)?|mardi|dienstag|martes|dinsdag)\b/,
  /\b(?:wed(?:s|nesday)?|mercredi|mittwoch|miercoles|woensdag)\b/,
  /\b(?:thu(?:r|rs|rsday)?|jeudi|donnerstag|jueves|donderdag)\b/,
  /\b(?:fri(?:day)?|vendredi|freitag|viernes|vrijdag)\b/,
  /\b(?:sat(?:urday)?|samedi|samstag|sabado|zaterdag)\b/,
];

// "at 2", "a las 10:30", "à 14h", "um 10 Uhr", "om 14.00": the hour a reply repeats.
const HOUR = /\b(?:at|@|a las|a la|à|a|um|om)\s*(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm|h|uhr|uur)?\b/;

// "Let me know which slot suits you", "welcher Termin Ihnen passt": the candidate is still to choose.
const CHOOSING = /\b(?:which|welche[rn]?|quel(?:le)?s?|cual(?:es)?|welke|bescheid|lmk|dime|dites-moi|laat (?:me|ons) (?:even )?weten)\b/;

// A thread arranging to meet without naming the meeting: "come in and meet", "venir nous rencontrer", "slots".
const ARRANGING = /\b(?:come in|meet|stop by|pop in|rencontr\w*|venir|passer|kennenlernen|vorbeikommen|conocer\w*|pasarte|vernos|langskomen|kennismak\w*|ontmoet\w*|creneaux?|slots?|availability|disponibilit\w*|verfugbarkeit|beschikbaarheid|horarios?)\b/;

/** The sentences that agree to something without asking anything ("Would any of these work?" agrees to nothing). */
function agreeing(ownText: string): string {
  return sentencesOf(plain(ownText)).filter((sentence) => AGREES.test(sentence) && !ASKING.test(sentence) && !CHOOSING.test(sentence) && !CONDITIONAL.test(sentence)).join('\n');
}

/** The reply agrees to a time and the thread it answers was arranging a meeting. */
export function agreesToAMeeting(ownText: string, wholeBody: string): boolean {
  const own = agreeing(ownText);
  const thread = plain(quotedText(wholeBody));
  return !!own && (MEETING_NOUN.test(plain(ownText)) || MEETING_NOUN.test(thread) || ARRANGING.test(thread));
}

/**
 * The time a reply agrees to, read from the quoted thread: the proposed time on the weekday (and at the hour) the
 * reply names. Null when the reply names neither, or when the thread leaves more than one time that fits.
 */
export function timeAgreedInThread(ownText: string, wholeBody: string, reference: Date, userZone: string, referenceOffset: number | null): InterviewTime | null {
  const own = agreeing(ownText);
  if (!own) return null;
  const weekday = WEEKDAYS.findIndex((pattern) => pattern.test(own));
  const hour = HOUR.exec(own);
  if (weekday < 0 && !hour) return null;
  const { candidates, text } = timeCandidates(quotedText(wholeBody), reference, userZone, referenceOffset);
  const fitting = candidates.filter((candidate) => (weekday < 0 || weekdayOf(candidate.start) === weekday) && (!hour || sameHour(candidate.start, Number(hour[1]), Number(hour[2] ?? 0))));
  // "Donnerstag, 26. März, 16:00 Uhr (11:00 Uhr Toronto)": one slot written in two zones is one moment.
  const distinct = new Map(fitting.map((candidate) => [instantOf(candidate.start, userZone), candidate]));
  if (distinct.size !== 1) return null;
  const [chosen] = distinct.values();
  const fromRange = chosen.end ? chosen.end.hour * 60 + chosen.end.minute - (chosen.start.hour * 60 + chosen.start.minute) : null;
  const proposal = text.slice(Math.max(0, text.lastIndexOf('\n\n', chosen.index)), text.indexOf('\n\n', chosen.index) < 0 ? undefined : text.indexOf('\n\n', chosen.index));
  return { start: chosen.start, durationMinutes: fromRange && fromRange > 0 ? fromRange : durationStated(proposal), alternatives: 1, sentence: ownText.trim().split('\n')[0] };
}

/** "Quedamos el martes a las 12:30" read alone and the thread's "martes 15 a las 12:30": the same slot. */
export function sameWeekdayAndClock(a: WallTime, b: WallTime): boolean {
  return weekdayOf(a) === weekdayOf(b) && a.hour === b.hour && a.minute === b.minute;
}

// "at 2" agrees to 14:00 as well as to 2:00 written in a 12-hour clock.
function sameHour(time: WallTime, hour: number, minute: number): boolean {
  return time.minute === minute && (time.hour === hour || time.hour % 12 === hour % 12);
}

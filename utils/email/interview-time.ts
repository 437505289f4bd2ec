import type { ParsedResult } from 'chrono-node';
import { TZDate } from '@date-fns/tz';
import type { WallTime } from './message';
import { instantOf, sharedLettersZone, zoneNamedIn, zoneOfClock } from './zones';
import { durationStated } from './interview-length';
import { type DateLanguage, languageOf, readingsPerLanguage } from './date-languages';
import { clockForm, weekdayAndDay } from './clock-forms';

export interface InterviewTime {
  start: WallTime;
  durationMinutes: number | null;
  /** Several different times were offered (a choice, not an appointment). */
  alternatives: number;
  /** The sentence that gives the time, with the one before it: what the time is for. */
  sentence: string;
}

// The slot an interview is moved to, named before it on its line or in a label above it.
const NEW_SLOT = /\b(?:neue[rn]? (?:termin|uhrzeit|zeitpunkt)|nieuwe? (?:tijdstip|datum|afspraak|moment)|nouveau (?:cr[ée]neau|rendez-vous|horaire)|nouvelle (?:date|heure)|nueva (?:fecha|hora|cita)|nuevo horario|new (?:time|date|slot)|moved (?:it |this |the \w+ )?to|rescheduled (?:it |this |the \w+ )?(?:to|for)|verschoben auf|verlegt auf|d[ée]plac[ée] (?:au|à)|report[ée] (?:au|à)|reprogramad[ao] para|(?:verplaatst|verplaatsen|verzet|verzetten|verschoven|verschuiven)(?: (?:[\w'’-]+ ){0,3})?naar|quedar[ií]a (?:para|el)|(?:la|lo|le) (?:pasamos|movemos|movimos|cambiamos|recorrimos|pasamos) (?:(?:la |el )?(?:entrevista|cita|reuni[óo]n) )?(?:al|para el|a las)|(?:la|lo|le) hemos (?:pasado|movido|cambiado) (?:al|para el|a las)|(?:te )?(?:la|lo) (?:pasamos|movemos|cambiamos) (?:al|para el|a las)|d[ée]cal[ée] (?:au|à)|we can do|instead|in plaats daarvan|alternatief|stattdessen|plut[ôo]t)\b/i;
// Words that mark the sentence carrying the appointment, in the languages read.
const INSTEAD_AFTER = /^[^\n]{0,24}?\b(?:instead|in (?:its|his|her|their) place|stattdessen|à la place|plut[ôo]t|en su lugar|en cambio|in plaats daarvan)\b/i;
const BOOKED = /\b(?:(?:is|are|has been|have been|now|been) (?:confirmed|booked|scheduled)|confirmed for|booked (?:in )?for|(?:have|got|put) you down for|pencil(?:l)?ed (?:you )?in for|(?:you(?:'|’)re|you are) all set|reminder|est confirmée?|a été (?:confirmée?|fixée?|planifiée?)|ist bestätigt|wurde bestätigt|is bevestigd|(?:está|queda) confirmad[oa])\b/i;
const APPOINTMENT = /\b(?:interview|call|meeting|chat|conversation|scheduled|confirmed|confirm|invite|invitation|when|date|time|start|onsite|on-site|video|phone|screen|entretien|rendez-vous|rencontre|échange|appel|visio|prévu|confirmé|quand|heure|gespräch|termin|uhrzeit|datum|entrevista|reunión|llamada|cita|fecha|hora|gesprek|afspraak|tijd|datum|inviter|invitons|invitamos|einladen|einladung|uitnodigen|uitnodiging|convocation|convocatoria|matinée de|journée de|jornada de|assessment)\b/i;
// Dutch "voor" is "by" ("reageer voor dinsdag") except after a booking ("ingepland voor dinsdag": scheduled for).
const DEADLINE = /\b(?:ten laatste(?: op)?|au plus tard(?: le)?|a m[aá]s tardar(?: el)?|by|before|until|deadline|expires?|within|avant|jusqu'au|d'ici|bis|antes|vóór|(?<!\b(?:ingepland|gepland|ingeroosterd|uitgenodigd|afgesproken|vastgelegd|geboekt|ingeboekt|verplaatst|verzet|gezet|genoteerd|vastgezet|gezet)\s+(?:je\s+|u\s+)?)voor)\s*$/i;

// A meeting called off, in the languages read: after the time ("… 10.00 uur gaat niet door") or just before it
// ("L'entretien n'aura donc pas lieu mercredi à 10h").
const CALLED_OFF_PHRASE = String.raw`gaat (?:\w+ ){0,2}niet door|kan niet doorgaan|niet (?:kan|zal) doorgaan|findet (?:\w+ ){0,3}nicht (?:wie geplant )?statt|entf(?:a|ä)llt|n['’]aura (?:donc |finalement )?pas lieu|ne pourra pas avoir lieu|(?:est|a ete|a été) annul(?:e|é)e?|is (?:cancell?ed|off|called off)|has been (?:cancell?ed|called off)|(?:won['’]t|will not|cannot|can['’]t) (?:go ahead|take place)|no (?:podr(?:a|á)|va a) (?:realizarse|hacerse|celebrarse)|no (?:tendr(?:á|a) lugar|se (?:realizar|celebrar)(?:á|a))|(?:queda|ha sido|fue) (?:cancelad|anulad|suspendid)[oa]`;
// "Ze hadden eerst 13u30 voorgesteld, maar …", "10 Uhr war vorgeschlagen, aber …": a proposal that something replaced.
const PROPOSED_BUT = String.raw`(?:(?:was|were|had been|war|waren|était|había sido|fue|was eerst)\s+)?(?:voorgesteld|vorgeschlagen|proposed|suggested|propos[ée]e?|propuest[oa]|sugerid[oa])\b,?\s+(?:maar|aber|but|mais|pero)\b`;
const CALLED_OFF_AFTER = new RegExp(String.raw`^[^\n]{0,40}\b(?:${CALLED_OFF_PHRASE})|^\s*${PROPOSED_BUT}`, 'i');
const CALLED_OFF_BEFORE = new RegExp(String.raw`\b(?:${CALLED_OFF_PHRASE})(?: for| am)?\s+(?:[^\s.!?:;]+\s+){0,3}$`, 'i');
// A clock time that stopped suiting: "so 2:00 no longer works", "le 10 à 10 h ne nous convient plus".
const NO_LONGER_SUITS = /^[^\n]{0,40}\b(?:(?:is|are) (?:now )?(?:out|off the table)\b|no longer (?:(?:going to|gonna) )?(?:works?|suits?|possible|an option|available)|(?:doesn't|does not|won't|will not|(?:isn't|is not) (?:going to|gonna)) work(?: for \w+)?(?: anymore| any more)?|ne (?:sera|serait|est) (?:\w+ )?(?:plus|pas) possible|ne (?:nous |me |lui |leur )?convient (?:\w+ )?(?:plus|pas)|(?:queda|quedan) (?:descartad|anulad|cancelad)[oa]s?|(?:passt|geht|klappt) (?:uns |mir |bei uns |bei mir )?(?:leider )?(?:doch )?nicht|ya no (?:nos |me )?(?:va|viene bien|sirve|es posible)|no (?:nos |me )?(?:va|viene) bien|no (?:es|será|sera) posible|(?:lukt|past) (?:ons |mij |me |bij (?:ons|mij) )?(?:bij nader inzien )?(?:helaas )?(?:toch )?(?:niet|niet meer)|komt (?:ons |mij |me )?(?:helaas )?(?:toch )?niet uit|no (?:llego|alcanzo|puedo|voy a (?:poder|llegar))|(?:je )?ne (?:peux|pourrai|pourrons) pas|kann ich (?:leider )?nicht|kan ik (?:helaas )?niet|(?:red|haal) (?:ik|we|wij) (?:het )?(?:helaas )?(?:toch )?niet|(?:i )?can['’]t make it|(?:bereits|schon|inzwischen)(?: \w+){0,5} (?:vergeben|belegt|gebucht)|(?:already|now) (?:taken|booked|gone)|d[ée]j[àa] (?:pris|r[ée]serv[ée])|ya (?:est[áa]|fue) (?:ocupad|reservad|tomad)|al (?:bezet|vergeven|geboekt)|(?:von|by|par|por|door) (?:einer anderen|jemand(?:em)? anders|someone else|another (?:candidate|person|applicant)|quelqu['’]un d['’]autre|otr[oa] (?:persona|candidat[oa])|iemand anders|een andere)\b[^\n.!?]{0,30}(?:gebucht|vergeben|belegt|booked|taken|pris|r[ée]serv[ée]e?|reservad[oa]|tomad[oa]|ocupad[oa]|geboekt|bezet))/i;
// "Previous: Monday at 2:00 PM", "originally booked for Thursday": the time it no longer is.
const SUPERSEDED = /\b(?:niet meer(?: door)?|nicht mehr|ya no|ne (?:\w+ )?plus|initialement|initially|ursprunglich|ursprünglich|inicialmente|oorspronkelijk|previous(?:ly)?|old|original(?:ly)?|formerly|instead of|in plaats van|au lieu de|anstatt|(?<!(?:findet|finden|fand|fanden) )statt|en (?:lugar|vez) de|no longer|was (?:scheduled|set|booked|planned) for|(?:won't|will not|can't|cannot|unable to|not be able to) (?:be able to )?(?:go ahead|make it|meet|do(?: it| the interview| the)?)|ne (?:pourr\w+|peu\w+|pouv\w+) (?:plus|pas) (?:vous|te|nous) (?:rencontrer|recevoir|voir)|(?:konnen|können) (?:sie |dich |euch )?(?:leider )?(?:nicht|doch nicht) (?:mehr )?(?:treffen|sehen|empfangen)|no (?:podremos|podemos|vamos a poder) (?:verte|vernos|recibirte|reunirnos)|(?:kunnen|kan) (?:je |u |jou )?(?:helaas )?(?:niet|toch niet) (?:ontvangen|zien|spreken)|moved? (?:it |the interview |your interview |our interview )?from)\b[^\n.]{0,50}$/i;

const MOVED_AWAY = /^\s*(?:uhr\s+)?(?:verschieben|absagen|verlegen)\b|^\s*(?:uhr\s+)?(?:vereinbarte[ns]?|geplante[ns]?|angesetzte[ns]?)\s+(?:gespräch|gesprach|termin|interview|vorstellungsgespräch)\s+(?:verschieben|absagen|verlegen)|^[^.]{0,40}\b(?:(?:has|have|needs?) to be|must be|will be) (?:moved|rescheduled|cancell?ed|postponed)\b|^[^.]{0,40}\b(?:doit être|devons) (?:d[ée]plac|report|annul)/i;

const OFFICE_HOURS = /\b(?:office|opening|business|support|phone|call) hours\b|\b(?:espacios|horarios|franjas|huecos) disponibles\b|\bavailab(?:le|ility) (?:between|from)\b|\bcr[ée]neaux disponibles\b|\bplages? (?:horaires? )?disponibles?\b|\bhorarios? de (?:atenci[oó]n|oficina)\b|\b(?:heures|horaires) d'ouverture\b|\b(?:[öo]ffnungs|sprech|b[üu]ro)zeiten\b|\bopeningstijden\b|\bbereikbaar\b|\b(?:mon(?:day)?|lunes|lundi|montag|mo|maandag|ma)\.?\s*(?:-|–|to|through|thru|a|au|bis|t\/m|tot en met)\s*(?:fri(?:day)?|viernes|vendredi|freitag|fr|vrijdag|vr|sat(?:urday)?|s[aá]bado|samedi|samstag|zaterdag|do|thu(?:rsday)?|jueves|jeudi|donnerstag|donderdag)\b/i;
const NOT_THERE = /\b(?:ne (?:serai|serons|pourrai|pourrons) pas|won['’]t be (?:there|in|at|here|able)|will not be (?:there|in|at|here|able)|can['’]t make it|cannot make it|(?:bin|sind|werde|werden) (?:ich |wir )?(?:leider )?nicht|no (?:estar[ée]|estaremos|podr[ée]|podremos|podr[áa] estar|va a alcanzar a llegar|alcanza a llegar|alcanzar[ée] a llegar)|(?:ben|zijn) (?:ik |we )?(?:er )?niet)\b[^.!?\n]{0,50}$/i;
const DOORS = /\b(?:locks?|opens?|shuts?|(?:is|are) open(?: until)?|ferme|ouvre|schlie(?:ß|ss)t|(?:ö|oe)ffnet|sluit|opent|cierra|abre)\s+(?:at|à|um|om|a las|a la|from|until|till|dès|ab|vanaf|desde)?\s*$/i;
// Words that make the time a deadline wherever they stand before it on the line.
const DUE = /\b(?:deadline|due (?:by|on|at)|expires?|expiry|closes?|closing date|no later than|date limite|fecha l[ií]mite|uiterlijk|sp[äa]testens|frist|se termine|prend fin|fin de l'affichage|endet|sluit|cierra|vence)\b/i;

// "Se confirma la recepción de su documentación … en fecha 13/05/2026 a horas 18:52": when it arrived, not a meeting
// (a "recepción" alone is the front desk the candidate is asked to go to).
const PAST_EVENT = /\b(?:applied|submitted|received|sent|posted|wrote|reçue?|envoyée?|postulé|eingegangen|erhalten|eingereicht|recibid[ao]|enviad[ao]|ontvangen|verstuurd|recepci[oó]n de (?:su|tu|la|los|las)|fecha de recepci[oó]n|accus[ée] de r[ée]ception)\b/i;

// "I've just sent a Teams invitation for Monday 30 March, 10:00": what was sent is for the time that follows.
const INVITE_FOR = /\b(?:invit(?:ation|e)|calendar (?:hold|request)|meeting request|einladung|uitnodiging|invitaci[óo]n|convocation)\s+(?:for|to|pour|f[üu]r|voor|para)\s*$/i;
// "13:00 for you in Dubai, not 14:00 as it would have been": the time it is not.
const NEGATED = /(?:^|[\s,;(])(?:not|pas|nicht|niet|no)\s+(?:at\s+|à\s+|um\s+|om\s+|a las\s+)?$/i;

interface Found {
  result: ParsedResult;
  index: number;
  text: string;
}

/** Every date-and-time in the text, in any of the languages read, without overlapping duplicates. */
function timesIn(text: string, reference: Date, referenceOffset: number, first: DateLanguage): Found[] {
  const found: Found[] = [];
  for (const readings of readingsPerLanguage(text, { instant: reference, timezone: referenceOffset }, { forwardDate: true }, first)) {
    for (const reading of readings) {
      const result = movedToATime(reading, text, reference, referenceOffset, first);
      const overlaps = (other: Found) => result.index < other.index + other.text.length && other.index < result.index + result.text.length;
      // Keep the reading that covers more of the text ("mercredi 11 mars de 16h à 17h" over "16h" and "17h").
      if (found.some((other) => overlaps(other) && other.text.length >= result.text.length)) continue;
      for (let index = found.length - 1; index >= 0; index -= 1) if (overlaps(found[index])) found.splice(index, 1);
      found.push({ result, index: result.index, text: result.text });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// "move our call from Tuesday to Wednesday April 1 at 9:15 AM" reads as a range from a day to a dated time: the call
// moved, not a span. The dated time after "to" is a reading of its own.
const RANGE_WORD = /\s(?:to|until|till|au|à|bis|auf|tot|naar|hasta|al|a)\s/i;
function movedToATime(result: ParsedResult, text: string, reference: Date, referenceOffset: number, first: DateLanguage): ParsedResult {
  if (!result.end || result.start.isCertain('hour') || !result.end.isCertain('hour') || !(result.end.isCertain('day') || result.end.isCertain('weekday'))) return result;
  const word = RANGE_WORD.exec(result.text);
  if (!word) return result;
  const from = result.index + word.index + word[0].length;
  const [tail] = readingsPerLanguage(text.slice(from, result.index + result.text.length), { instant: reference, timezone: referenceOffset }, { forwardDate: true }, first).flat().filter((reading) => reading.index === 0 && reading.start.isCertain('hour'));
  if (!tail) return result;
  // A reading of the tail alone, counted from the start of the whole text.
  (tail as { index: number }).index = from;
  return tail;
}

// A clock reading in the phrase itself: "in 45 minutes" is not an appointment.
// "confirmed for option 2:" is no clock: a colon needs its minutes.
const CLOCK = /(?<!\d)(?:[01]?\d|2[0-3])\s*(?::[0-5]\d|h\b|h\d|\.\d{2}|am\b|pm\b|a\.m|p\.m|uhr|uur\b)|\b(?:noon|midi|midday|mittags?|mediodia|middag)\b/i;

// A chat copied into a mail stamps each line with when it was sent: "Olivia (4:31 PM): …", "[10:32 AM] Dana Lee: …".
const CHAT_STAMP = /^([ \t]*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) \(\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\):|^([ \t]*)\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\](?= \p{Lu}[^\n]{0,40}:)/gmu;

/** The text without the times a chat transcript stamps its lines with: when something was said, never an appointment. */
function withoutChatStamps(text: string): string {
  return text.replace(CHAT_STAMP, (_, name: string | undefined, indent: string | undefined) => (name !== undefined ? `${name}:` : (indent ?? '')));
}

function hasTime(result: ParsedResult): boolean {
  return result.start.isCertain('hour') && CLOCK.test(result.text);
}

function hasDay(result: ParsedResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

/**
 * The appointment in a message: a day and a time (from one phrase, or a date line and a time line near
 * each other), read against the message's date, in the zone written beside it or else the user's.
 */
/** A time found in a text: its wall-clock start, its end when a range gives one, where it stands. */
export interface TimeCandidate {
  start: WallTime;
  end: WallTime | null;
  /** 2 when its line says what the time is for ("interview", "call"), else 1. */
  score: number;
  /** Its zone is written beside it or for the whole message, not taken from the reader. */
  zoneWritten: boolean;
  index: number;
  length: number;
}

/** Every appointment-like date and time in a text (deadlines, past events and superseded times left out). */
export function timeCandidates(text: string, reference: Date, userZone: string, referenceOffset?: number | null): { candidates: TimeCandidate[]; text: string } {
  // "Tomorrow" and a date without a year are read on the writer's calendar: the Date header's offset, else the user's.
  const offset = referenceOffset ?? -new TZDate(reference.getTime(), userZone).getTimezoneOffset();
  const language = languageOf(text);
  // Every language but American English writes the day first: 12/03 is 12 March in a French mail or to a reader in London.
  const dayFirst = language !== 'en' || !userZone.startsWith('America/');
  const writerNow = new Date(reference.getTime() + offset * 60_000);
  text = clockForm(weekdayAndDay(withoutChatStamps(text), writerNow), dayFirst ? writerNow : null);
  const all = timesIn(text, reference, offset, language);
  const found = all.filter((item, order) => {
    const lineStart = text.lastIndexOf('\n', item.index) + 1;
    // A time opening its line takes its label from the line above: "Previous time (cancelled):" / "  Wednesday, May 20…".
    const label = text.slice(lineStart, item.index).trim() === '' ? (text.slice(0, Math.max(0, lineStart - 1)).split('\n').pop() ?? '') : '';
    const before = `${label} ${text.slice(Math.max(lineStart, item.index - 80), item.index)}`;
    // "Apply by Friday at 5pm", "we received your application on March 2 at 10:14": not an appointment.
    // "Comptez environ 1h", "durée : 1h30": a length, though French chrono reads it as one o'clock.
    // "(duur ca. 1 uur)", "Dauer: 1 Stunde": a length.
    const length = (/^\d{1,2}\s*(?:uur|uhr|heures?|horas?|hours?|stunden?)$/i.test(item.text.trim()) && /\b(?:duur|dauer|dur[ée]e|duraci[óo]n|duration|ca\.|circa|ongeveer|etwa|environ|about|around|approximately|aproximadamente)\s*:?\s*$/i.test(before))
      || (/^\d{1,2}\s*h(?:\s*\d{2})?$/i.test(item.text.trim()) && /\b(?:environ|pendant|dur[ée]e|dure(?:ra)?|comptez|about|around|approximately|lasts?|etwa|ca\.|circa|unos|aproximadamente|durante|ongeveer|duurt)\s*:?\s*$/i.test(before))
      || (/^0?[0-3]:\d{2}$/.test(item.text.trim()) && /\b(?:environ|pendant|dur[ée]e|dure(?:ra)?|comptez|etwa|ca\.|circa|unos|aproximadamente|durante|ongeveer|duurt)\s*:?\s*$/i.test(before));
    const after = text.slice(item.index + item.text.length, item.index + item.text.length + 16);
    // "unser für Freitag, 11:00 Uhr vereinbartes Gespräch verschieben": the time being moved, named before the verb.
    const movedAway = MOVED_AWAY.test(text.slice(item.index + item.text.length, item.index + item.text.length + 80).split(/[.!?\n]/)[0]);
    // "→ 4h max", "2h de travail": a length, not four o'clock.
    const budget = /^\d{1,2}\s*h$/i.test(item.text.trim()) && /^\s*(?:max|maximum|min|minimum|de travail|au total|environ)\b/i.test(after);
    // "The deadline to complete it is 23:59 on Sunday": nobody is interviewed at midnight.
    const deadline = DUE.test(before) || /^(?:23:[3-5]\d|11:59\s*pm)/i.test(item.text.trim().replace(/^.*?(?=\d{1,2}:\d{2})/, ''));
    // "Horario de atención: lunes a viernes de 9:00 a 14:00", "Mon–Fri 9am–5pm": when an office is open.
    // "the front office locks at noon", "la réception ferme à 17h": a building's hours.
    const officeHours = OFFICE_HOURS.test(`${before}${item.text}`) || DOORS.test(before);
    // "Het gesprek van donderdag 22 januari om 10.00 uur gaat dus niet door": the time named, then called off.
    const clauseAfter = text.slice(item.index + item.text.length, item.index + item.text.length + 60).split(/[.!?\n]/)[0];
    // "If today doesn't work anymore": a condition on the day, not a time withdrawn.
    const calledOffAfter = CALLED_OFF_AFTER.test(clauseAfter) || (hasTime(item.result) && NO_LONGER_SUITS.test(clauseAfter) && !/\b(?:if|si|wenn|falls|als|mocht)\b[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, item.index - 30), item.index)));
    // "Received on March 2 at 10:14" is past; "J'ai bien reçu ton CV. Passe demain à 10h" is not: its own sentence tells.
    // "je ne serai pas à l'atelier à 10h. On décale à demain 14h15": the writer will not be there at that time.
    // "L'entretien n'aura donc PAS lieu mercredi à 10h : je vous attends le jeudi 16 avril à 14h30": called off, then named.
    const calledOffBefore = CALLED_OFF_BEFORE.test(before);
    const notThere = NOT_THERE.test(before) && !/\b(?:if|si|wenn|falls|als|mocht|in case|au cas où)\b[^.!?\n]*$/i.test(before);
    // "jeden Tag außer Mittwoch", "every day except Friday": the day left out is the one day it is not.
    // "initialement prévu le mardi 12 mai à 10 h 15, est déplacé au mercredi 13 mai": the old time, then where it moved.
    const previous = all[order - 1];
    const movedHere = !!previous && previous.index + previous.text.length <= item.index && item.index - previous.index < 160 && NEW_SLOT.test(text.slice(previous.index + previous.text.length, item.index));
    const leftOut = /\b(?:au(?:ß|ss)er|except|but not|sauf|excepto|salvo|menos|behalve)\s*$/i.test(before);
    return !length && !budget && !deadline && !movedAway && !officeHours && !calledOffAfter && !calledOffBefore && !notThere && !leftOut && !DEADLINE.test(text.slice(Math.max(0, item.index - 40), item.index)) && (!PAST_EVENT.test(before.split(/[.!?]\s+/).pop() ?? before) || INVITE_FOR.test(before)) && !NEGATED.test(before) && (!SUPERSEDED.test(before) || movedHere);
  });
  // A day the time could belong to names one: "a couple of minutes early" and "- 222 W" (222 weeks ago) do not.
  const dated = found.filter((item) => hasDay(item.result) && !hasTime(item.result) && NAMES_A_DAY.test(item.text) && !/\b(?:minutes?|mins?|hours?|seconds?|weeks?|minuten|stunden?|heures?|minutos|horas?|uur)\b/i.test(item.text));
  const candidates: TimeCandidate[] = [];
  for (const item of found) {
    if (!hasTime(item.result)) continue;
    const days = hasDay(item.result) ? [item.result] : daysForTime(item, dated, found, text);
    for (const dayResult of days) {
      const lineStart = text.lastIndexOf('\n', item.index) + 1;
      const lineEnd = text.indexOf('\n', item.index + item.text.length);
      const context = text.slice(Math.max(0, lineStart - 120), lineEnd < 0 ? text.length : lineEnd);
      const after = text.slice(item.index + item.text.length, item.index + item.text.length + 60);
      const restOfLine = after.split('\n')[0];
      const written = sharedLettersZone(zoneOfClock(item.text, restOfLine, userZone, referenceOffset ?? null) ?? statedZone(text) ?? null, `${item.text}${restOfLine.slice(0, 36)}`, text, userZone, referenceOffset ?? null);
      // "2:30 PM MST" written to someone in Arizona is Arizona's own time, which stays on standard time all summer.
      const zone = written === 'America/Denver' && userZone === 'America/Phoenix' && /\bMST\b|Mountain Standard/i.test(`${item.text}${restOfLine.slice(0, 36)}`) ? userZone : written;
      const day = dayResult.start;
      // "Thursday at 2:30", "at 4": an English appointment without am/pm between one and seven is in the afternoon.
      const afternoon = language === 'en' && !item.result.start.isCertain('meridiem') && !/\b(?:uhr|uur|heures?|horas?|hrs?)\b/i.test(item.text) && !/^0\d/.test(item.text.trim()) && (item.result.start.get('hour') ?? 0) >= 1 && (item.result.start.get('hour') ?? 0) <= 7 ? 12 : 0;
      const start: WallTime = {
        year: day.get('year') ?? new Date(reference.getTime() + offset * 60_000).getUTCFullYear(),
        month: day.get('month') ?? 1,
        day: day.get('day') ?? 1,
        hour: (item.result.start.get('hour') ?? 0) + afternoon,
        minute: item.result.start.get('minute') ?? 0,
        zone: zone ?? userZone,
      };
      // "en fecha 13/05/2026 a horas 18:52", written with its year and before the message was sent: when something happened.
      if (referenceOffset != null && hasDay(item.result) && /\b(?:19|20)\d{2}\b/.test(item.text) && instantOf(start, userZone) < reference.getTime()) continue;
      let end: WallTime | null = null;
      // A range never runs across lines: "9:00\n- mardi 1er décembre à 16:30" is two options, not one long interview.
      const lastLine = item.text.trim().split('\n').pop() ?? '';
      const rangeOnOneLine = (lastLine.match(/\d{1,2}[:h.]\d{2}|\d{1,2}\s?(?:am|pm)\b/gi)?.length ?? 0) >= 2 || !item.text.trim().includes('\n');
      if (item.result.end && item.result.end.isCertain('hour') && rangeOnOneLine) {
        end = { ...start, hour: item.result.end.get('hour') ?? start.hour, minute: item.result.end.get('minute') ?? 0 };
        if (afternoon && end.hour < start.hour) end.hour += 12;
        // "10 to 11:30AM": chrono reads the start as 10 AM when the end says AM; "2 - 3pm" likewise.
        if (!item.result.start.isCertain('meridiem') && item.result.end.isCertain('meridiem') && start.hour < 12 && end.hour >= 12 && end.hour - start.hour > 8) start.hour += 12;
      }
      // "We work 7-3:30": hours that end before they start are a shift, not an appointment.
      if (end && end.hour * 60 + end.minute <= start.hour * 60 + start.minute) continue;
      // "Your interview … is confirmed for Tue, May 5 at 10:00 AM": the slot taken, over the list it was picked from.
      const sameLine = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      // "Neuer Termin: Mittwoch, 6. Mai", "Nieuw tijdstip:" over "Datum: …" and "Uur: 13u30": the slot a reschedule moves to.
      // The paragraph just above, across at most one blank line ("als neuen Termin gerne" / "" / "Mittwoch, 25. März").
      const linesAbove = text.slice(0, lineStart).split('\n').slice(-4, -1).reverse();
      const block = linesAbove[0]?.trim() ? linesAbove : linesAbove.slice(1);
      const labelAbove = block.slice(0, block.findIndex((line) => !line.trim()) + 1 || block.length).join(' ');
      // "I've booked you in for Thursday (18th) at 11.30am instead": the slot offered in place of the one quoted below.
      const inPlace = INSTEAD_AFTER.test(after.split(/[.!?\n]/)[0]);
      // "You're confirmed for option 2:" over the slot's own line: booked too.
      const score = BOOKED.test(sameLine) || BOOKED.test(labelAbove) || NEW_SLOT.test(sameLine.slice(0, item.index - lineStart + item.text.length)) || NEW_SLOT.test(labelAbove) || inPlace ? 3 : APPOINTMENT.test(context) ? 2 : 1;
      candidates.push({ start, end, score, zoneWritten: !!zone, index: item.index, length: item.text.length });
    }
  }
  // "Thursday at 1:15 it is! You're confirmed for this Thursday at 1:15 Central", "tomorrow at 3 … so that's 3 PM
  // Eastern": the same clock said again with its zone is in that zone.
  for (const candidate of candidates) {
    if (candidate.zoneWritten) continue;
    const restated = candidates.find((other) => other.zoneWritten && Math.abs(other.index - candidate.index) < 400 && sameDay(other.start, candidate.start) && minutesOf(other.start) === minutesOf(candidate.start));
    if (restated) candidate.start = { ...candidate.start, zone: restated.start.zone };
  }
  return { candidates, text };
}

export function findInterviewTime(written: string, reference: Date, userZone: string, referenceOffset?: number | null): InterviewTime | null {
  const { candidates, text } = timeCandidates(written, reference, userZone, referenceOffset);
  if (candidates.length === 0) return null;
  const best = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index)[0];
  // An onsite's slots ("9:30 - 10:15 Coding", "10:15 - 11:00 System design"): one interview, from the first start to the last end.
  const chained = new Set([best]);
  // "de 16h à 17h", "von 10 bis 11 Uhr" read as two times: the second is the end.
  const until = best.end ? undefined : candidates.find((candidate) => candidate.index > best.index && /^\s*(?:à|a|to|until|till|-|–|bis|tot|hasta)\s*\d{1,2}(?:[:h.]\d{2}|h)?\s*(?:am|pm|uhr|h|heures?)?\s*$/i.test(text.slice(best.index + best.length, candidate.index + candidate.length)));
  if (until) chained.add(until);
  let end = best.end ?? (until ? { ...best.start, hour: until.start.hour, minute: until.start.minute } : null);
  while (end) {
    const next = nextSlot(candidates, end);
    if (!next || chained.has(next)) break;
    chained.add(next);
    end = next.end;
  }
  // The sessions inside the block ("Time: 1:00 PM - 3:30 PM", then each session's slot) are its parts, not other options.
  const blockEnd = end;
  if (blockEnd) for (const candidate of candidates) if (sameDay(candidate.start, best.start) && minutesOf(candidate.start) >= minutesOf(best.start) && minutesOf(candidate.start) < minutesOf(blockEnd)) chained.add(candidate);
  // "10.00 uur New Yorkse tijd, bij jou 15.00 uur": one moment written in two zones is one time, not two options.
  // Once one slot is booked, the others offered before it are no longer a choice.
  const distinct = best.score === 3 ? new Set([instantOf(best.start, userZone)]) : new Set(candidates.filter((candidate) => !chained.has(candidate) || candidate === best).map((candidate) => instantOf(candidate.start, userZone)));
  const fromRange = end ? minutesBetween(best.start, end) : null;
  return { start: best.start, durationMinutes: fromRange && fromRange > 0 ? fromRange : durationStated(written), alternatives: distinct.size, sentence: sentenceAround(text, best.index, best.length) };
}

/**
 * The day a time without one belongs to: the nearest day written around it ("Date: Tuesday, July 14" over "Time:
 * 10:00"), or every day of a list under it ("all sessions start at 9:00am" over four dates: four options).
 */
function daysForTime(item: Found, dated: Found[], found: Found[], text: string): ParsedResult[] {
  // "für 16:00 Uhr eingetragen, also Donnerstag, 4. Juni 2026, 16:00 Uhr": a clock said again with its day has that day.
  const restated = found.find((other) => hasDay(other.result) && hasTime(other.result) && other.result.start.get('hour') === item.result.start.get('hour') && other.result.start.get('minute') === item.result.start.get('minute') && Math.abs(other.index - item.index) < 200);
  if (restated) return [restated.result];
  // "Wednesday, March 11 – 11:00 a.m. ET (Miami) / 10:00 a. m. (hora de Colombia)": the same moment in another zone, on
  // the day its line gave before it, however near another date stands.
  const lineStart = text.lastIndexOf('\n', item.index) + 1;
  const lineEnd = text.indexOf('\n', item.index) >>> 0;
  const onTheLine = (other: Found) => other !== item && other.index >= lineStart && other.index < lineEnd;
  const datedTimeOnTheLine = found.find((other) => onTheLine(other) && other.index < item.index && hasDay(other.result) && hasTime(other.result) && NAMES_A_DAY.test(other.text));
  if (datedTimeOnTheLine && !dated.some(onTheLine)) return [datedTimeOnTheLine.result];
  const near = dated
    .map((other) => ({ other, distance: Math.abs(other.index - item.index) }))
    .filter(({ distance }) => distance < 400)
    .sort((a, b) => a.distance - b.distance);
  const listed = near.filter(({ other }) => {
    const lineStart = text.lastIndexOf('\n', other.index) + 1;
    const lineEnd = text.indexOf('\n', other.index);
    return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/^[\s•*·-]+/, '').trim().length <= other.text.length + 2;
  });
  if (listed.length >= 2 && listed.every(({ other }) => other.index > item.index)) return listed.map(({ other }) => other.result);
  return near.length > 0 ? [near[0].other.result] : [];
}

/** From the start of the sentence before the time to the end of the time's own sentence. */
function sentenceAround(text: string, index: number, length: number): string {
  // Blank lines between paragraphs are no sentence: the one before is the last with words in it.
  const boundaries = [...text.slice(0, index).matchAll(/[.!?](?=\s)|\n/g)].map((match) => match.index).filter((at, position, all) => position === 0 || text.slice(all[position - 1] + 1, at).trim() !== '');
  const from = boundaries.length >= 2 ? boundaries[boundaries.length - 2] + 1 : 0;
  const rest = text.slice(index + length);
  const end = /[.!?](?=\s|$)|\n/.exec(rest);
  return text.slice(from, index + length + (end ? end.index + 1 : rest.length)).trim();
}

function nextSlot<T extends { start: WallTime; end: WallTime | null }>(candidates: T[], end: WallTime): T | undefined {
  return candidates.find((candidate) => !!candidate.end && candidate.start.year === end.year && candidate.start.month === end.month && candidate.start.day === end.day && candidate.start.hour === end.hour && candidate.start.minute === end.minute);
}

const NAMES_A_DAY = /\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:st|nd|rd|th|er|e|\.)(?!\w)|\b(?:jan|feb|f[eé]v|m[aä]r|apr|avr|abr|ma[iy]|mei|jun|juin|jul|juil|aug|ao[uû]|ago|sep|o[ck]t|nov|d[eé]c|dez|dic|ene|mon|tue|wed|thu|fri|sat|sun|lun|mer|jeu|ven|sam|dim|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|today|tomorrow|tonight|aujourd|demain|heute|morgen|hoy|ma[nñ]ana|vandaag)/i;

/** "All times are in Pacific Time", "(heure de Paris)" once for a whole schedule. */
function statedZone(text: string): string | null {
  const statement = /(?:all times|times (?:are|shown)|time ?zone|fuseau horaire|alle (?:uhr)?zeiten|toutes les heures|todos los horarios|alle tijden|heures? (?:de|du) |heure locale|Zeitzone|zona horaria|tijdzone)[^\n]{0,60}/i.exec(text);
  return statement ? zoneNamedIn(statement[0])?.zone ?? null : null;
}

function sameDay(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function minutesOf(time: WallTime): number {
  return time.hour * 60 + time.minute;
}

function minutesBetween(start: WallTime, end: WallTime): number {
  return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute);
}

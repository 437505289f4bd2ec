// Times and dates rewritten into forms every chrono reader takes: French and Spanish clocks, British "half 2" and
// "2.30", day-first numeric dates as ISO, and "Thursday 3rd" as the date it means.
const DUTCH_GERMAN_HOURS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, eins: 1, zwei: 2, drei: 3, fünf: 5, funf: 5, sechs: 6, sieben: 7, neun: 9, zehn: 10, zwölf: 12, zwolf: 12 };
const SPANISH_HOURS: Record<string, number> = { una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 };
const WEEKDAY_IN_FULL: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

// A month's name or its abbreviation, in the languages read.
const MONTH = String.raw`(?:maart|mrt|jan|feb|f[eé]v|mar|m[äa]r|apr|avr|abr|ma[iy]|mei|jun|juin|jul|juil|aug|ao[uû]|ago|sep|o[ck]t|nov|d[eé]c|dez|dic|ene)\p{L}*\.?`;

/**
 * Times as every reader takes them: "14h30", "14 h 30", "9 h", "10:00h" become 14:30, 9:00, 10:00 (chrono reads
 * French hours only glued, and "10:00h" not at all), and "27/10 à 9h" loses its "à" (French chrono reads
 * "10 à 9h" as a range).
 */
export function clockForm(text: string, dayFirstFrom: Date | null): string {
  if (dayFirstFrom) text = tomorrowOnItsOwnLine(dayFirstDates(text, dayFirstFrom), dayFirstFrom);
  return text
    // A list's dashes are bullets: "16:00 Uhr\n- Donnerstag, 15.10." is two options, not a range (German chrono reads one).
    .replace(/^([ \t]*)[-–—](?=[ \t])/gm, '$1•')
    // "Tues. at 3": a weekday cut short with a dot, which chrono does not read.
    .replace(/\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=\s)/gi, (_, day: string) => WEEKDAY_IN_FULL[day.slice(0, 3).toLowerCase()] ?? day)
    // "half past ten", "quarter to three", "quarter till 3", "ten o'clock": spoken times chrono does not read.
    .replace(/\b(half|quarter) (past|after|to|till|til|of) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/gi, (_, part: string, way: string, hourText: string) => {
      const hour = HOUR_WORDS[hourText.toLowerCase()] ?? Number(hourText);
      const before = /^(?:to|till|til|of)$/i.test(way);
      const minutes = part.toLowerCase() === 'half' ? 30 : before ? 45 : 15;
      const shown = before ? (hour === 1 ? 12 : hour - 1) : hour;
      return `${shown}:${String(minutes).padStart(2, '0')}`;
    })
    // "a las 9 y media", "las 4 y cuarto", "las 11 menos cuarto": the Spanish half and quarter hours, as a clock.
    .replace(/(?<=\blas )(\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) (y media|y cuarto|menos cuarto)\b/gi, (_, hourText: string, part: string) => {
      const hour = SPANISH_HOURS[hourText.toLowerCase()] ?? Number(hourText);
      if (/menos/i.test(part)) return `${hour === 1 ? 12 : hour - 1}:45`;
      return `${hour}:${/media/i.test(part) ? '30' : '15'}`;
    })
    // "a las 5 de la tarde", "à 3 heures de l'après-midi", "9 uur 's avonds": the afternoon or evening said in words.
    .replace(/\b(\d{1,2})(?::(\d{2}))? (?:de la tarde|de la noche|heures? de l'apr[eè]s-midi|heures? du soir|uhr nachmittags|uhr abends|uur ['’]s middags|uur ['’]s avonds|in the afternoon|in the evening)\b/gi, (whole: string, hourText: string, minute?: string) => {
      const hour = Number(hourText);
      return hour >= 1 && hour <= 11 ? `${hour + 12}:${minute ?? '00'}` : whole;
    })
    // "Tuesday, July 21, 10–10:45am PST": a bare hour opening a range after a date reads as the date's year ("'10").
    .replace(/(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? )(1[0-2]|0?[1-9])(?=\s?[–-]\s?(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap]\.?m\b)/gi, '$1:00')
    // "tomorrow at 10 (morning)", "at 9 in the morning", "at 4 (afternoon)": the part of the day said in words, as a clock.
    .replace(/\b(1[0-2]|0?[1-9])(?::([0-5]\d))? (?:\((morning|am|a\.m\.|afternoon|evening|pm|p\.m\.)\)|in the (morning))/gi, (_, hourText: string, minute: string | undefined, bracketed: string | undefined, spoken: string | undefined) => {
      const hour = Number(hourText);
      const later = /^(?:afternoon|evening|pm|p\.m\.)$/i.test(bracketed ?? spoken ?? '');
      return `${later && hour < 12 ? hour + 12 : hour}:${minute ?? '00'}`;
    })
    // "tomorrow morning 10ish", "at 2-ish": an hour given loosely is still the hour to come.
    .replace(/\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?-?ish\b/gi, (_, hourText: string, minute?: string) => `${Number(hourText)}:${minute ?? '00'}`)
    // "Tuesday at 10 is out … Let's do 1:30 that afternoon instead": "that afternoon" is the afternoon of the day just named.
    .replace(/\b(\d{1,2})(?::(\d{2}))? that (morning|afternoon|evening)\b/gi, (whole: string, hourText: string, minute: string | undefined, part: string, offset: number, all: string) => {
      const day = [...all.slice(Math.max(0, offset - 240), offset).matchAll(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi)].pop()?.[0];
      const hour = Number(hourText);
      if (!day || hour < 1 || hour > 12) return whole;
      return `${day} at ${hour}:${minute ?? '00'}${/morning/i.test(part) ? 'am' : 'pm'}`;
    })
    // "demain à 15 heures", "jeudi vers 10 heures": the French hour in words after "à", as a clock.
    .replace(/(?<=(?:^|\s)(?:à|a|vers|dès|des) )([01]?\d|2[0-3]) heures?(?! (?:de l'apr|du soir))\b/giu, '$1h00')
    // "11 a. m.", "4 p.m.": the Spanish and English dotted meridiem, written as chrono reads it.
    .replace(/\b(\d{1,2}(?::\d{2})?)\s?([ap])\.\s?m\.(?!\w)/gi, (_, time: string, meridiem: string) => `${time} ${meridiem.toLowerCase()}m`)
    // "by 12 noon": noon, so the "by" before it still reads as a deadline.
    .replace(/\b12\s*(?:noon|midday)\b/gi, 'noon')
    // "demain à midi", "mañana a mediodía": noon said in words, which French and Spanish chrono do not read.
    .replace(/(?<=(?:^|[\s(])(?:à|a|al|vers|hacia)\s)(?:midi|mediod[ií]a)(?![\p{L}])/giu, (word: string) => (/^midi$/i.test(word) ? '12h00' : 'las 12:00'))
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'?clock\b/gi, (_, hourText: string) => `${HOUR_WORDS[hourText.toLowerCase()]}:00`)
    .replace(/\b(1[0-2]|0?[1-9]) o['’]?clock\b/gi, (_, hourText: string) => `${Number(hourText)}:00`)
    // Dutch "om half elf" is half an hour before eleven (10:30); German "um halb zehn" likewise (9:30).
    .replace(/(?<=\b(?:om|um|vanaf|ab|tegen|gegen|tot|bis) )(half|halb) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|eins|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwolf|\d{1,2})\b/gi, (_, _half: string, hourText: string) => {
      const hour = DUTCH_GERMAN_HOURS[hourText.toLowerCase()] ?? Number(hourText);
      // "om half drie" for a visit is 14:30: an hour from one to six is in the afternoon.
      const shown = hour === 1 ? 12 : hour - 1;
      return `${shown >= 1 && shown <= 6 ? shown + 12 : shown}:30`;
    })
    // "um 14:30 am Nachmittag": the part of the day after a clock is no "am" (chrono reads "14:30 am" as no time).
    .replace(/(?<=\b(?:[01]?\d|2[0-3]):[0-5]\d)(?:\s?uhr)?\s+am\s+(?=(?:nachmittag|vormittag|abend|morgen|mittag)\b)/giu, (whole: string) => whole.replace(/\s+am\s+$/i, ', am '))
    // "om kwart over elf" is 11:15, "um Viertel vor drei" 14:45: a quarter past or to an hour said in words.
    .replace(/(?<=\b(?:om|um|vanaf|ab|tegen|gegen) )(?:kwart|viertel) (over|voor|nach|vor) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|eins|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwolf|\d{1,2})\b/gi, (_, way: string, hourText: string) => {
      const hour = DUTCH_GERMAN_HOURS[hourText.toLowerCase()] ?? Number(hourText);
      const past = /^(?:over|nach)$/i.test(way);
      const shown = past ? hour : hour === 1 ? 12 : hour - 1;
      return `${shown >= 1 && shown <= 6 ? shown + 12 : shown}:${past ? '15' : '45'}`;
    })
    // "morgenvroeg om acht uur", "um neun Uhr": the hour in words, and Dutch "early tomorrow" as the tomorrow morning chrono reads.
    .replace(/\bmorgenvroeg\b/gi, 'morgenochtend')
    .replace(/(?<=\b(?:om|um|tegen|gegen|vanaf|ab) )(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|eins|zwei|drei|fünf|funf|sechs|sieben|neun|zehn|zwölf|zwolf) (uur|uhr)\b/gi, (_, hourText: string, word: string) => {
      const hour = DUTCH_GERMAN_HOURS[hourText.toLowerCase()];
      return `${hour >= 1 && hour <= 6 ? hour + 12 : hour}:00 ${word}`;
    })
    // "morgen früh um acht": a German hour in words without "Uhr" is the bare hour the rules below read ("um zwei Wochen" is no hour).
    .replace(/(?<=\b(?:um|gegen) )(eins|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwolf)(?=[,.!?;)]|\s+(?![A-ZÄÖÜ])|$)/gm, (_, hourText: string) => `${DUTCH_GERMAN_HOURS[hourText.toLowerCase()]}`)
    // "tomorrow, 7 sharp": the hour on the dot, in working hours (7 is 7am, 3 is 3pm).
    .replace(/\b(1[0-2]|[1-9]) sharp\b/gi, (_, hourText: string) => {
      const hour = Number(hourText);
      return `at ${hour}:00${hour >= 7 && hour <= 11 ? 'am' : 'pm'}`;
    })
    // "um Dreiviertel zehn" is 9:45 and "um viertel zehn" 9:15: how Saxony, Thuringia and Austria count toward the hour.
    .replace(/(?<=\b(?:um|gegen|ab) )(dreiviertel|drei viertel|viertel) (eins|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwolf|\d{1,2})\b(?! (?:nach|vor)\b)/gi, (_, part: string, hourText: string) => {
      const hour = DUTCH_GERMAN_HOURS[hourText.toLowerCase()] ?? Number(hourText);
      const shown = hour === 1 ? 12 : hour - 1;
      return `${shown >= 1 && shown <= 6 ? shown + 12 : shown}:${/drei/i.test(part) ? '45' : '15'}`;
    })
    // "Thursday at half 2", "the Wednesday instead, half ten?": British for half past two, half past ten.
    .replace(/(?<=\b(?:at|@|around|about)\s|,\s)half (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?! (?:past|to|an?|hour)\b)/gi, (_, hourText: string) => `${HOUR_WORDS[hourText.toLowerCase()] ?? Number(hourText)}:30`)
    .replace(/\b([01]?\d|2[0-3]) ?h ?([0-5]\d)\b/g, '$1:$2')
    // "1300 hrs", "0930 hours": the twenty-four-hour clock of public services and the military.
    .replace(/\b([01]\d|2[0-3])([0-5]\d) ?(?:hrs|hours|hr|h)\b\.?/gi, '$1:$2')
    // "van 9 tot 10 uur", "von 9 bis 10 Uhr": a range of bare hours, both ends clocks.
    .replace(/\b(van|von) ([01]?\d|2[0-3]) (tot|bis) ([01]?\d|2[0-3])(?=\s?(?:uur|uhr)\b)/gi, '$1 $2:00 $3 $4:00')
    // "el jueves 16 de 10 a 11, en el mismo sitio", "de 9 a 10:30 (hora de …)": a Spanish range of bare working hours
    // ("de 3 a 5 años" is no time).
    .replace(/\bde ([01]?\d|2[0-3]) a ([01]?\d|2[0-3])(?::([0-5]\d))?(?=\s*(?:h\b|horas?\b|hrs?\b|[,.;()]|$|\s(?:en|por|con|para|y)\b))/gim, (whole: string, from: string, to: string, minutes?: string) => (Number(to) > Number(from) && Number(from) >= 7 ? `de ${from}:00 a ${to}:${minutes ?? '00'}` : whole))
    // "de 9 a 10 a. m.": one meridiem for both ends of a Spanish range.
    .replace(/\bde (1[0-2]|[1-9]) a (1[0-2]|[1-9]) ([ap]m)\b/gi, (whole: string, from: string, to: string, meridiem: string) => (Number(to) > Number(from) ? `de ${from} ${meridiem} a ${to} ${meridiem}` : whole))
    // "om 10.15 uur", "um 14.30 Uhr": the dotted clock Dutch and German write (chrono-nl reads "10.15 uur voor" as a quarter to).
    .replace(/\b([01]?\d|2[0-3])\.([0-5]\d)(\s?(?:[-–]|tot|bis)\s?)([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:uur|uhr)\b)/gi, '$1:$2$3$4:$5')
    .replace(/\b([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:uur|uhr)\b)/gi, '$1:$2')
    // "Dienstag, 17. März, 14 Uhr": after a comma a bare hour is the clock, not the year of the date before it.
    .replace(/(?<=[,;]\s)([01]?\d|2[0-3])\s?(uhr|uur)\b/gi, '$1:00 $2')
    // Flemish clocks: "om 9u30", "14u00", "om 14u".
    .replace(/\b([01]?\d|2[0-3])u([0-5]\d)\b/g, '$1:$2')
    .replace(/(?<=\bom )([01]?\d|2[0-3]) ?u\b/g, '$1:00')
    // "van 10u tot 10u45", "14u-15u": both ends of a Flemish range.
    .replace(/\b([01]?\d|2[0-3]) ?u(?= ?(?:tot|-|–) ?(?:[01]?\d|2[0-3]) ?[u:])/g, '$1:00')
    .replace(/(?<=\b(?:tot|-|–) ?)([01]?\d|2[0-3]) ?u\b(?![a-z])/g, '$1:00')
    // "van 9 tot 10u30", "von 9 bis 10:30": a bare hour that opens a range up to a clock is a clock too.
    .replace(/\b(van|von) ([01]?\d|2[0-3]) (tot|bis) (?=(?:[01]?\d|2[0-3]):[0-5]\d)/gi, '$1 $2:00 $3 ')
    // "at 2.30", "2.30pm", "10.15 am": the dotted clock British English writes.
    .replace(/(?<=\b(?:at|from|until|till|to)\s)([01]?\d|2[0-3])\.([0-5]\d)(?![.\d])|\b([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))/gi, (_, h1?: string, m1?: string, h2?: string, m2?: string) => `${h1 ?? h2}:${m1 ?? m2}`)
    .replace(/\b([01]?\d|2[0-3]):([0-5]\d) ?h\b/g, '$1:$2')
    // "Monday the 9th at 3", "Thursday at 10", "Wednesday at 10 MT", "first thing Monday, say 9": a bare hour after a day is a
    // clock in working hours (3 is 3pm, 10 is 10am).
    .replace(/(?<=\b(?:mon|tue|wed|thu|fri|sat|sun|tomorrow)[a-z]*\b\.?[^.?!\n\d]{0,12}(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?)[^.?!\n\d]{0,6})?\b(?:at|@|say) )(1[0-2]|[1-9])(?=[,.?!;)]|$|\s+(?:sound|suits?|works?|be|is|would|could|for|in|at|with|then|okay|ok|instead|please|if|on|and|this|next|my|our|your|the|to|so|we|I|you|local|mountain|pacific|eastern|central|[ECMP][SD]?T|AK[SD]?T|HST|AST|GMT|UTC|BST|CES?T|SAST|CAT|EAT|WAT|IST|AE[SD]T|NZ[SD]T)\b)/gim, (_, hourText: string) => {
      const hour = Number(hourText);
      return hour >= 7 && hour <= 11 ? `${hour}:00am` : `${hour}:00pm`;
    })
    // "el jueves 12 a las 11 por el taller", "mañana a primera hora, a las 8": a bare hour after a day, as in English
    // (11 is 11am, 5 is 5pm).
    .replace(/(?<=\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|ma[nñ]ana)\b[^.?!\n\d]{0,24}(?:\d{1,2}[^.?!\n\d]{0,10})?\ba las )(1[0-2]|[1-9])(?![:.\d]|\s*(?:h|hs|hrs|horas|hora(?!\s+(?:de|del|peninsular|local|canaria|espa[ñn]ola)\b)|de la|a\.?\s?m|p\.?\s?m|am|pm)\b)/gi, (_, hourText: string) => {
      const hour = Number(hourText);
      return (hour >= 7 && hour <= 11) || hour === 12 ? `${hour}:00` : `${hour + 12}:00`;
    })
    // "Kommen Sie um 8 zu uns", "Donnerstag passt, dann um 10", "morgen gegen 9": a bare German hour after a word that sets a meeting.
    .replace(/(?<=\b(?:kommen sie|komm|kommt|treffen wir uns|sehen wir uns|passt|dann|montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen)\b[^.?!\n\d]{0,20}\b(?:um|gegen) )(1[0-9]|2[0-3]|[1-9])(?![:.\d]|\s*(?:uhr|h\b|prozent|%|€|euro|minuten|stunden|tage|jahre|wochen))/gi, (_, hour: string) => `${hour}:00`)
    // "de 2:00 a 2:45 pm": Spanish "a" joins a range; chrono takes it for "am".
    .replace(/\b([01]?\d|2[0-3]):([0-5]\d)\s+a\s+(?=(?:[01]?\d|2[0-3]):[0-5]\d)/g, '$1:$2 - ')
    // "a las 16 hs", "16:30 hrs", "10:15 horas": the hours Spanish writes (chrono reads "15 horas" as a length).
    .replace(/\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?(?:hs|hrs)\b\.?|\b([01]?\d|2[0-3])[:.]([0-5]\d)\s?horas\b|(?<=\blas )([01]?\d|2[0-3])\s?horas\b/g, (_, hour?: string, minute?: string, hour2?: string, minute2?: string, hour3?: string) => `${hour ?? hour2 ?? hour3}:${minute ?? minute2 ?? '00'}`)
    // A bare "9 h" only after a word that sets a time: "a 2h interview" is a length.
    // "un debrief de 1h", "un entretien de 2 h": a length, written out so no reader takes it for a clock.
    .replace(/(?<=(?:^|\s)de\s)([1-4]) ?h\b(?! ?[0-5]\d)(?!\s*(?:à|a|-|–)\s*\d)/gimu, (_, hours: string) => `${hours} heure${hours === '1' ? '' : 's'}`)
    // "Compte environ 3 à 4h", "prévoir 2h": how long a task takes, not when.
    .replace(/(?<=\b(?:environ|compte[rz]?|prevoi[rs]|prévoi[rs]|prevoyez|prévoyez|durée|duree|pendant|durant|max(?:imum)?\.?)\s)([1-9])(?: ?(?:à|a|-|–) ?([1-9]))? ?h\b(?! ?[0-5]\d)/giu, (_, low: string, high?: string) => high ? `${low} à ${high} heures` : `${low} heure${low === '1' ? '' : 's'}`)
    // "de 10h à 11h" is a range; "un debrief de 1h" is a length.
    .replace(/(?<=(?:(?:^|\s)(?:à|a|vers|dès|des|et|entre|jusqu'à|um|bis|ab|las|–|-)|:|(?:prochain|prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi),)\s)([01]?\d|2[0-3]) ?h\b(?! ?[0-5]\d)|(?<=(?:^|\s)de\s)([01]?\d|2[0-3]) ?h\b(?! ?[0-5]\d)(?=\s*(?:à|a|-|–)\s*\d)/gimu, (_, hour?: string, rangeHour?: string) => `${hour ?? rangeHour}:00`)
    .replace(/(\b\d{1,2}[/.]\d{1,2}\.?|\b\d{4}-\d{2}-\d{2})\s+(?:à|a|om|um)\s+(?=\d)/g, '$1 ')
    // "Thursday 26 Nov – 10:00am": a dash between a day and its time is no range (chrono reads it as one).
    .replace(new RegExp(String.raw`(\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)[ \t]+[–—-][ \t]+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})`, 'giu'), '$1, ');
}

/**
 * "Telefoninterview:\n\nmorgen, Freitag, um 11:15 Uhr": German chrono reads a "morgen" that opens a line or follows a
 * colon as "morning", with no day. Written as the date it means, the time keeps its day.
 */
function tomorrowOnItsOwnLine(text: string, writerNow: Date): string {
  const tomorrow = new Date(writerNow.getTime() + 86_400_000).toISOString().slice(0, 10);
  return text.replace(/(?<=(?:^|:)[ \t]*)[Mm]orgen(?:,?\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?)?(?=\s+(?:um|ab|gegen)\s+\d)/gimu, tomorrow);
}

const DATE_LEAD = /(?:\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\b(?:lun|mar|mer|jeu|ven|sam|dim)\w*|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|\b(?:le|am|den|el|op|on|du|vom|date|datum|fecha)\b)[\s,:.]*$/i;

/**
 * "12/03/2026", "12.03." and "mardi 27/10" written day first become 2026-03-12 and 2026-10-27, which every
 * reader takes the same way. A bare "12.03" counts only beside a weekday, "le", "am", a "Date:" label or a time.
 */
const WEEKDAY_NUMBER: Array<[RegExp, number]> = [
  [/^(?:sun|dim|sonn|dom|zon)/i, 0], [/^(?:mon|lun|maan)/i, 1], [/^(?:tue|mar|dien|din)/i, 2], [/^(?:wed|mer|mitt|mi[eé]|woe)/i, 3],
  [/^(?:thu|jeu|donn|jue|dond)/i, 4], [/^(?:fri|ven|frei|vie|vrij)/i, 5], [/^(?:sat|sam|s[aá]b|zat)/i, 6],
];

/**
 * "Thursday 3rd", "jeudi 12", "el jueves 12", "maandag de 15e": a weekday and a day of the month with no month. The date is the next
 * one where they agree, written out in full (chrono reads "Thursday 3rd" as the coming Thursday, whatever its day).
 */
export function weekdayAndDay(text: string, writerNow: Date): string {
  const pattern = new RegExp(String.raw`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi|samedi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|mi[eé]rcoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag)(,?\s+(?:the\s+|de\s+)?)(\d{1,2})(?:st|nd|rd|th|er|ste|de|e)?\b(?!\.?\s*(?:of\s+|de\s+)?${MONTH}|[/.:h]\d|\s*(?:am|pm|uhr|uur)\b)`, 'giu');
  return text.replace(pattern, (whole: string, dayName: string, gap: string, dayText: string) => {
    const weekday = WEEKDAY_NUMBER.find(([prefix]) => prefix.test(dayName))?.[1];
    const day = Number(dayText);
    if (weekday === undefined || day < 1 || day > 31) return whole;
    const start = new Date(Date.UTC(writerNow.getUTCFullYear(), writerNow.getUTCMonth(), writerNow.getUTCDate()));
    for (let months = 0; months < 12; months += 1) {
      const candidate = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, day));
      if (candidate.getUTCDate() !== day || candidate < start) continue;
      if (candidate.getUTCDay() === weekday) return `${dayName}${gap}${candidate.toISOString().slice(0, 10)}`;
    }
    return whole;
  });
}

function dayFirstDates(text: string, writerNow: Date): string {
  return text.replace(/\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2})\b|\.(?!\d))?(?![/.]?\d)/g, (whole: string, dayText: string, monthText: string, yearText: string | undefined, index: number) => {
    const day = Number(dayText);
    const month = Number(monthText);
    if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
    if (!yearText) {
      const before = text.slice(Math.max(0, index - 16), index);
      const after = text.slice(index + whole.length, index + whole.length + 14);
      if (!DATE_LEAD.test(before) && !/^\s*(?:à|a|at|um|om|,|-|–)?\s*\d{1,2}(?:[:h.]\d{2}|\s?h\b)/i.test(after)) return whole;
    }
    let year = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : writerNow.getUTCFullYear();
    // A date without a year is the next one: "12/01" written in December is next January.
    if (!yearText && Date.UTC(year, month - 1, day) < writerNow.getTime() - 86_400_000) year += 1;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}


import { CONDITIONAL } from './kind-phrases';
import { plain } from './text-patterns';

// The time found is an appointment when its sentence says what for ("Let's lock in 3/10 at 2:30pm ET for your
// technical interview"), unless it asks ("Would Tuesday at 2pm work?").
// German and Dutch glue a meeting noun to what kind it is: "Telefoninterview", "Videotermin", "telefoongesprek".
export const MEETING_NOUN = /\b(?:(?:telefon|video|online|vorstellungs|bewerbungs|kennenlern|auswahl|personal|erst|zweit|gesprachs|vorort|telefoon|sollicitatie|kennismakings|selectie|eerste |tweede |vervolg)(?:interview|gesprach|termin|gesprek|afspraak)|trial (?:shift|day|session)s?|assessment ?(?:day|dag|cent(?:er|re))s?|assessment-cent(?:er|re)|jornadas? de (?:evaluacion|seleccion)|journees? (?:d'evaluation|de selection)|auswahltag|selectiedag|mondelinge (?:proef|test)|epreuve orale|prueba oral|mundliche prufung|hearing(?! (?:from|back|about|your|you))|probearbeit(?:en|stag)?|probetag|schnuppertag|proefdag|proefdraaien|meeloopdag|journee d'essai|jour d'essai|periode d'essai|prueba de trabajo|dia de prueba|entrevues|interviews|entretiens|entrevistas|gesprekken|entrevue|interview|phone screen|screen(?:ing)?|call|chat|meeting|conversation|onsite|on-site|final round|first round|session|zoom|teams|google meet|video|visit|entretien|rendez-vous|echange|appel|visio|gesprach|termin|vorstellungsgesprach|entrevista|reunion|llamada|videollamada|gesprek|afspraak|sollicitatiegesprek|kennismakingsgesprek|videocall|video call|videogesprek|videollamada|rencontr\w*|kennenlernen|conocer(?:te|nos|le|la)|ontmoet\w*|kennismak\w*|meet (?:with )?(?:you|us|me|the team))\b/;
export const ASKING = /\?|\b(?:would|could|does|do|can|will) (?:(?:this|that|these|any|either|one) (?:of )?(?:\w+ )?)?(?:work|suit)|\bare you (?:available|free)|\b(?:let me know|please (?:confirm|reply|let)|if (?:that|this|it) works)\b|\b(?:or|ou|oder|o|of) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag)\b/;

// "We need to cancel tomorrow's interview; I'll come back with new times": the appointment is off, the employer wrote.
export const CALLED_OFF = /\b(?:(?:no vamos a poder|no podremos|no podemos|no va a poder) (?:hacer|realizar|tener|mantener)|(?:won't|will not|cannot|can't|unable to|not be able to) (?:\w+ ){0,2}(?:hold|do|go ahead with|make) (?:the|our|your|tomorrow's|today's)|ne (?:pourrons|pouvons|pourrai|pourra) pas (?:maintenir|faire|assurer|tenir|avoir)|(?:konnen|kann) (?:das|unser|den|unseren) (?:\w+ )?(?:gesprach|termin|interview) (?:\w+ ){0,2}nicht|kunnen (?:het|ons|de) (?:\w+ )?(?:gesprek|afspraak|interview) (?:\w+ ){0,2}niet|anular|anulad[oa]|suspender|suspendid[oa]|ne pourra pas avoir lieu|n'aura pas lieu|findet (?:\w+ ){0,3}nicht statt|kann (?:\w+ ){0,3}nicht stattfinden|entfallt|entfallen|no podra (?:realizarse|llevarse a cabo)|kan niet doorgaan|niet kan doorgaan|niet zal doorgaan|niet doorgaat|niet door(?:gaan| kan gaan| zal gaan)|gaat (?:\w+ )?niet door|annuleren|annuleer|annulering|afgelast|cancel(?:l?ed|l?ing|lation)?|call(?:ed)? off|postpon(?:e|ed|ing|ement)|put on hold|afzeggen|afgezegd|geannuleerd|annul(?:er|ee|e|ation)|absagen|abgesagt|stornier\w*|cancelar|cancelad[oa]|cancelacion)\b/;
export const MOVED = /\b(?:alternatie[fv]e?|alternativ[ae]?|decal\w*|plutot|stattdessen|liever|en su lugar|(?:cambiar|pasar|mover)(?:la|lo)? al|verplaatsen|omzetten|verschieben|verlegen|verschuiven|verzetten|deplacer|reporter|aplazar|reprogramar|opnieuw (?:ingepland|gepland)|nieuwe (?:datum|afspraak|tijd)|verlegt|neu angesetzt|neuer termin|reprogramad\w*|reprogramm\w*|replanifi\w*|rescheduled?|moved|pushed|changed|new (?:date|time)|instead|revised|nouveau creneau|nouvelle (?:date|heure)|verschoben|reporte\w*|deplace\w*|aplazad\w*|verzet|verplaatst)\b/;

export function calledOff(subject: string, sentences: string[]): boolean {
  // "Absage unseres Termins am Donnerstag": in a subject, "Absage" of a meeting calls it off (of an application, it is a no).
  const said = sentences.some((sentence) => CALLED_OFF.test(sentence) && MEETING_NOUN.test(sentence)) || CALLED_OFF.test(plain(subject)) || (/\babsage\b/.test(plain(subject)) && /\b(?:termin\w*|gesprach\w*|interview\w*|vorstellungsgesprach\w*)\b/.test(plain(subject)));
  // Moved, not called off: a new time is given in the same breath ("moved it to Thursday at 2pm"; not "nothing has changed").
  // "… een alternatief geven:" followed by the new time on its own line is moved in the same breath too.
  return said && !sentences.map((sentence, at) => (sentence.trim().endsWith(':') && sentences[at + 1] ? `${sentence} ${sentences[at + 1]}` : sentence)).some((sentence) => MOVED.test(sentence) && /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag)\b/.test(sentence) && !/\b(?:will|'ll|going to|to find|once|to reschedule|anticipat\w*|expect\w*|hope to|aim to|plan to|intend to|reviendrons|reviendrai|proposer|proposerons|proposera|afin de|des que|sobald|folgt|folgen|to follow|suivra|suivront|a seguir|volgt|volgen|melde mich|melden uns|werde|werden|vorschlag\w*|zullen|zal|in te plannen|te plannen|plannen|waarschijnlijk|overleg|probably|likely|wahrscheinlich|probablement|probablemente|volveremos|propondremos|proponer|vamos a|en cuanto)\b/.test(sentence));
}

/**
 * One time set out to the candidate in a statement ("Te propongo una entrevista el martes 3 a las 16 hs. ¿Me
 * confirmás?", "Je vous propose de nous rencontrer le mardi 14 avril à 10h30"): an invitation, though a confirmation
 * is asked for. Put as a question ("Does Friday at 2pm work for you?") it is still a proposal.
 */
// "Does Thursday 12th at 2:30pm work?", "How does Monday at 3 sound?": one time put to the candidate to accept.
const ONE_TIME_ASKED = /\b(?:kun|kan|kunt) (?:je|jij|u|ge) (?:[^\s?]+ ){0,12}(?:komen|langskomen|langs komen|binnenlopen|langs)\b|\b(?:we|i) can do (?:[\w-]+ ){0,3}\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\b|\b(?:geht|passt|ginge|ware) (?:(?:auch|es|ihnen|dir|euch|bei (?:ihnen|dir|euch)) ){0,3}(?:am |der )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|ubermorgen)\b|\b(?:ca (?:te|vous) va|tu peux|vous pouvez|ca te dit|ca vous dirait) (?:(?:le|ce|demain|aussi) ){0,2}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)\b|\b(?:schikt|past|kan) (?:het |je |u )?(?:ook )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|morgen)\b|\b(?:puedes|podes|podria|podrias|te viene|le viene) (?:el |este |mejor )?(?:lunes|martes|miercoles|jueves|viernes|sabado|manana)\b|\b(?:te late|te parece|le parece|te viene bien|le viene bien|te va bien|te queda bien|te sirve)\b|\b(?:can|could) (?:you|u|we) do (?:[\w-]+ ){0,3}\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\b|\b(?:magst|willst|mochtest|kannst) du (?:[^\s?]+ ){0,10}(?:vorbeischauen|vorbeikommen|reinschauen|vorbei ?kommen)\b|\b(?:mogen|konnen|wollen) sie (?:[^\s?]+ ){0,10}(?:vorbeischauen|vorbeikommen)\b|\b(?:does|would|will|can|could) (?:[\w-]+ ){0,4}\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\b[^?]{0,30}\b(?:work|suit|be ok|be okay|do)\b|\bhow (?:does|would) (?:[\w-]+ ){0,4}(?:sound|suit)\b|\b(?:can|could) you (?:come|pop|drop|swing|stop) (?:in|by|over|down|round|to|into)\b|\b(?:can|could) we (?:push|move|bump|shift) (?:it |this |that |things |our (?:call|chat|meeting|interview) )?(?:back |up )?to\b|\b(?:are|would) you (?:be )?(?:able|free|around) to (?:come|pop|drop|swing) (?:in|by|over)\b|\b(?:peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|est-ce que tu peux|est ce que tu peux|est-ce que vous pouvez|est ce que vous pouvez) (?:passer|venir)\b|\b(?:serais-tu|seriez-vous|es-tu|etes-vous) (?:disponible|dispo|libre)\b|\b(?:kannst du|konnen sie|konntest du|konnten sie) (?:\w+ ){0,3}vorbeikommen\b|\b(?:kun je|kunt u|kunt ge|kun jij|kan je|zou je|zou u) (?:[^\s?]+ ){0,6}(?:langskomen|langs komen|binnenspringen|passeren)\b|\b(?:puedes|podes|podrias|puede usted|podria) (?:pasar|venir|pasarte)\b|\b(?:are you|r u|would you be|will you be) (?:free|available|around)\b(?! (?:at some|sometime|some time|any ?time|for (?:a )?(?:quick )?(?:call|chat) (?:this|next|later|tomorrow|today|on|at some)))/;

// "Are you free Thursday at 2? If not, let me know what works better": the time is one offer among any others.
export const OPEN_TO_OTHERS = /\bsi (?:ninguno|ninguna) (?:te|le|les) (?:sirve|viene|funciona|queda)\b|\bbuscamos otra (?:opcion|fecha|hora)\b|\bsi aucun(?:e)? (?:ne )?(?:te|vous) convien|\bfalls (?:keiner|keine) (?:davon )?passt|\bals geen van (?:deze |die )?(?:past|uitkomt)|\bif not\b[^.?!]{0,40}\b(?:what|which|other|another|different|better|alternative)\b|\b(?:or suggest|suggest (?:another|a different|an alternative))\b|\bwhat (?:works|would work|suits) better\b/;

export function proposesOneTime(sentence: string | null, unlessObjected = false): boolean {
  if (!sentence) return false;
  const own = sentence.split(/(?<=[.!?])\s+/).pop() ?? sentence;
  if (own.includes('?') && !unlessObjected && !ONE_TIME_ASKED.test(plain(own))) return false;
  const text = plain(sentence).replace(/\([^)]*\)/g, ' ');
  return (MEETING_NOUN.test(text) || SAME_PLACE.test(text) || /\b(?:(?:lo|la|le|te|los|las) esperamos|nous vous attendons|on t'attend|je vous attends|erwarten (?:sie|dich)|verwachten (?:je|u)|we(?:'ll| will) (?:see|expect) you|come in|pop in|pop down|pop round|pop over|come down|come round|come over|swing by|drop in|come by|stop by|catch up|meet|kom (?:[^\s.!?]+ ){0,12}langs|langskomt|langskomen|langs te komen|eens langs|komm (?:[^\s.!?]+ ){0,12}vorbei|kommen sie (?:[^\s.!?]+ ){0,12}vorbei|bei uns (?:in|im|auf|vor)\b|bij ons (?:op|in|aan)\b|chez nous\b|dans nos locaux|en (?:nuestra|nuestras) (?:oficina|oficinas|instalaciones|sede)|at our (?:office|offices|store|shop|site|depot|clinic|studio|restaurant)|in our (?:office|offices)|(?:push|move|bump|shift) (?:it |this |that |things )?(?:back |up )?to|venir|passer|vorbeikommen|vorbeischauen|pasarte|pasar por|langskomen|langs komen|(?:lo|la|le|te|los|las) espero|(?:ik|wij|we) verwacht(?:en)? (?:je|u|jou)|venite|vente|veni|venga|pasate|nos veamos|passez|venez|viens|charla\w*|platic\w*|quatsch\w*|babbel\w*|klets\w*|(?:i've|i have|we've|we have) (?:booked|pencilled|penciled|scheduled|put) you (?:in|down)|booked you in|ik heb (?:je|u) (?:\w+ )?ingepland|te (?:he|hemos) (?:apuntado|agendado)|je vous ai (?:inscrit|positionne)|ich habe (?:sie|dich) (?:\w+ )?eingeplant|langskomen|passeren|(?:je|nous) (?:vous|t') ?attend(?:s|ons)?)\b/.test(text)) && !conditionalBeforeTheTime(text.replace(/\bif (?:that|this|it)(?:'s| is)? (?:no good|doesn'?t work|does not work|suits?|works?)\b.*$/, ''));
}

/**
 * "Can you come in Thursday at half 2? Let me know if that's no good": one time asked as a question but held unless
 * the candidate objects is set, not an option.
 */
export const HELD_UNLESS_OBJECTED = /\b(?:als (?:\w+ ){0,2}niet lukt,? hoor ik het wel|anders zie ik (?:je|u) dan|(?:ik|we) (?:heb|hebben) het (?:al )?bevestigd|i(?:'ve| have) already confirmed|(?:je l'ai|nous l'avons) d[ée]j[àa] confirm[ée]|ya (?:lo )?(?:he|hemos) confirmado|(?:habe|haben) (?:es|den termin) (?:schon|bereits) best[äa]tigt|si no (?:puedes|pod[eé]s|puede) (?:el |este )?\w+,? (?:dime|decime|av[ií]same|me dices)|wenn (?:ich|wir) nichts (?:gegenteiliges|anderes|mehr) (?:von (?:ihnen|dir) )?hor\w*|(?:if|unless) (?:i|we) (?:don'?t|do not) hear otherwise|unless (?:i|we) hear otherwise|sauf (?:contre-ordre|avis contraire|contrordre)|salvo que (?:me )?(?:digas|diga|indiques|indique) lo contrario|si no (?:me )?(?:dices|dice) (?:nada|lo contrario)|tenzij (?:ik|we) (?:iets )?anders (?:hoor|horen)|als ik niets (?:anders )?hoor|let me know if (?:that|this|it|the time)(?:'s| is)? (?:no good|not (?:ok|okay|good)|a problem|doesn'?t (?:work|suit)|does not (?:work|suit)|won'?t work)|otherwise,? see you(?: then| there| on \w+)?|see you then|si (?:ca|cela) ne (?:te|vous) convient pas|sinon,? (?:a|on se voit) (?:lundi|mardi|mercredi|jeudi|vendredi|bientot|tout a l'heure)|falls (?:das|es|der termin) nicht passt|sonst bis (?:montag|dienstag|mittwoch|donnerstag|freitag|dann)|si no te (?:viene|va) bien|si no,? nos vemos|als (?:dat|het) niet (?:uitkomt|past|lukt)|anders tot (?:maandag|dinsdag|woensdag|donderdag|vrijdag|dan))\b/;

export function statesAnAppointment(sentence: string | null): boolean {
  if (!sentence) return false;
  // An aside in brackets ("side door on 6th, just knock if it's locked") neither asks nor makes it conditional.
  const text = plain(sentence).replace(/\([^)]*\)/g, ' ');
  return MEETING_NOUN.test(text) && !ASKING.test(text) && !conditionalBeforeTheTime(text);
}

// "👉 https://calendly.com/…": the candidate picks the time.
const SCHEDULING_LINK = /https?:\/\/\S*(?:calendly|cal\.com|schedul|booking|agenda|doodle|youcanbook)/;
// The time's own sentence names its day ("Wed 3pm it is", "el martes 16 a las 11"); "the last bus is 10.40pm" does not.
const A_DAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|montag|dienstag|mittwoch|donnerstag|freitag|samstag|lunes|martes|miercoles|jueves|viernes|sabado|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)\b|\b(?:tomorrow|tmr|demain|morgen|manana)\b|\d{1,2}[/.]\d{1,2}|\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:st|nd|rd|th|er|e|\.)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|avr|mai|juin|juil|aout|sept|okt|dez|ene|abr|ago|dic|mrt|mei|maart)/;
// Words that take up a time the other side put forward: "Wed 3pm it is", "jeudi 14h30 ça me va", "passt mir".
const TAKEN_UP = /\b(?:it is|works(?: for (?:me|us))?|suits(?: (?:me|us))?|sounds (?:good|great|perfect)|perfect|see you(?: then| there)?|ca (?:me|nous) va|ca marche|c'est (?:note|bon|parfait)|parfait|entendu|passt(?: (?:mir|uns|gut))?|klappt|abgemacht|perfekt|me va bien|me parece bien|perfecto|nos vemos|de acuerdo|dat is goed|prima|afgesproken|akkoord|top)\b/;
// A place to come to: "On sera au bureau, 27 rue Chevreul", "in unserer Werkstatt", "en la oficina", "in ons atelier".
// A moved meeting kept where it was: "zelfde locatie", "same place", "mismo lugar".
const SAME_PLACE = /\b(?:same (?:place|location|address|site)|meme (?:endroit|adresse|lieu)|(?:gleicher|gleichen|selben?) (?:ort|adresse)|mismo (?:sitio|lugar)|misma (?:direccion|oficina)|(?:zelfde|dezelfde) (?:plek|plaats|locatie|adres))\b/;
const A_PLACE_TO_COME = new RegExp(String.raw`${SAME_PLACE.source}|\b(?:naar de (?:winkel|zaak|bakkerij|werkplaats|kantoor|fabriek|praktijk)|por el (?:restaurante|local|taller|bar|negocio|almacen|despacho)|pasate|pasese|venite|au bureau|a l'atelier|dans nos locaux|chez nous|(?:at|in) (?:our|the) (?:office|shop|store|workshop|yard|site|depot|studio|clinic|restaurant|cafe|salon)|in (?:der|unserer|unserem) (?:werkstatt|kanzlei|praxis|buro|firma|halle|filiale)|bei uns|en (?:la|nuestra) (?:oficina|tienda|planta|sucursal|taller)|aqui en la oficina|in (?:ons|het) (?:atelier|kantoor|bedrijf|winkel|magazijn)|bij ons)\b`);

/**
 * A short note from a person with one time in it, and a meeting, a place to come to or a yes anywhere in the note:
 * "Can you do Thursday 2pm ET? 30 min, I'll call your cell.", "Wed 3pm it is. Will send a Zoom link tmr".
 */
export function oneTimeInAShortNote(timeSentence: string | null, ownBody: string): boolean {
  if (!timeSentence) return false;
  const note = plain(ownBody);
  if (note.length > 700) return false;
  const own = plain(timeSentence.split(/(?<=[.!?])\s+/).pop() ?? timeSentence);
  if (own.includes('?') && !ONE_TIME_ASKED.test(own)) return false;
  if (conditionalBeforeTheTime(own) || OPEN_TO_OTHERS.test(note) || SCHEDULING_LINK.test(note) || !A_DAY.test(own)) return false;
  return MEETING_NOUN.test(note) || A_PLACE_TO_COME.test(note) || TAKEN_UP.test(own);
}

// "Si te interesa venite el jueves a las 17", "if you're keen, come in Thursday at 2": interest asked politely, not a condition.
const POLITE_IF = /\b(?:si te viene bien|si le viene bien|si te va bien|si te cuadra|if (?:that|it) suits|if you can make it|si te interesa|si le interesa|si (?:ca|cela) (?:te|vous) (?:dit|interesse)|si vous etes interesse\w*|if you(?:'re| are) (?:keen|interested|still interested|up for it)|falls (?:du|sie) (?:lust|interesse) (?:hast|haben)|wenn (?:du|sie) (?:lust|interesse) (?:hast|haben)|als je (?:zin|interesse) hebt|als u (?:interesse|zin) heeft)\b/g;
const CLOCK_IN_TEXT = /\b\d{1,2}(?:[:h.]\d{2}|\s?(?:am|pm|uhr|uur|h|hs|hrs)\b)/;

/** A condition put before the time ("If you are shortlisted, the interview is on 3 March at 10:00"), not after it ("…, si puedes trae tu filipina"). */
function conditionalBeforeTheTime(text: string): boolean {
  const own = text.split(/(?<=[.!?:])\s+|\n/).pop() ?? text;
  const at = own.search(CLOCK_IN_TEXT);
  const before = `${text.slice(0, text.length - own.length)}${at >= 0 ? own.slice(0, at) : own}`;
  return CONDITIONAL.test(before.replace(POLITE_IF, ' '));
}

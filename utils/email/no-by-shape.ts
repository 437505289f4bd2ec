// The shapes of a "no" that lists of phrases keep missing, read in any word order and in the five languages: the job
// filled or withdrawn ("dass die oben genannte Stelle zwischenzeitlich besetzt wurde"), news announced as not good
// ("keine positive Nachricht"), another person chosen ("the team landed on someone whose…"), the process ended for the
// candidate ("Je deelname aan deze selectieprocedure stopt hier"), a "not" before going on ("no seguirás avanzando"),
// and a result line or "not among them" ("Resultado: NO ADMITIDO", "Jij zit daar niet bij"). Sentences are plain text.

const JOB = /\b(?:role|position|job|vacancy|post|opening|spot|req|requisition|stelle|vakanz|ausbildungsplatz|praktikumsplatz|platz|poste|offre|emploi|vacante|puesto|plaza|posicion|cargo|vacature|functie|positie|baan|plek|stageplek)\b/g;
const FILLED = /\b(?:withdrawn|pulled|scrapped|on hold|ingetrokken|geschrapt|zuruckgezogen|gestrichen|retiree?|annulee?|cancelad[oa]|retirad[oa]|filled|taken|gone|weg|besetzt|erledigt|belegt|nachbesetzt|vergeben|pourvue?s?|comblee?s?|cubiert[oa]s?|ocupad[oa]s?|cogid[oa]s?|asignad[oa]s?|adjudicad[oa]s?|ingevuld|vervuld)\b(?!\s+(?:werden|wird|zu werden|sein|ist,? sobald))/;
// "ended up filling the role internally": the active form, the job named after the verb.
const FILLING = /\b(?:filled|filling|fill|comble|pourvu|cubierto|cubrimos|ocupado|ingevuld|vervuld) (?:the|this|that|our|le|ce|el|la|de|deze) (?:[\w-]+ ){0,3}?(?:role|position|job|vacancy|post|opening|poste|puesto|vacante|posicion|plaza|cargo|vacature|functie)\b/;
// Between the job and the verb: not yet, not now, maybe, later ("has not yet been filled", "may be filled before the
// closing date", "wird besetzt werden", "sera pourvu", "zal worden ingevuld").
const NOT_DONE = /\b(?:not|yet|noch|nicht|pas|encore|aun|todavia|nog|niet|still|will|would|to be|may|might|often|usually|can|could|should|must|quickly|rapidly|soon|sera|seront|serait|pourrait|peut|wird|werden|soll|sollte|kann|konnte|schnell|sera|va a|puede|pueda|zal|zullen|wordt|kan|moet|snel|bald|rapidement|rapidamente)\b|n't\b/;
// Before the job: a time or a condition makes the filling a rule for later ("until the position is filled", "sobald
// die Stelle besetzt ist", "once we have filled the role", "other positions we have filled").
const NOT_THIS_ONE_NOW = /\b(?:until|till|once|when|whenever|if|unless|before|bis|sobald|wenn|falls|bevor|des que|jusqu'a ce que|lorsque|quand|si|hasta que|cuando|una vez|antes de que|zodra|totdat|wanneer|voordat|other|similar|future|andere|anderen|autres|otr[oa]s|toekomstige|after|nach|na|apres|despues|nadat)\b/;

export function theJobIsFilled(sentence: string): boolean {
  const active = FILLING.exec(sentence);
  if (active && /\b(?:we|i|we've|we have|i've|ended up|have|has|had|just|already|now|on a|avons|a|hemos|han|hebben|heeft|finalement|finalmente|uiteindelijk)\b[^,;]{0,30}$/.test(sentence.slice(Math.max(0, active.index - 40), active.index)) && !NOT_DONE.test(sentence.slice(Math.max(0, active.index - 20), active.index)) && !NOT_THIS_ONE_NOW.test(sentence.slice(0, active.index))) return true;
  const filled = FILLED.exec(sentence);
  if (!filled) return false;
  const before = sentence.slice(0, filled.index);
  const jobs = [...before.matchAll(JOB)].filter((job) => filled.index - job.index <= 80);
  const job = jobs.pop();
  if (!job) return false;
  const between = sentence.slice(job.index + job[0].length, filled.index);
  return !NOT_DONE.test(between) && !NOT_THIS_ONE_NOW.test(sentence.slice(Math.max(0, job.index - 60), job.index));
}

const NO_GOOD_NEWS = [
  /\b(?:wish|wished|hoped|hoping) (?:that )?(?:i|we) (?:had|could (?:share|give|bring|send)|were (?:writing|sharing|reaching out) with|was writing with) (?:\w+ )?(?:better|good|happier|different|more positive) news\b/,
  /\bnot (?:the )?(?:news|answer|outcome|update|result) (?:that )?(?:you|you'd|you were|we)\b.{0,20}\b(?:hoping|hoped|wanted|looking|wished)\b/,
  /\b(?:no|not (?:have|bring(?:ing)?|share|sharing|give|giving)(?: you)?) (?:good|better|positive|happier) news\b/,
  /\bkeine (?:positiven?|guten?|erfreulichen?|besseren?) (?:nachrichten?|ruckmeldung|neuigkeiten|mitteilung|antwort)\b|\bkeinen positiven bescheid\b|\bkeine (?:\w+ )?zusage (?:geben|erteilen|machen|aussprechen)\b/,
  /\bpas (?:de |d'|une |la )?(?:bonnes?|meilleures?|heureuses?) nouvelles?\b|\bpas (?:\w+ ){0,3}(?:une )?(?:reponse|issue|nouvelle) (?:positive|favorable|heureuse)\b/,
  /\bno (?:\w+ ){0,3}(?:buenas noticias|noticias (?:positivas|favorables)|(?:una )?respuesta (?:positiva|favorable))\b/,
  /\bgeen (?:positief|goed|beter) (?:nieuws|bericht|antwoord)\b|\bgeen positieve (?:reactie|uitslag|terugkoppeling|beslissing)\b/,
];

export function bringsNoGoodNews(sentence: string): boolean {
  return NO_GOOD_NEWS.some((pattern) => pattern.test(sentence));
}

// A choice made, and the one chosen is another person: "the team landed on someone whose background…", "give the
// foreman job to one of our own lads", "confié le poste à une personne déjà présente", "Wahl ist auf einen Bewerber
// gefallen", "we vullen de rol in met iemand die…", "la cubrimos internamente".
const CHOSE = /\b(?:nehmen|nemen|gaan (?:\w+ )?voor|kiezen voor|go(?:ing)? for|gehen (?:\w+ )?mit|vamos con|nos vamos con|beslist|besloten|landed on|settled on|went with|gone with|going with|go with|giving|give|gave|given|offered|chose|chosen|choose|picked|selected|hired|appointed|promot(?:e|ed|ing)|decided|filled|fill|filling|found|bring on|brought on|choix|choisi|retenu|confie|opte|recrute|embauche|pris|engage|aller avec|allons avec|partir avec|wahl|gefallen|entschieden|gefunden|eingestellt|besetzen|besetzt|vergeben|genommen|elegido|elegimos|seleccionado|decidimos|decidido|cubrimos|cubrir|cubierto|cubriendo|cubrirla|cubrirlo|contratado|contratamos|optado|optamos|quedamos con|quedado con|quedaron con|avanzar con|avanzamos con|avanza con|seguir con|seguimos con|continuar con|continuamos con|ausschlag|ended up hiring|ended up taking|took on|taken on|fuimos por|vamos por|decantamos|inclinamos|keuze|gevallen|gekozen|aangenomen|ingevuld|invullen|vullen|gevonden|gegeven)\b/g;
const ANOTHER_PERSON = /\b(?:someone|somebody|one of our own|an? internal (?:candidate|applicant|hire|person|colleague)|internally|in-house|from within|another (?:candidate|applicant|person|finalist)|the other (?:candidate|applicant|finalist)|quelqu'un|une autre personne|un autre candidat|une autre candidate|un candidat (?:qui|dont|avec|ayant)|une candidate (?:qui|dont|avec|ayant)|une personne (?:deja|qui|dont|en interne|de l'interne)|en interne|un collaborateur (?:interne|deja)|jemand\w*|ein(?:e[mnr]?)? (?:anderen? |internen? |externen? )?(?:bewerber|kandidat|person|kolleg)\w*|intern|aus (?:den )?eigenen reihen|aus (?:dem|unserem) eigenen (?:betrieb|team|haus)|den lehrabganger|alguien|otra persona|an? (?:internal|in-house|existing) (?:\w+ ){0,2}(?:nurse|candidate|applicant|hire|person|colleague|staff member|employee|team member|casual|worker)|un chaval|una chavala|un chico|un senor|una senora|un companero|una companera|otro finalista|otra finalista|otro perfil|otra candidatura|otro postulante|otra postulante|an? (?:\w+ )?(?:cook|chef|nurse|driver|mechanic|tech|\w+(?:er|or|ist|ian|ant|ent)) (?:who|that|with|from)|an? (?:\w+ )?(?:guy|girl|lad|fella|bloke|chap|gal|woman|man|lady|gentleman|person|candidate|applicant) (?:who|with|that|from)|mitbewerber(?:in|innen)?|(?:einen|eine) (?:anderen? |jungen |erfahrenen? )?(?:mann|frau|jungen|gesellen|kollegin|kollegen)|(?:een )?andere (?:jongen|meid|man|vrouw|kandidaat|persoon|sollicitant)|un (?:gars|jeune|type|monsieur) (?:qui|avec)|une (?:jeune|dame|fille) (?:qui|avec)|otro candidato|otra candidata|otra chica|otro chico|otro muchacho|otra muchacha|una persona (?:que|con|de|interna)|internamente|de forma interna|un perfil (?:interno|que|con)|iemand|een andere (?:kandidaat|sollicitant)|andere (?:profielen|kandidaten|kandidaturen)|anderen? (?:bewerber\w*|profile[n]?)|other (?:profiles|candidates|applicants|applications)|otras candidaturas|otros perfiles|otros candidatos|autres candidatures|andere kandidaturen|anderen bewerbungen|een interne (?:kandidaat|collega|kandidate)|een collega)\b/g;
const OBJECT_YOU = /\b(?:you|your|vous|votre|ihnen|dich|dir|ihre|je|jou|jouw|uw|te|usted)\b/;
// Still looking, or a question: "we are looking for someone who…", "Have you found someone?".
const STILL_LOOKING = /\b(?:look(?:ing)? for|seek(?:ing)?|search(?:ing)? for|hope|hoping|want to|wants to|would like to|if|when|once|until|unless|suchen|sucht|cherch\w*|busc\w*|zoek\w*|hopen|esper\w*|falls|wenn|sobald|si|cuando|als|zodra|wanneer)\b/;

export function anotherPersonChosen(sentence: string): boolean {
  if (sentence.trim().endsWith('?')) return false;
  for (const choice of sentence.matchAll(CHOSE)) {
    for (const person of sentence.matchAll(ANOTHER_PERSON)) {
      const [from, to] = person.index > choice.index ? [choice.index + choice[0].length, person.index] : [person.index + person[0].length, choice.index];
      // The person named after the choice, or (German and Dutch word order) just before its verb.
      if (person.index > choice.index ? to - from > 60 : to - from > 40) continue;
      const span = sentence.slice(from, to);
      // Between them "als" is German "as" ("für eine andere Person als Junior Manager entschieden"), not Dutch "if".
      if (OBJECT_YOU.test(span) || STILL_LOOKING.test(span.replace(/\bals\b/g, ' ')) || STILL_LOOKING.test(sentence.slice(Math.max(0, Math.min(choice.index, person.index) - 40), Math.min(choice.index, person.index)))) continue;
      return true;
    }
  }
  return false;
}

// The process ends for the candidate: "Je deelname aan deze selectieprocedure stopt hier", "dass wir das Verfahren an
// dieser Stelle beenden", "they're closing out the search", "Das Auswahlverfahren ist damit … abgeschlossen".
const PROCESS = /\b(?:deelname|participation|teilnahme|participacion|(?:selection |recruitment |hiring )?(?:process|search)|procedure|procedure de recrutement|verfahren|auswahlverfahren|bewerbungsverfahren|proceso(?: de seleccion)?|procedimiento|selectieprocedure|procedure)\b/g;
const ENDS = /\b(?:cancelad[oa]|anulad[oa]|annulee?|abgebrochen|eingestellt|geannuleerd|stopgezet|cancell?ed|discontinued|stopt|stops|ends|ended|eindigt|beendet|beenden|endet|abgeschlossen|termina|terminado|finaliza|finalizado|concluye|concluido|se termine|s'arrete|prend fin|(?:is |are |been |now )closed|closing out|close out|afgesloten|gesloten|cerrad[oa]|quedo cerrad[oa]|clausurad[oa]|fermee?|cloturee?|geschlossen)\b(?!\s+(?:on|am|le|el|op|at|by|in|with a|mit|avec|con|met)\b|\s*\d)/;

export function theProcessEnds(sentence: string): boolean {
  if (sentence.trim().endsWith('?')) return false;
  for (const process of sentence.matchAll(PROCESS)) {
    const after = sentence.slice(process.index + process[0].length, process.index + process[0].length + 120);
    const ends = ENDS.exec(after);
    const before = sentence.slice(Math.max(0, process.index - 50), process.index);
    const endsBefore = ENDS.exec(before);
    const span = ends ? after.slice(0, ends.index) : endsBefore ? before.slice(endsBefore.index) : null;
    if (span === null) continue;
    if (NOT_DONE.test(span) || STILL_LOOKING.test(sentence.slice(0, process.index)) || /\b(?:after|nach|apres|despues|na|will|wird|sera|zal)\b/.test(sentence.slice(Math.max(0, process.index - 40), process.index))) continue;
    return true;
  }
  return false;
}

// A "not" before going on, outside English: "no seguirás avanzando en el proceso", "niet verder in deze procedure
// meenemen", "nicht weiter berücksichtigen", "ne pas poursuivre avec votre profil".
const NOT_GOING_ON = /\b(?:no|nicht|niet|ne|n'|pas)\b[^.;!?]{0,25}\b(?:seguir\w* (?:avanzando|adelante)|sigue|sigues|seguira|avanz\w*|continu\w*|weiter(?:gehen|fuhren|verfolgen|berucksichtigen|machen)?|weiterzu\w+|(?:aller|irons|ira|iront|allons|irai) (?:pas )?plus loin|verder(?:gaan)?|poursui\w*|avancer)\b/;
const ABOUT_THEM = /\b(?:te|tu|tus|su|sus|usted|sie|ihre[nmr]?|dich|dein\w*|je|u|uw|jouw|vous|votre|ta|ton|candidatura|postulacion|bewerbung|sollicitatie|candidature|kandidatuur|profil|perfil|profiel|proceso|procedure|verfahren|procedimiento)\b/;

export function notGoingOn(sentence: string): boolean {
  const match = NOT_GOING_ON.exec(sentence);
  return !!match && !/\bhesit|\bno dud|\bzogern|\baarzel|\bno deje|\bne manquez/.test(match[0]) && ABOUT_THEM.test(sentence) && !STILL_LOOKING.test(sentence.slice(0, match.index)) && !sentence.trim().endsWith('?');
}

// A result line or a plain "you are not among them": "Resultado: NO ADMITIDO", "Jij zit daar niet bij", "nous ne
// pouvons pas vous proposer ce poste", "können wir Ihnen die Stelle derzeit nicht anbieten".
const NOT_AMONG_OR_NOT_OFFERED = [
  // A jury or a score: "le jury n'a pas pu vous déclarer admise", "NO han superado la puntuación mínima".
  /\bn'a pas (?:pu )?(?:vous|te) declarer (?:admise?|retenue?|laureate?)\b|\b(?:no (?:ha|han|has|hemos) superado|no supera|no (?:ha|han) alcanzado|n'(?:a|avez|as) pas (?:atteint|obtenu)|(?:did|have) not (?:reach|achieve|meet|pass)|(?:nicht|niet) (?:erreicht|gehaald|behaald)) (?:\w+ ){0,3}(?:puntuacion minima|nota minima|minimo exigido|note minimale|moyenne|mindestpunktzahl|mindestpunkte|minimumscore|minimaal vereiste|pass mark|minimum score|cut-?off|qualifying score)\b/,
  // Decided not to invite: "hebben we besloten je niet uit te nodigen voor de volgende stap", "decided not to invite you".
  /\b(?:besloten|besluiten|decided|entschieden|decidido|decide|decidimos) (?:\w+ ){0,3}(?:niet|not|nicht|no|de ne pas) (?:\w+ ){0,3}(?:uit te nodigen|to invite|einzuladen|invitar(?:te|le)?|(?:vous |te )?inviter|(?:vous |te )?convoquer)\b/,
  /\b(?:no admitid[oa]|inadmitid[oa]|no apt[oa]|no seleccionad[oa]|non retenue?|non admise?|nicht zugelassen|niet toegelaten|niet geselecteerd)\b(?! (?:kandidaten|candidats|bewerber|aspirantes|candidatos))/,
  /\byou(?:'re| are| were) not (?:among|one of|part of|in) (?:them|those|this group|the group|that group)\b|\b(?:jij|je|u) (?:zit|bent|zat|was|zit er) (?:daar |er )?niet (?:bij|tussen)\b|\b(?:vous|tu) n'(?:en )?(?:faites|fais|etes|es) pas partie\b|\b(?:sie|du) (?:sind|bist|waren|warst) (?:leider )?nicht (?:dabei|darunter)\b|\bno (?:estas|esta usted|te encuentras|se encuentra) entre\b/,
  /\b(?:ihnen|dir)\b.{0,60}\b(?:stelle|position|platz|ausbildungsplatz|vertrag)\b.{0,40}\b(?:nicht|keine?n?) (?:\w+ )?anbieten\b|\bkeine?n? (?:stelle|position|ausbildungsplatz|platz|vertrag)\b.{0,60}\banzubieten\b/,
  /\b(?:can't|cannot|can not|not able to|unable to|won't be able to) offer you (?:the|a|this) (?:position|role|job|post|place)\b|\bne (?:pouvons|pourrons|pouvions) pas (?:vous|te) (?:proposer|offrir) (?:le|ce|un) (?:poste|contrat|emploi)\b|\bno (?:podemos|podremos) ofrecer(?:te|le)\b|\b(?:je|u) (?:de|deze) (?:functie|baan|positie|plek) niet (?:kunnen |te )?(?:aanbieden|bieden)\b/,
  /\b(?:besloten|beslist|entschieden|decided|decidido|decide) (?:om )?(?:deze|die|de|diese|die|this|the|esta|la|ce|le) (?:positie|functie|vacature|stelle|position|role|vacante|plaza|poste) (?:\w+ ){0,4}(?:niet (?:in te vullen|te vervullen|open te stellen)|nicht (?:zu )?(?:besetzen|nachzubesetzen)|not (?:to )?fill|no cubrir|de ne pas pourvoir)\b/,
];

export function notAmongOrNotOffered(sentence: string): boolean {
  return NOT_AMONG_OR_NOT_OFFERED.some((pattern) => pattern.test(sentence));
}

// Nobody will be hired after all: "al final no vamos a contratar a nadie para el puesto", "we've decided not to fill
// the role", "wir werden niemanden einstellen", "nous ne recruterons personne".
const NOBODY_HIRED = [
  /\b(?:dejar|deja|dejamos|ha dejado|queda|quedar|se deja) sin efecto (?:la|el) (?:\w+ )?(?:convocatoria|proceso|concurso|vacante|oferta|plaza|seleccion)\b/,
  /\b(?:not|n't|no|ne|nicht|niet) (?:\w+ ){0,3}(?:hire|hiring|recruit\w*|contratar|contratara\w*|incorporar|recrut\w*|engager|embaucher|einstellen|aannemen|aan te nemen)\b(?: \w+){0,3} (?:anyone|anybody|a nadie|personne|niemand\w*)\b/,
  /\b(?:niemand(?:en)?|personne|nadie) (?:\w+ ){0,4}(?:einstellen|eingestellt|aannemen|aangenomen|aan te nemen|recrute\w*|embauche\w*|contratar\w*|contratado)\b/,
  /\b(?:decided|decidido|decidimos|besloten|entschieden|decide) (?:\w+ ){0,2}(?:not to|no|niet|nicht|de ne pas) (?:\w+ ){0,2}(?:fill|hire|recruit|contratar|cubrir|recruter|pourvoir|besetzen|invullen|in te vullen|aan te nemen)\b/,
];

export function nobodyWillBeHired(sentence: string): boolean {
  // "Es wurde noch niemand eingestellt": not yet is no decision.
  if (sentence.trim().endsWith('?') || /\b(?:yet|noch|nog|encore|aun|todavia|still)\b/.test(sentence)) return false;
  return NOBODY_HIRED.some((pattern) => pattern.test(sentence));
}

// A "no" in words no list foresaw: a negation and a step of the process in one sentence about the candidate
// ("we will not be inviting you to the next round", "your profile does not match our current requirements").
const NEGATION = /\b(?:not|unable|no longer|unfortunately|regret(?:fully|tably)?|sadly|declined?|afraid)\b|n't\b/;
const PROCESS_STEP = /\b(?:(?:take|taking|put|putting) you (?:through|forward)|(?:take|taking) (?:things|this|it|matters|your application|your candidacy) (?:any )?further|(?:the )?(?:right|good|strong|best) (?:fit|match)|mov(?:e|ing) (?:you |your \w+ )?(?:forward|ahead|on)|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing) (?:you|your)|next (?:round|stage|step|phase)|invit(?:e|ing) you|selected|shortlist(?:ed)?|consider(?:ed|ing)? (?:you|your)|offer(?:ing)? you|continu(?:e|ing) (?:with|your)|pursu(?:e|ing) (?:you|your)|hir(?:e|ing) you|(?:match|matches|meet|meets|fit|fits|align|aligns) (?:with )?(?:our|the|what)|a (?:fit|match) for)\b/;
const ABOUT_THE_CANDIDATE = /\b(?:you|your|application|candidacy|profile|background|experience|resume|cv|(?:on|at) this (?:occasion|time|stage|point)|this time)\b/;
// "We hired another candidate", "we went with someone whose experience…".
const SOMEONE_ELSE = /\b(?:offer|offering|decided|deciding|decide|chosen|chose|selected|hired|hire|offered|extended|going|go|went|gone|move|moving|proceed|proceeding|pursue|pursuing|fill|filled|filling)\b.{0,40}\b(?:another|other|different|internal|more (?:experienced|qualified|suitable)|stronger|better[- ](?:suited|matched|qualified)) (?:candidates?|applicants?|profiles?|person|people|individuals?)\b|\b(?:another|other|different) (?:candidate|applicant|person)(?:s|'s|s')? (?:\w+ ){0,6}(?:was|were|is|are|had|has|have|seemed?)? ?(?:a )?(?:closer|better|stronger|more closely|more suitable|best) (?:fit|match|aligned|suited)|\bsomeone else\b|\b(?:in|a) different direction\b|\b(?:offered|given|gave|went|go|going|gone|hired|chose|chosen|picked|selected|appointed) (?:(?:the|this|that) (?:position|role|job|post|spot|place) )?(?:to |with )?(?:someone|somebody)\b|\b(?:went|go|going|gone) (?:another|a different) (?:way|route)\b/;
// The same choice abroad: a verb of choosing and another candidate ("se decidió continuar con otro candidato",
// "decidimos avanzar con otro perfil", "wir haben uns für eine andere Bewerberin entschieden", "gekozen voor een andere kandidaat").
const SOMEONE_ELSE_ABROAD = /\b(?:poursuivre|continuer|avancer|continuar|seguir|avanzar|fortfahren|fortzufahren|weiterzugehen|verder(?:gaan)?)\b.{0,40}\b(?:avec|con|mit|met) (?:des |d'autres |otros |otras |anderen |andere )?(?:candidat(?:e|s|es|os|as)?|profils?|perfiles|bewerber(?:n|innen)?|kandidat(?:en|innen)?|kandidaten)\b|\b(?:decid|opt|eleg|elig|seleccion|avanz|continu|segu|retenu|reten|choisi|privilegi|poursuiv|entschieden|entscheiden|gewahlt|ausgewahlt|gekozen|besloten|verder)\w*\b.{0,50}\b(?:otr[oa]s? (?:candidat[oa]s?|perfil(?:es)?|persona|postulantes?)|(?:un |une |d')autres? (?:candidat(?:e|s|es)?|profils?|personne)|quelqu'un d'autre|alguien mas|(?:einen |eine |einer )?anderen? (?:bewerber(?:in|innen)?|kandidat(?:in|en|innen)?|person)|jemand(?:en)? anderen?|(?:een )?andere (?:kandida(?:at|ten)|sollicitant(?:en)?)|iemand anders)\b/;
// A receipt's hedge ("unfortunately we cannot respond to every applicant") and plans being moved are no decision.
const NOT_A_DECISION = /\b(?:does|do|did)(?: not|n't) (?:necessarily )?mean\b|\bne (?:signifie|veut) pas (?:dire|forcement)\b|\bbedeutet (?:nicht|noch nicht|keine)\b|\bno significa\b|\bbetekent (?:niet|nog niet)\b|\b(?:respond|reply|answer|contact|get back|notify|reach out)\b.{0,30}\b(?:every|each|all|individual(?:ly)?|personally|only)\b|\bonly\b.{0,40}\b(?:contact|notify|respond|reach out)|\breschedul|\bavailab|\bmoved? (?:it|your|the|our) (?:interview|call|meeting)|\bdo not (?:hear|receive)|\bhaven't heard\b/;

/** Where the "no" starts in a sentence, so an "if" before it makes it a condition. */
export function cueIndex(sentence: string): number {
  const someoneElse = SOMEONE_ELSE.exec(sentence) ?? SOMEONE_ELSE_ABROAD.exec(sentence) ?? REGRET_ABROAD.exec(sentence);
  if (someoneElse) return someoneElse.index;
  return NEGATION.exec(sentence)?.index ?? 0;
}

// The same "no" in French, German, Spanish and Dutch: a word of regret and a step of the process.
const REGRET_ABROAD = /\b(?:malheureusement|regrettons|au regret|leider|bedauerlicherweise|lamentablemente|desafortunadamente|lamentamos|sentimos|por desgracia|helaas|jammer genoeg|spijtig genoeg)\b/;
const STEP_ABROAD = /\b(?:donner suite|suite favorable|pas (?:ete )?retenue?s?|retenir (?:votre|ta)|poursuivre (?:avec|le processus)|pas (?:ete )?selectionnee?s?|aller plus loin|privilegie|berucksichtig\w*|fortsetzen|fortzusetzen|entschieden|weiterverfolg\w*|weiter zu verfolgen|nicht (?:weiter|in (?:die|der) engere)|in betracht|continuar|seguir adelante|avanzar|seleccionad[oa]s?|otros? candidat|descartad|no podemos ofrecer|verder (?:gaan|te gaan|kunnen)|door (?:te )?gaan|andere kandida|afgewezen|niet (?:uitnodigen|geselecteerd|verder)|geen (?:vervolg|uitnodiging))/;

export function declinesTheCandidate(sentence: string): boolean {
  if (NOT_A_DECISION.test(sentence)) return false;
  if (SOMEONE_ELSE.test(sentence) || SOMEONE_ELSE_ABROAD.test(sentence)) return true;
  if (REGRET_ABROAD.test(sentence) && STEP_ABROAD.test(sentence)) return true;
  return NEGATION.test(sentence) && PROCESS_STEP.test(sentence) && ABOUT_THE_CANDIDATE.test(sentence);
}

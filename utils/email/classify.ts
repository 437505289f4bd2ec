import type { ParsedMessage } from './message';
import type { Sender } from './senders';
import { plain } from './text-patterns';
import { APPOINTMENT_HINT, CONDITIONAL, FOOTER_WORDS, INTERVIEW, NOT_ABOUT_AN_APPLICATION, OFFER, RECEIVED, RECEIVED_FOR_SURE, REJECTION, RESPONSE } from './kind-phrases';
import { cueIndex, declinesTheCandidate } from './declining';
import { offersTerms } from './offer-terms';
import { saysTheApplicationArrived } from './receipt-shape';
import { anotherPersonChosen, bringsNoGoodNews, nobodyWillBeHired, notAmongOrNotOffered, notGoingOn, theJobIsFilled, theProcessEnds } from './no-by-shape';
import { kindFeatures } from './kind-features';
import { writtenByTheCandidate } from './own-message';
import { KINDS, kindOdds } from './kind-model';
import { CALLED_OFF, MOVED, MEETING_NOUN, HELD_UNLESS_OBJECTED, OPEN_TO_OTHERS, calledOff, oneTimeInAShortNote, proposesOneTime, statesAnAppointment } from './appointment-cues';

export type MessageKind = 'rejection' | 'interview' | 'received' | 'offer' | 'response' | 'none';

// Weighs what a message says for each kind of news and decides which it is.
const YOU = /\b(?:you|your|yours|vous|votre|vos|toi|ton|ta|tes|ihre?n?|ihnen|sie|dich|dir|dein\w*|euch|euer|tu|te|ti|su|sus|suyo|suya|usted|ustedes|contigo|je|jij|jou|jouw|u|uw)\b/;
// A recruiter's first approach: never about an application the candidate made.
const COLD_OUTREACH = /\b(?:your|votre|ton|ihr|ihren|dein|deinen|tu|su|je|jouw|uw) (?:cv|resume|profile|profil|lebenslauf|curriculum|perfil|profiel) (?:in|dans|en) (?:our|notre|nos|unserer|unserem|nuestra|nuestras|onze|ons) (?:candidate )?(?:database|base|cv-?thek|datenbank|bewerberpool|kandidatenpool|bases? de (?:donnees|datos|cv)|bestand)\b|\b(?:busqueda|posicion) confidencial\b|\bde manera confidencial\b|\b(?:vi|revisando|revise) (?:tu|su) (?:trayectoria|perfil)\b|\b(?:tu|su) perfil podria (?:calzar|encajar)\b|\bauf (?:ihr|dein) profil aufmerksam\b|\b(?:ihr|dein) profil ist mir\b|\bbegleiten (?:derzeit |aktuell )?(?:exklusiv )?(?:die|eine[nm]?) (?:nachfolge|suche|besetzung)\b|\burgent (?:requirement|opening|hiring)\b|\bthe direct approach\b|\byour (?:profile|name|background) came up\b|\bconfidential (?:\w+ ){0,3}(?:mandate|search|brief)\b|\bimmediate joiners?\b|\binterested candidates (?:can|may|kindly|please)\b|\bkindly share your (?:updated )?(?:cv|resume|profile)\b|\bmandate par\b|\bseriez-vous ouvert|\bje me permets de vous contacter\b|\bopportunite confidentielle\b|\bwaren sie offen\b|\bestarias abiert[oa]\b|\bsta je open voor\b|\bi came across your (?:profile|resume|cv|background)|\b(?:are you|would you be) open to (?:new |a )?(?:opportunities|a (?:new )?role|exploring|a (?:quick |brief |short )?(?:\d+[- ]?min(?:ute)?s? )?(?:chat|call|conversation))|\byour (?:background|profile|experience) (?:\w+ ){0,6}(?:really )?(?:stood out|caught my eye)\b|\bkwam (?:je|uw|jouw) profiel tegen\b|\b(?:je suis tombee?|suis tombee?) sur (?:votre|ton) profil\b|\b(?:auf|uber) (?:ihr|dein) profil gestossen\b|\b(?:uber|auf) (?:ihr|dein|ihrem|deinem) (?:xing|linkedin)[- ]?profil\b|\bauf (?:sie|dich) aufmerksam geworden\b|\bvotre profil (?:linkedin )?a (?:retenu|attire) (?:mon|notre) attention\b|\b(?:encontre|vi) (?:tu|su) perfil\b|\b(?:een van )?onze (?:vaste )?opdrachtgevers\b|\bpour (?:l'un de )?nos clients\b|\bfur (?:einen|unseren) (?:kunden|mandanten)\b|\bpara (?:uno de )?nuestros clientes\b|\bi(?:'m| am) (?:partnering|working) (?:exclusively )?with (?:a|an|my|our)\b|\b(?:my|our) client\b|\bon behalf of (?:a|my|our) client\b|\bcame across your\b/;
const OWN_APPLICATION = /\b(?:(?:sent|submitted|forwarded|put forward|passed) your (?:cv|resume|profile|details|application)|wants? to (?:interview|meet|speak (?:to|with)) you|(?:thanks?|thank you) (?:\w+ )?for applying|merci d'avoir postule|gracias por postular(?:te)?|dank fur (?:ihre|deine) bewerbung|bedankt voor (?:je|uw) sollicitatie|you applied|your (?:recent )?application|you(?:'ve| have) applied|applied (?:for|to|through|via|on)|votre candidature|ihre bewerbung|tu (?:candidatura|solicitud)|su (?:candidatura|solicitud)|je sollicitatie|uw sollicitatie)\b/;

// A board telling the candidate someone looked at their profile: "un recruteur a consulté votre profil".
const PROFILE_VIEWED = /\b(?:(?:viewed|looked at|visited) your (?:\w+ )?profile|your profile (?:was|has been) (?:viewed|seen|visited)|(?:a|ont) (?:consulte|visite) (?:votre|ton) profil|(?:votre|ton) profil a ete (?:consulte|vu|visite)|(?:hat|haben) (?:ihr|dein) profil (?:angesehen|besucht|aufgerufen)|(?:ihr|dein) profil wurde (?:\w+ )?(?:angesehen|besucht|aufgerufen)|(?:vio|vieron|ha visto|han visto|consulto|consultaron|visito|visitaron) tu perfil|tu perfil (?:fue|ha sido) (?:visto|consultado|visitado)|(?:heeft|hebben) (?:je|jouw|uw) profiel bekeken|(?:je|jouw|uw) profiel is (?:\w+ )?bekeken)\b/;

const KEPT_OPEN = /\b(?:(?:votre|ta) candidature (?:reste|demeure) (?:valable|active|en lice|a l'etude)|your (?:application|candidacy) (?:remains|is still|will remain) (?:active|valid|open|in the process)|(?:ihre|deine) bewerbung bleibt (?:bestehen|aktiv|gultig|im verfahren)|(?:tu|su) (?:candidatura|postulacion) (?:sigue|seguira) (?:vigente|activa|en el proceso)|(?:je|uw) sollicitatie blijft (?:geldig|staan|actief|lopen))\b/;
const NOT_A_VERDICT = /\b(?:is ?n[o']t|not) a reflection on\b|\bnothing to do with (?:you|your)\b|\bnichts mit (?:dir|ihnen) zu tun\b|\b(?:does not|doesn't|do not|don't|will not|won't) guarantee\b|\b(?:no|not a) guarantee\b|\bne garantit pas\b|\bgarantiert nicht\b|\bno garantiza\b|\bgeen garantie\b/;
const NEGATED = /\b(?:not|unable|no longer|ne|n'|pas|nicht|kein\w*|no|niet|geen)\b|n't\b/;
const ALERT_SENDER = /^(?:jobalerts?|jobs?-?(?:listings|alerts?|recommendations)|alerts?|alert-noreply|newsletters?|news|digest|marketing|messages-noreply|invitations|notifications?-noreply|hit-reply|inmail-hit-reply|emploi|offres)\b/i;

function looksLikeAPersonVia(displayName: string): boolean {
  return /^\p{Lu}[\p{L}'-]+(?: (?:(?:de|van|von|der|den|da|di|le|la|ter|ten|del)(?: (?:der|den|la))? )?\p{Lu}[\p{L}'.-]*){1,3} via\b/u.test(displayName.trim());
}

// "Shortlisted applicants will be contacted to arrange an interview": a rule for others, not news for this one.
const ABOUT_OTHERS = /\b(?:shortlisted|successful|selected|suitable|all|other) (?:applicants|candidates)\b|\b(?:applicants|candidates) (?:who|that|whose|with)\b/;

export interface KindSignals {
  /** A fixed appointment time was found (one time, not a list of options). */
  fixedTime: boolean;
  /** Several times were offered: a choice for the candidate. */
  timeOptions: boolean;
  /** The message carries a calendar invite. */
  hasInvite: boolean;
  /** The sentence that gives the fixed time (and the one before it). */
  timeSentence: string | null;
  inviteCancelled: boolean;
  /** The message agrees to a time the thread under it was arranging for a meeting ("Thursday at 2 works"). */
  agreedInThread?: boolean;
}

function sentences(text: string): string[] {
  return plain(text)
    // "am Donnerstag, 29.10. um 10:00 Uhr", "am 1. Juni": a date's dot ends no sentence.
    .split(/(?<=[.!?])(?<!\b\d{1,2}\.)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function matching(patterns: RegExp[], items: string[], skip?: (sentence: string, match: RegExpExecArray) => boolean): string[] {
  return items.filter((sentence) =>
    patterns.some((pattern) => {
      const match = pattern.exec(sentence);
      return !!match && !(skip && skip(sentence, match));
    }),
  );
}

/** "Your application has not yet been sent", "aún no ha sido enviada": a receipt it is not. */
// Not yet, in the languages read: "not yet been sent", "noch keine abschließende Nachricht", "aún no".
const NOT_YET = /\b(?:not yet|no decision yet|aun no|todavia no|pas encore|noch nicht|noch keine|nog niet|nog geen)\b/;

function notYet(sentence: string, match: RegExpExecArray): boolean {
  const around = sentence.slice(Math.max(0, match.index - 20), match.index + match[0].length);
  return conditional(sentence, match) || /\bnot been\b/.test(around) || NOT_YET.test(around);
}

/** A conditional sentence ("if you are not selected…") states no decision. */
function conditional(sentence: string, match: RegExpExecArray): boolean {
  return CONDITIONAL.test(sentence.slice(0, match.index));
}

function negatedOffer(sentence: string, match: RegExpExecArray): boolean {
  // "decided to extend an offer to another candidate" is a rejection.
  if (/\bto (?:another|a different|an other|the other|an internal) (?:candidate|applicant|person)\b/.test(sentence.slice(match.index))) return true;
  // "dass wir Ihnen derzeit keine Stelle anbieten können": the no is inside the phrase.
  return NEGATED.test(sentence.slice(Math.max(0, match.index - 30), match.index)) || /\b(?:keine?n?|nicht)\b/.test(match[0]) || conditional(sentence, match);
}

/** What the message says, sentence by sentence, for each kind: the evidence `classify` weighs. */
export interface KindEvidence {
  offer: string[];
  rejection: string[];
  declined: string[];
  interview: string[];
  hinted: string[];
  response: string[];
  received: string[];
  receivedForSure: string[];
  notAbout: string[];
  /** Not-about sentences other than robots' footers (a webinar, a job alert). */
  strongNotAbout: string[];
  /** Footer words (sign in, unsubscribe), counted only when nothing is about an application. */
  footers: string[];
}

// "aunque valoramos tu experiencia,", "si bien tenés…,", "although we were impressed,": a concession, not a condition.
const CONCESSION = /\b(?:aunque|si bien|bien que|obwohl|hoewel|although|even though|though)\b[^,.;]*,/g;

export function kindEvidence(message: ParsedMessage, ownBody: string): KindEvidence {
  const all = [...sentences(message.subject ?? ''), ...sentences(ownBody)];
  const offer = matching(OFFER, all, negatedOffer);
  // "Applications with incomplete assessments will not be progressed", "Unvollständige Bewerbungen können wir leider nicht
  // berücksichtigen": a rule for everyone, not a decision on this one.
  // "Only selected candidates will be contacted": a receipt's hedge.
  // "Leider müssen wir den geplanten Termin verschieben": a meeting moved or called off, not the application.
  // "Leider können wir Ihnen noch keine abschließende Nachricht geben": no decision yet.
  const stockNo = matching(REJECTION, all, (sentence, match) => conditional(sentence, match) || ((MOVED.test(sentence) || CALLED_OFF.test(sentence)) && MEETING_NOUN.test(sentence)) || NOT_YET.test(sentence) || /\b(?:applications|candidates|applicants) (?:with|who|that|which|whose|not|received|submitted)\b|\bonly\s*$|\b(?:incomplete|unvollstandige|onvolledige) (?:applications|bewerbungen|sollicitaties)\b|\b(?:candidatures|postulaciones|solicitudes) (?:incompletes|incompletas)\b/.test(sentence.slice(0, match.index)));
  // The job gone to someone, or news announced as not good, in whatever words and order.
  const rejection = [...new Set([...stockNo, ...all.filter((sentence) => (theJobIsFilled(sentence) || bringsNoGoodNews(sentence) || anotherPersonChosen(sentence) || theProcessEnds(sentence) || notGoingOn(sentence) || notAmongOrNotOffered(sentence) || nobodyWillBeHired(sentence)) && !CONDITIONAL.test(sentence.replace(CONCESSION, ' ')))])];
  // "Voordat we je uitnodigen voor een gesprek…", "… als het goed gaat, een uitnodiging": an invitation still to come.
  const interview = matching(INTERVIEW, all, (sentence, match) => conditional(sentence, match) || ABOUT_OTHERS.test(sentence) || /\b(?:voordat|als het goed gaat|bevor|avant de|antes de|before (?:we|i) (?:invite|schedule))\b/.test(sentence));
  const hinted = matching(APPOINTMENT_HINT, all, conditional);
  // "Thanks for confirming your availability", a form's copy ("What is your notice period?" under "a copy of your application").
  const formCopy = /\bcopy of your application\b|\bapplication data\b|\b(?:copy|summary|record) of your answers\b|\byour answers(?: below)?\s*:|\bsummary of your application\b|\brecapitulatif de (?:votre|ta) candidature\b|\bzusammenfassung (?:ihrer|deiner) bewerbung\b/.test(plain(ownBody));
  const response = formCopy ? [] : matching(RESPONSE, all, (sentence, match) => conditional(sentence, match) || ABOUT_OTHERS.test(sentence) || /\b(?:thanks?|thank you|merci|danke|gracias|bedankt)\b.{0,20}\b(?:for|pour|de|fur|por|voor) (?:confirming|sharing|sending|providing|letting|confirmer|partager|nous avoir)\b/.test(sentence.slice(0, match.index + 1)));
  // A receipt in its own word order ("Ihre Bewerbung liegt uns vollständig vor") counts as one said in stock words.
  const arrived = all.filter((sentence) => saysTheApplicationArrived(sentence) && !CONDITIONAL.test(sentence));
  const received = [...new Set([...matching(RECEIVED, all, notYet), ...arrived])];
  // "Being referred does not guarantee … selected", "This isn't a reflection on your candidacy": a caution, not a no.
  const declined = all.filter((sentence) => declinesTheCandidate(sentence) && !CONDITIONAL.test(sentence.slice(0, cueIndex(sentence))) && !NOT_A_VERDICT.test(sentence));
  const receivedForSure = [...new Set([...matching(RECEIVED_FOR_SURE, all, notYet), ...arrived])];
  const aboutAnApplication = offer.length + rejection.length + declined.length + interview.length + response.length + received.length > 0;
  const strongNotAbout = matching(NOT_ABOUT_AN_APPLICATION, all);
  const footers = aboutAnApplication ? [] : matching(FOOTER_WORDS, all);
  return { offer, rejection, declined, interview, hinted, response, received, receivedForSure, notAbout: [...strongNotAbout, ...footers], strongNotAbout, footers };
}

function firstOf(said: string[], found: string[]): number {
  return Math.min(Infinity, ...found.map((sentence) => said.indexOf(sentence)).filter((at) => at >= 0));
}

/**
 * A receipt or a decision first, then the platform's extras ("Here are some tips to help you prepare", "Jobs you may
 * also be interested in"): the extras are no digest, and what they say ("be ready to talk about your availability")
 * is no news.
 */
function withoutThePlatformTail(evidence: KindEvidence, said: string[]): KindEvidence & { newsFirst: boolean } {
  const tail = firstOf(said, evidence.strongNotAbout);
  const newsFirst = firstOf(said, [...evidence.receivedForSure, ...evidence.offer, ...evidence.rejection, ...evidence.declined]) < tail;
  if (!newsFirst) return { ...evidence, newsFirst };
  const beforeTail = (found: string[]) => found.filter((sentence) => said.indexOf(sentence) < tail);
  return { ...evidence, response: beforeTail(evidence.response), interview: beforeTail(evidence.interview), hinted: beforeTail(evidence.hinted), newsFirst };
}

// "Does Friday at 2pm work? If so I'll lock it in": the time is put forward, booked only once the candidate says yes.
const BOOKED_ONCE_CONFIRMED = /\bif so,? (?:i'll|i will|we'll|we will|i can|we can) (?:\w+ )?(?:lock|book|send|confirm|schedule|set|put)\b|\bonce (?:you(?:'ve)? confirm|i hear back)|\b(?:i'll|we'll|i will|we will) (?:then )?send (?:you )?(?:an |the |a )?(?:calendar )?invite once\b/;

// What may happen later: "may be invited", "kan onderdeel uitmaken", "pourra vous contacter".
const MAYBE = /\b(?:may|might|could|can|kan|kann|konnen|konnte|peut|peuvent|pourr\w*|puede|pueden|podr\w*|zal|zullen|will|wird|werden|sera|seront|possibly|eventuell|eventueel|eventualmente)\b/;

// Asking the candidate for something is no maybe: "could you let me know", "pourriez-vous", "kun je".
const REQUEST = /\?|\b(?:could|can|would|will) you\b|\bplease\b|\bbitte\b|\bveuillez\b|\bmerci de (?:nous|me)\b|\bpor favor\b|\b(?:le|te|les) (?:rogamos|pedimos)\b|\bgelieve\b|\blet (?:me|us) know\b|\b(?:konnen|konnten|wurden) sie\b|\bkannst du\b|\b(?:pourriez|pouvez|voudriez)-vous\b|\bpeux-tu\b|\b(?:puedes|podrias|podria usted|puede usted)\b|\b(?:kun|kan|zou) (?:je|u)\b|\bkunt u\b/;

// Asked to pick among the times listed.
const CHOOSE_ONE = /\b(?:which (?:one|of these|time|slot|option)|any of (?:these|the following)|one of (?:these|the following)|l'une? des (?:dates|moments|creneaux|propositions|options)|(?:quel|lequel|laquelle) (?:creneau|moment|horaire)|welche[rnm]? (?:termin|der|zeit|tag)|le creneau qui (?:vous|te) convient|einen der (?:folgenden|termine)|(?:cual|cuales) (?:de estos|te viene|le viene|prefieres|horario)|alguno de (?:estos|los siguientes)|welk(?:e)? (?:moment|tijdstip|optie|van deze|van onderstaande|van de onderstaande|van de volgende)|een van (?:deze|de volgende))\b/;

/** What the learned weighing reads of a message: the phrase rules' evidence, its sender and time signals, its words. */
export function featuresOf(message: ParsedMessage, ownBody: string, sender: Sender, signals: KindSignals, evidence: KindEvidence): string[] {
  const counts = Object.fromEntries(Object.entries(evidence).map(([kind, found]) => [kind, (found as string[]).length]));
  return kindFeatures({ subject: message.subject ?? '', ownBody, sender, signals: { ...signals }, evidence: counts });
}

// How far the phrase rules' verdict tips a close call: the learned odds decide, the rules settle near-ties.
const RULES_TIP = Math.exp(0.5);

/**
 * The kind of news: weighed by a model trained on thousands of examples, with the phrase rules' verdict as a tip.
 * An invite is read by its own fields, and an interview needs a time: without one it is the next likeliest kind.
 */
export function classify(message: ParsedMessage, ownBody: string, sender: Sender, signals: KindSignals): MessageKind {
  // Read once: the rules weigh it and the model counts it.
  const evidence = kindEvidence(message, ownBody);
  const byRules = verdictByRules(message, ownBody, sender, signals, evidence);
  if (byRules.settled) return byRules.kind;
  return weighKinds(kindOdds(featuresOf(message, ownBody, sender, signals, evidence)), byRules.kind, signals.fixedTime, addressesTheReader(ownBody));
}

/** The message speaks to its reader: "you", "vous", "Sie", "te", "je". */
export function addressesTheReader(ownBody: string): boolean {
  return YOU.test(plain(ownBody));
}

/**
 * The likeliest kind, the rules' verdict tipping near-ties; an interview only with a time to hold it at, an offer
 * only to someone addressed ("We're hiring … $210k base" is an ad).
 */
export function weighKinds(odds: Record<MessageKind, number>, byRules: MessageKind, fixedTime: boolean, addressed: boolean): MessageKind {
  const weighed = KINDS.filter((kind) => (kind !== 'interview' || fixedTime) && (kind !== 'offer' || addressed || byRules === 'offer')).map((kind) => ({ kind, weight: odds[kind] * (kind === byRules ? RULES_TIP : 1) }));
  return weighed.reduce((best, next) => (next.weight > best.weight ? next : best)).kind;
}

/**
 * The rules' verdict, `settled` where it rests on the message's structure rather than its wording: an invite's own
 * fields, a meeting called off, the candidate's own message. Words can be weighed; those cannot be outweighed.
 */
export function verdictByRules(message: ParsedMessage, ownBody: string, sender: Sender, signals: KindSignals, evidence: KindEvidence): { kind: MessageKind; settled: boolean } {
  if (writtenByTheCandidate(message, sender, ownBody)) return settled('none');
  // An empty paste says nothing: no wording to weigh.
  if (!signals.hasInvite && !/\p{L}/u.test(`${message.subject ?? ''}${ownBody}`)) return settled('none');
  const kind = kindByWording(message, ownBody, sender, signals, evidence);
  return typeof kind === 'string' ? { kind, settled: false } : kind;
}

const settled = (kind: MessageKind) => ({ kind, settled: true as const });

function kindByWording(message: ParsedMessage, ownBody: string, sender: Sender, signals: KindSignals, found: KindEvidence): MessageKind | ReturnType<typeof settled> {
  const evidence = withoutThePlatformTail(found, [...sentences(message.subject ?? ''), ...sentences(ownBody)]);
  const [offer, rejection, declined, interview, hinted, response, received, receivedForSure] = [
    evidence.offer, evidence.rejection, evidence.declined, evidence.interview, evidence.hinted, evidence.response, evidence.received, evidence.receivedForSure,
  ].map((sentencesFound) => sentencesFound.length);
  // The time's own sentence, or the subject ("Convocatoria a entrevista"), says what the time is for.
  const appointmentStated = signals.fixedTime && (!!signals.agreedInThread || statesAnAppointment(signals.timeSentence) || (!signals.timeOptions && !BOOKED_ONCE_CONFIRMED.test(plain(ownBody)) && !OPEN_TO_OTHERS.test(plain(ownBody)) && proposesOneTime(signals.timeSentence, HELD_UNLESS_OBJECTED.test(plain(ownBody)))) || (MEETING_NOUN.test(plain(message.subject ?? '')) && statesAnAppointment(`${message.subject ?? ''} ${signals.timeSentence ?? ''}`)) || (!signals.timeOptions && !!sender.name && !sender.automated && !BOOKED_ONCE_CONFIRMED.test(plain(ownBody)) && oneTimeInAShortNote(signals.timeSentence, ownBody)));
  // "Just sign in at the concierge" under a booked interview is no account mail.
  const notAbout = evidence.strongNotAbout.length + (appointmentStated ? 0 : evidence.footers.length);
  const localPart = sender.email?.split('@')[0] ?? '';
  // A calendar invite is an appointment whatever its meeting footer says ("Meeting password"), unless it is a webinar or a fair.
  if (signals.hasInvite && (evidence.strongNotAbout.length === 0 || interview > 0)) return settled(signals.inviteCancelled ? 'response' : offer > 0 ? 'offer' : 'interview');

  const alertSender = (sender.kind === 'board' || sender.kind === 'unknown' || sender.kind === 'employer') && ALERT_SENDER.test(localPart);
  // A decision addressed to the candidate survives a board's footer; a digest of listings does not.
  const decided = offer + rejection + declined > 0;
  // A recruiter writing through LinkedIn about the candidate's own application is no digest.
  const aboutTheirApplication = (received > 0 || OWN_APPLICATION.test(plain(`${message.subject ?? ''}\n${ownBody}`))) && response + interview > 0;
  // A decision or a receipt addressed to the candidate is the news, whatever listings the platform puts under it.
  const toTheCandidate = [...evidence.offer, ...evidence.rejection, ...evidence.declined, ...evidence.receivedForSure].some((sentence) => YOU.test(sentence));
  // "Garrett Oyelaran via LinkedIn": a person writing through the board, not its alerts robot.
  const personViaBoard = looksLikeAPersonVia(sender.name ?? '');
  if (alertSender && !personViaBoard && !decided && !aboutTheirApplication && !toTheCandidate) return 'none';
  // "We regret to inform you that your interview … has been cancelled": the interview is off, not the application.
  const cancelled = calledOff(message.subject ?? '', [...sentences(message.subject ?? ''), ...sentences(ownBody)]);
  // "…ha decidido cancelar el proceso de selección" calls off the whole search, not a meeting: that is a no.
  const decisionsBeyondTheCancellation = [...evidence.rejection, ...evidence.declined].filter((sentence) => !(CALLED_OFF.test(sentence) && MEETING_NOUN.test(sentence))).length;
  if (cancelled && offer === 0 && decisionsBeyondTheCancellation === 0 && !signals.hasInvite) return settled('response');
  // "La procédure est suspendue … Votre candidature reste valable": the interview is off, the application is not.
  if (cancelled && offer === 0 && KEPT_OPEN.test(plain(ownBody))) return settled('response');
  if (notAbout >= 2 && !toTheCandidate && !evidence.newsFirst && !(decided && notAbout < 4)) return 'none';
  // A "thank you for your interest" alone does not outweigh "finish your application".
  if (notAbout >= 1 && !decided && interview + response + receivedForSure === 0) return 'none';

  const allText = plain(`${message.subject ?? ''}\n${ownBody}`);
  if ((COLD_OUTREACH.test(allText) || PROFILE_VIEWED.test(allText)) && !OWN_APPLICATION.test(allText) && !decided && interview + receivedForSure === 0 && !signals.hasInvite) return 'none';
  if (signals.hasInvite) return settled(signals.inviteCancelled ? 'response' : offer > 0 ? 'offer' : 'interview');
  if (offer > 0 && offer >= rejection + declined) return 'offer';
  // Terms without a stock phrase ("ce qu'on te propose : CHF 132'000.- brut… le contrat part lundi") are an offer too.
  if (rejection + declined === 0 && offersTerms(allText)) return 'offer';
  if (rejection > 0) return 'rejection';
  // A "no" read from its parts gives way to a receipt that says so in as many words.
  if (declined > 0 && receivedForSure === 0) return 'rejection';
  const appointment = interview + (received === 0 ? hinted : 0) + (appointmentStated ? 1 : 0);
  // Several times with nothing but their setting to go on ("Final round scheduling" over four slots) are options.
  // "Seriez-vous disponible à l'un des moments suivants ?" over three slots: the candidate is to choose.
  // "Folgende Termine: Montag, Donnerstag, Dienstag … welcher Tag Ihnen passt": days to choose from, the hours set elsewhere.
  const askedToChoose = CHOOSE_ONE.test(plain(ownBody)) && (signals.timeOptions || evidence.response.some((sentence) => CHOOSE_ONE.test(sentence)));
  if (appointment > 0 && signals.fixedTime && !askedToChoose && !(signals.timeOptions && (response > 0 || interview + hinted === 0))) return 'interview';
  // A receipt whose only other news is what may come ("Een assessment kan onderdeel uitmaken van de procedure") is a receipt.
  const onlyMaybes = receivedForSure > 0 && interview === 0 && !signals.timeOptions && evidence.response.every((sentence) => (MAYBE.test(sentence) && !REQUEST.test(sentence)) || evidence.receivedForSure.includes(sentence));
  if ((response > 0 || interview > 0) && !onlyMaybes) return 'response';
  if (received > 0) return 'received';
  // A person at the employer (or writing through its ATS) answering the candidate: the employer wrote back.
  const human = !!sender.name && !sender.automated && (sender.kind === 'employer' || sender.kind === 'ats');
  const aboutTheJob = /\b(?:application|applying|applied|candidacy|candidates?|resume|cv|role|position|interview|follow(?:ing)?[ -]up|hiring|candidature|poste|entretien|bewerbung|gesprach|solicitud|entrevista|sollicitatie|gesprek)\b/;
  const isReply = /^(?:re|aw|sv|antw|rv)\s*:/i.test(message.subject ?? '');
  // Someone at the employer's own domain writing to the candidate is the employer writing back.
  if (human && notAbout === 0 && (sender.kind === 'employer' || isReply || aboutTheJob.test(plain(`${message.subject ?? ''} ${ownBody}`)))) return 'response';
  // A café owner answering from a personal address ("Re: Barista ad"): the employer wrote back too.
  if (sender.kind === 'personal' && !!sender.name && isReply && notAbout === 0 && aboutTheJob.test(plain(`${message.subject ?? ''} ${ownBody}`))) return 'response';
  return 'none';
}

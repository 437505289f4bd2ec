// The phrases that name an employer next to them, each weighted by how rarely it names anything else, and the
// shapes that say where a name is (a label's whole line, a legal form in a sentence) or that the sender is not it.
import { LEGAL_FORMS, NAME_RUN } from './text-patterns';

// Phrases that put a company name right after them, weighted by how rarely they name anything else.
export const COMPANY_AFTER: Array<[string, number]> = [
  [String.raw`(?:verstuurd|verzonden|gestuurd)\s+naar|(?:erfolgreich|wurde|ist)\s+an|(?:enviada|enviado|envoy[ée]e?s?|sent|submitted)\s+(?:a|à|to)|se\s+enviaron\s+(?:los\s+siguientes\s+elementos\s+)?a`, 5],
  // A label on its own line: "Entreprise : SOFRADIS INGÉNIERIE", "Employer: …", "Hiring agency: …", a school "Board: …".
  [String.raw`(?<=^|\n)[ \t]*(?:company|employer|organi[sz]ation|hiring (?:agency|organi[sz]ation|department|company)|client (?:organi[sz]ation|body|department|company)|employing (?:organi[sz]ation|authority|board|body)|(?:school )?board|school district|(?:stellen)?anbieter|ausschreibende stelle|absender|empleador|(?:entidad|instituci(?:ó|o)n) convocante|agency|department|entreprise|soci[ée]t[ée]|employeur|recruteur|empresa|unternehmen|arbeitgeber|firma|werkgever|bedrijf|organisatie|beh(?:ö|oe)rde|dienststelle|einrichtung|institution|organisme|entidad|organismo|instituci(?:ó|o)n|instelling|instantie)\s*:`, 8],
  // An agency names its client: "Client: Marlowe & Finch", "feedback from Calderbrook Foods", "submitted your profile to Orchard Lane".
  [String.raw`(?:client|cliente|klant|kunde|entreprise cliente|opdrachtgever|auftraggeber|donneur d['’]ordre)\s*(?::|,|\()?`, 6],
  [String.raw`(?:feedback|news|an update|a decision)\s+from|terugkoppeling\s+(?:gekregen\s+|ontvangen\s+)?van|r[üu]ckmeldung\s+(?:erhalten\s+)?von|(?:un\s+)?retour\s+de(?:\s+la\s+part\s+de)?|(?:respuesta|retroalimentaci[óo]n)\s+de`, 4],
  // "the hiring manager at Brackenridge": where the people deciding work.
  [String.raw`the\s+(?:hiring manager|hiring team|interview panel|panel|team|head of [\p{L}]+)\s+(?:at|from)`, 4],
  [String.raw`(?:submitted|sent|forwarded|presented|put)\s+(?:your\s+)?(?:profile|cv|resume|application|details)?\s*(?:forward\s+|over\s+|across\s+)?to`, 4],
  [String.raw`(?:spoke|speaking|spoken|talked|talking|chatted|call|phone)\s+with\s+\p{Lu}\p{Ll}+\s+(?:at|from)`, 3],
  [String.raw`(?:applying|applied|application|apply|candidacy)\s+(?:to|at|with)`, 4],
  [String.raw`(?:interest|interested)\s+in\s+(?:joining\s+|working\s+(?:at|for|with)\s+)?`, 4],
  [String.raw`(?:position|role|opportunity|opening|job|career|careers|opportunities|team|process|here|everyone)\s+(?:at|with)`, 3],
  [String.raw`(?:interview|interviewing|entretien|gespräch|entrevista|gesprek)\s+(?:at|chez|bei|en|bij)`, 3],
  // "Your interview with Summit Parcel": a person just as often, so it counts for less (people are excluded).
  [String.raw`(?:interview|interviewing|entretien|gespräch|entrevista|gesprek)\s+(?:with|avec|mit|con|met)`, 2],
  [String.raw`(?:join|joining)(?:\s+us\s+at)?`, 3],
  [String.raw`se\s+trata\s+de`, 3],
  // German puts the subject after the verb when something else opens the sentence: "Trotzdem hat sich Röthlinger Maschinenbau … entschieden".
  [String.raw`(?:hat|haben)\s+sich`, 3],
  [String.raw`on\s+behalf\s+of|en\s+nombre\s+de|au\s+nom\s+de|im\s+(?:Auftrag|Namen)\s+(?:von|der|des)|namens`, 3],
  [String.raw`(?:envoy[ée]e|transmise?|adress[ée]e)\s+(?:à|a)`, 3],
  [String.raw`(?:la empresa|l['’]entreprise|la soci[ée]t[ée]|das unternehmen|het bedrijf|the company)`, 3],
  // A signature or host line: "Priya Nair, Senior Recruiter at Fernway".
  [String.raw`(?:recruiter|recruiting coordinator|talent partner|talent acquisition partner|sourcer|recruteu(?:r|se)|chargée? de recrutement)\s+(?:at|@|chez|bei|bij)`, 3],
  [String.raw`(?:sent\s+to|viewed\s+by|application\s+from|update\s+from|message\s+from|news\s+from)`, 3],
  [String.raw`(?:consult[ée]e?s?|vue?s?|lue?s?)\s+par|(?:visto|vista|le[ií]do|le[ií]da)\s+por|bekeken\s+door|angesehen\s+von|gelesen\s+von`, 4],
  [String.raw`(?:intérêt|interet)\s+(?:pour|envers|porté à)\s+(?:la société\s+|l['’]entreprise\s+)?`, 4],
  [String.raw`(?:chez|rejoindre|au sein de|au sein d['’]|auprès de|de la part de)`, 3],
  [String.raw`l['’](?:é|e)quipe\s+(?:de\s+)?(?:recrutement\s+|RH\s+|talents?\s+)?(?:de\s+|d['’])?`, 3],
  [String.raw`(?:Interesse\s+an|Bewerbung\s+bei|bei\s+der|bei)`, 3],
  [String.raw`(?:interés\s+en|equipo\s+de|solicitud\s+(?:en|para)|(?:postulaci[óo]n|candidatura|inscripci[óo]n)\s+en(?:\s+la\s+empresa)?)`, 3],
  [String.raw`(?:interesse\s+in|sollicitatie\s+bij|bij)`, 3],
];

// Phrases that put a company name right before them.
export const COMPANY_BEFORE: Array<[string, number]> = [
  [String.raw`[ ]+(?:will|is going to|wird|va|revisar[áa]|zal)[ ]+(?:review|prüfen|pr[üu]fen|étudier|etudier|revisar|bekijken)`, 4],
  [String.raw`[ ]+(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|People|HR|Careers)(?:[ ]+Team)?\b`, 4],
  [String.raw`[ ]+(?:is|are)[ ]+(?:hiring|pleased|delighted|excited|happy|reviewing|unable)`, 2],
  [String.raw`[ ]+(?:has|have)[ ]+(?:reviewed|received|decided|viewed)`, 3],
  // The same abroad: "Telcora Chile SpA revisó tu postulación", "Nordelis a consulté votre candidature".
  [String.raw`[ ]+(?:revis[oó]|ha revisado|recibi[oó]|ha recibido|decidi[oó]|ha decidido|vio|ha visto|ley[oó]|ha le[ií]do|a (?:consult[ée]|examin[ée]|[ée]tudi[ée]|re[çc]u)|hat (?:Ihre|deine|sich)|heeft (?:je|uw|jouw))`, 4],
  // Boards telling whose eyes were on an application: "Ashdown Cold Chain Ltd viewed your application".
  [String.raw`[ ]+(?:viewed your|a consult[ée] votre|hat (?:Ihre|deine) Bewerbung|ha (?:leído|visto) tu|heeft (?:je|uw))`, 4],
  [String.raw`[ ]+(?:has[ ]+|have[ ]+)?invited[ ]+you`, 3],
  [String.raw`[ ]+(?:invites you|lädt (?:Sie|dich)|vous invite|te invita|le invita|te invit[oó]|le invit[oó]|vous a invit[ée]|t'a invit[ée]|hat (?:Sie|dich) (?:\S+ )?eingeladen|heeft (?:je|u) uitgenodigd|nodigt (?:je|u))`, 3],
  [String.raw`[ ]+Team\b`, 2],
  [String.raw`[ ]+(?:talent|recruiting|recruitment|hiring|people|HR)[ ]+team\b`, 4],
  // An agency passing on its client's news: "Thornbury Group would like to meet you", "Cordial Équipements a décidé",
  // "Bouwonderneming Van Roosbroeck & Zonen wil je graag leren kennen".
  [String.raw`[ ]+(?:would (?:like|love)|(?:wants?|'d like|are keen|is keen) to|(?:were|was) (?:really |very )?(?:impressed|keen)|(?:have|has) (?:come back|decided|chosen|asked|confirmed)|came back|a (?:décidé|choisi|confirmé)|ont (?:décidé|choisi)|souhaite|hat sich|haben sich|ha decidido|han decidido|heeft (?:besloten|gekozen)|wil(?:len)? (?:je|u) graag|möchte(?:n)? (?:Sie|dich) gerne?|quiere conocerte|quieren conocerte|aimerait vous rencontrer|aimerait te rencontrer)`, 3],
];

// A robot that speaks of "the employer", "la empresa", "das Unternehmen" relays for someone else.
export const RELAY_TALK = /\b(?:the employer|this employer|the hiring company|the recruiter|la empresa|el reclutador|el empleador|l['’]entreprise|le recruteur|l['’]employeur|das unternehmen|der arbeitgeber|de werkgever|het bedrijf)\b/i;

// "Powered by Darwinbox", "Este correo fue enviado a través de Buk", "Propulsé par Teamtailor": the tool, named in the footer.
export const POWERED_BY = /\b(?:[Pp]owered by|(?:[Ss]e ha )?[Ee]nviad[oa] (?:autom[áa]ticamente )?desde|[Ee]nvoy[ée] depuis|[Vv]erzonden via|[Vv]erstuurd via|[Vv]ersendet (?:über|mit)|[Ss]ent (?:via|through|using)|[Ee]nviado a trav[ée]s de|[Pp]ropuls[ée] par|[Ff]ourni par|[Bb]ereitgestellt (?:von|durch)|[Mm]ogelijk gemaakt door|[Gg]esendet (?:über|mit)|[Ee]nvoy[ée] (?:via|par l'interm[ée]diaire de))\s+(\p{Lu}[\p{L}\p{N}]+)/gu;

// A name with its legal form inside a sentence: "dem Geschäftsführer der Aurelian Medizintechnik AG".
export const IN_TEXT_LEGAL_FORM = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME_RUN}),?\s+${LEGAL_FORMS}(?![\p{L}\p{N}])`, 'gu');

// "Geschäftsführer der Aurelian Medizintechnik AG", "Mitarbeitende der …", "CEO of Halden Mutual Ltd": an office, then the firm.
export const OFFICE_OF = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:der|des|of)\s+(?=\p{Lu})/u;

// A label's value that reads as one name: capitalised words, small joining words between them, no sentence.
export const WHOLE_LINE_NAME = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*|for|of|the|and|de|du|des|del|la|le|für|van|der|den|et|y|en|&|-|–|communes|d['’]agglom[ée]ration|urbaine)){0,8}$/u;

// Text that is one name and nothing more.
export const WHOLE_NAME = new RegExp(String.raw`^(?:${NAME_RUN})$`, 'u');

/** A data-protection footer names who keeps the candidate's data: "Protección de datos: Responsable: CLÍNICA … S.L.",
 * "Responsable du traitement : …", "Verantwortlicher: …". */
export const DATA_CONTROLLER = /(?:protecci[oó]n de datos|RGPD|LOPD(?:GDD)?|donn[ée]es personnelles|datenschutz\p{L}*|DSGVO)\b[^\n]{0,60}?\b(?:responsable(?: del? (?:tratamiento|traitement))?|verantwortliche[rn]?(?: stelle)?)\s*:\s*/giu;

import type { Sender } from './senders';

// What marks a recruitment agency, which writes for its client: the employer is the client, never the agency.

// Words in a name that make it an agency's. Not an employer's portal: "PSSA e-Recrutement", "Acme e-Recruitment".
export const AGENCY = /\b(?<!e-)(?:recruitment|recruiting|staffing|\w+staff|uitzend\w*|search(?! committee)|resourcing|talent partners|personnel|uitzendbureau|interim|intérim|cabinet de recrutement|conseil en recrutement|recrutement|personalberatung|personaldienstleistung\w*|zeitarbeit|selecci[oó]n de personal|headhunters?|hays|adecco|randstad|manpower|robert half|michael page|page personnel|kelly services|tempo-team|synergie|proman|expectra|talentbridge|headhunt\w*|werving (?:&|en) selectie|(?:hr |rrhh )?consultor(?:es|a)(?: de (?:rrhh|recursos humanos|selecci[oó]n))?|executive search|talents|\w+talent|ETT|empresa de trabajo temporal|hunters)\b/i;

// Words only an agency's full name ends with ("Shannon People Recruitment Ltd"); "Acme Recruiting" is an employer's team.
export const AGENCY_BY_FULL_NAME = /\b(?:staffing|personnel|resourcing|executive search|people recruitment|recruitment (?:ltd|limited|agency|group|partners|solutions|consultants)\.?|personal (?:gmbh|ag)|personalberatung|personaldienstleistung\w*|zeitarbeit|uitzend\w*|interim|int[ée]rim)$/i;

// An agency speaks of its client: "notre client", "my client", "unser Mandant", "nuestro cliente", "onze opdrachtgever",
// "I'm partnering exclusively with Cedarfall Games", "J'accompagne actuellement Cofinor Leasing dans le recrutement de …",
// "estoy acompañando a Lácteos Valdeazor, …, en la búsqueda de su próximo Head of Finance", "Je suis mandaté par Occitalis Systèmes".
export const CLIENT_TALK = /\b[Ee]l cliente (?:nos|ha|quiere|busca|pidi[oó]|decidi[oó]|est[aá])\b|\b[Tt]he [Cc]lient(?= \(|, [A-Z])|\b(?:[Nn]otre|[Mm]on|[Oo]ur|[Mm]y|[Uu]nser(?:em|en|es)?|[Nn]uestro|[Oo]nze|[Mm]ijn) (?:[Cc]lient|[Cc]liente|[Mm]andant(?:en)?|[Kk]unde(?:n)?|[Kk]lant|[Oo]pdrachtgever)(?!s\b|\s+(?:[Ss]ervices?|[Bb]ase|[Pp]ortfolio|[Rr]elations\w*|[Ff]acing|[Ss]uccess|[Ee]xperience|[Ss]atisfaction|[Nn]eeds|[Ss]upport|[Aa]ccounts?|[Dd]irector|[Mm]anager|[Pp]artner|[Ll]ead)\b)|\b(?:[Ww]e(?:'ve| have)? been|[Ww]e are|I(?:'ve| have)? been|I am) (?:exclusively )?(?:retained|engaged|mandated|commissioned) by|\b(?:[Jj]e suis|[Nn]ous sommes|[Jj]['’]ai été|[Nn]ous avons été) (?:actuellement |aujourd['’]hui )?(?:mandat[ée]e?s?|missionn[ée]e?s?) par|\b(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are|I['’]ve been|[Ww]e['’]ve been) (?:exclusively )?(?:partnering|partnered|working|recruiting) (?:exclusively )?(?:with|for)|\b(?:[Jj]['’]accompagne|[Nn]ous accompagnons)(?: actuellement| aujourd['’]hui| en exclusivité)?(?=\s+(?:l['’]|la |le |les )?\p{Lu}[^\n.]{2,80}\bdans (?:le|son|sa|leur|ses) (?:recrutement|recherche))|\b[Nn]ous (?:avons été|sommes) (?:mandatés|missionnés) par|\b(?:[Ee]stoy|[Ee]stamos) (?:acompañando|ayudando|asesorando|apoyando) a(?=\s+\p{Lu}[^\n.]{2,120}\ben (?:la|el|su) (?:búsqueda|selección|proceso|incorporación))/u;

// The writer's role says an agency writes: "Recruitment Consultant", "Intercedent", "Personalberaterin".
export const AGENCY_ROLE = /\b(?:recruitment consultant|recruiting consultant|intercedente?|personalberater(?:in)?|personaldisponent(?:in)?|consultante? en recrutement|consultor(?:a)? de selecci[oó]n|t[ée]cnic[oa] de selecci[oó]n)\b/i;

// The footer says so even when the name does not: "We act as an employment agency", "uitzendbureau".
export const AGENCY_FOOTER = /\b(?:acts? as an? employment (?:agency|business)|recruitment (?:agency|consultancy)|cabinet de recrutement|agence (?:de recrutement|d['’]int[ée]rim|d['’]emploi)|personalberatung|personaldienstleister|uitzendbureau|werving(?:-| (?:&|en)) ?selectiebureau|bureau voor werving|agencia de (?:empleo|colocaci[oó]n|selecci[oó]n)|consultora de (?:selecci[oó]n|rrhh|recursos humanos))\b/i;

// A domain that says agency: recruit…, staffing…, or a large agency's own.
export function agencyDomain(sender: Sender): boolean {
  return !!sender.domain && /(?:recruit|staffing|search|resourcing|talent|personnel|uitzend|interim|hays|adecco|randstad|manpower|roberthalf|michaelpage|pagepersonnel|kellyservices)/.test(sender.domain);
}

// Words that make a name an agency's by themselves, so a shorter name it starts with is the same agency
// ("Noordkaap" and "Noordkaap Werving & Selectie"); "Recruiting" alone is as often an employer's own team.
export const NAMED_AS_AN_AGENCY = /\b(?:werving (?:&|en) selectie|uitzend\w*|staffing|personnel|personalberatung|personaldienstleistung\w*|zeitarbeit|int[ée]rim|interim|headhunt\w*|executive search|selecci[oó]n de personal|ETT|empresa de trabajo temporal|cabinet de recrutement)\b/i;

// A temp agency (ETT, uitzendbureau, Zeitarbeit) employs the worker itself: with no client named, it is the employer.
export const TEMP_AGENCY = /\b(?:ETT|trabajo temporal|uitzend\w*|zeitarbeit|int[ée]rim|interim)\b/i;

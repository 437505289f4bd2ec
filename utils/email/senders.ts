import { fold } from './text-patterns';
import { getDomain } from 'tldts';
import type { Address } from './message';

// Who sent a message: an employer writing from its own domain, an applicant-tracking system writing for
// one, a job board (alerts, or a decision relayed for an employer), a scheduling tool, or a private mailbox.

const ATS = new Set([
  'bizneohr.com', 'bizneo.com', 'talana.com', 'sapsf.com', 'sapsf.eu', 'tal.net', 'afasonline.nl', 'otys.nl', 'otys.com', 'carerix.com', 'carerix.net', 'jobpunt.be', 'hr4you.de', 'coveto.de', 'haufe.com', 'persis.de',
  'taleez.com', 'hiringroom.com', 'jobup.ch', 'jobs.ch', 'umantis.com', 'abacus.ch',
  'harri.com', 'applitrack.com', 'frontlineeducation.com', 'interfolio.com', 'sonru.com', 'dayforce.com', 'dayforcehcm.com', 'ceridian.com',
  'peopleadmin.com', 'neogov.com', 'governmentjobs.com', 'fountain.com', 'workstream.us', 'workstream.is', 'paycomonline.net', 'paycom.com',
  'ultipro.ca', 'trac.jobs', 'dvinci.de', 'dvinci-easy.com', 'rexx-systems.com', 'rexx-recruitment.com', 'softgarden.io', 'softgarden.de',
  'join.com', 'homerun.co', 'talentsoft.com', 'invalidemail.com', 'hireology.com', 'hirevue.com', 'modernhire.com', 'oleeo.com', 'tribepad.com',
  'civilservicejobs.service.gov.uk', 'cabinetoffice.gov.uk', 'applicantpro.com', 'clearcompany.com', 'jobdiva.com', 'bullhornstaffing.com',
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'myworkday.com', 'myworkdayjobs.com', 'workday.com', 'ashbyhq.com',
  'icims.com', 'smartrecruiters.com', 'smartrecruiters-mail.com', 'workable.com', 'workablemail.com', 'jobvite.com', 'bamboohr.com',
  'recruitee.com', 'teamtailor.com', 'teamtailor-mail.com', 'jazzhr.com', 'applytojob.com', 'breezy.hr', 'breezyhr.com', 'breezy-mail.com',
  'successfactors.com', 'successfactors.eu', 'taleo.net', 'oraclecloud.com', 'personio.de', 'personio.com', 'join.com',
  'welcomekit.co', 'rippling.com', 'pinpointhq.com', 'gem.com', 'avature.net', 'phenompeople.com', 'eightfold.ai',
  'dover.com', 'hireez.com', 'paradox.ai', 'jobylon.com', 'homerun.co', 'flatchr.io', 'softy.pro', 'talent-soft.com',
  'jobaffinity.fr', 'taleez.net', 'digitalrecruiters.com', 'cegid.com', 'beetween.com', 'werecruit.io', 'concludis.de', 'prescreen.io', 'onlyfy.com',
  'kenjo.io', 'factorialhr.com', 'eploy.net', 'eploy.co.uk', 'beapplied.com', 'jobtrain.co.uk', 'webrecruit.co.uk', 'ciphr.com', 'manatal.com',
  'freshteam.com', 'paycor.com', 'isolvedhire.com', 'ceipal.com', 'apploi.com', 'gusto.com', 'trinet.com', 'hirebridge.com', 'recruiterbox.com',
  'talentlyft.com', 'hireroad.com', 'networx.com', 'lumesse.com', 'talentlink.com', 'mhr.co.uk', 'jobscore.com', 'trakstar.com', 'bizmerlin.com',
  'pageuppeople.com', 'pageup.com', 'publicjobs.ie', 'apsjobs.gov.au', 'cornerstoneondemand.com', 'csod.com', 'ukg.com', 'ultipro.com', 'adp.com', 'paylocity.com', 'hibob.com', 'zohorecruit.com',
  'applytoeducation.com', 'edjoin.org', 'schoolspring.com', 'k12jobspot.com',
  'jobtrainmail.co.uk', 'buk.cl', 'buk.co', 'buk.mx', 'buk.pe', 'darwinbox.in', 'darwinbox.com', 'keka.com', 'zohorecruit.in', 'greythr.com',
  // The Nordic and Baltic tools employers and municipalities there send through.
  'webcruiter.no', 'webcruiter.com', 'varbi.com', 'reachmee.com', 'emply.com', 'emply.net', 'hr-manager.net', 'easycruit.com', 'recman.no', 'talentadore.com', 'kuntarekry.fi', 'jobbnorge.no', 'visma.com',
]);

const SCHEDULERS = new Set(['shl.com', 'pymetrics.ai', 'pymetrics.com', 'criteriacorp.com', 'cut-e.com', 'talentlens.com', 'xref.com', 'checkster.com', 'skillsurvey.com', 'vervoe.com', 'arcticshores.com', 'harver.com', 'mettl.com', 'hackerearth.com', 'imocha.io', 'coderbyte.com', 'hackerrankforwork.com', 'codingame.com', 'adobesign.com', 'echosign.com', 'adobe.com', 'docusign.net', 'docusign.com', 'hellosign.com', 'dropboxsign.com', 'pandadoc.com', 'calendly.com', 'goodtime.io', 'modernloop.io', 'prelude.co', 'hirevue.com', 'hackerrank.com', 'codility.com', 'codesignal.com', 'testgorilla.com', 'coderpad.io', 'karat.com', 'karat.io', 'youcanbook.me', 'zoom.us', 'microsoft.com', 'google.com']);

const JOB_BOARDS = new Set([
  'usajobs.gov', 'getonbrd.com', 'naukrigulf.com', 'bayt.com', 'rekrute.com', 'emploi.ma', 'tanitjobs.com', 'computrabajo.com', 'computrabajo.com.co', 'computrabajo.com.mx', 'bumeran.com', 'bumeran.com.ar', 'cv-library.co.uk', 'jobs.ac.uk', 'seek.com', 'jobstreet.com', 'mycareersfuture.gov.sg', 'jobsdb.com', 'infojobs.com', 'nationalevacaturebank.nl', 'hellowork.com', 'jobteaser.com', 'francetravail.fr', 'indeed.es', 'indeed.de', 'indeed.nl', 'indeed.co.uk', 'indeed.ca', 'indeed.com.mx', 'linkedin.cn',
  'interamt.de', 'empleospublicos.cl', 'cnsc.gov.co', 'werkenvoornederland.nl', 'werkzoeken.nl', 'nationalevacaturebank.nl', 'werk.nl', 'vdab.be', 'jobillico.com', 'karriere.at', 'elempleo.com', 'occ.com.mx', 'jobs.ch',
  'linkedin.com', 'indeed.com', 'indeedemail.com', 'indeed.fr', 'glassdoor.com', 'glassdoor.fr', 'ziprecruiter.com', 'monster.com',
  'welcometothejungle.com', 'hellowork.com', 'apec.fr', 'francetravail.fr', 'pole-emploi.fr', 'stepstone.de', 'xing.com',
  'infojobs.net', 'otta.com', 'wellfound.com', 'angel.co', 'dice.com', 'seek.com.au', 'jobindex.dk', 'simplyhired.com',
  'careerbuilder.com', 'jobteaser.com', 'cadremploi.fr', 'meteojob.com', 'talent.com', 'jooble.org', 'adzuna.com',
  'totaljobs.com', 'reed.co.uk', 'joinhandshake.com', 'handshake.com', 'seek.co.nz', 'naukri.com', 'computrabajo.com', 'instahyre.com', 'cv-library.co.uk', 'usajobs.gov', 'jobs.nhs.uk', 'stepstone.at', 'stepstone.be', 'jobat.be', 'jobs.ch', 'karriere.at', 'nationalevacaturebank.nl', 'werkzoeken.nl', 'builtin.com', 'hired.com', 'triplebyte.com', 'irishjobs.ie', 'jobs.ie', 'nijobs.com', 's1jobs.com', 'caterer.com', 'cvlibrary.co.uk', 'guardianjobs.co.uk', 'escapethecity.org',
]);

// Boards with a domain per country: indeed.com.au, stepstone.fr, computrabajo.com.pe, laborum.cl.
const BOARD_FAMILIES = /^(?:indeed|indeedemail|linkedin|glassdoor|stepstone|monster|computrabajo|bumeran|laborum|zonajobs|occ|jobstreet|jobsdb|seek|jora|talent|jooble|adzuna|careerjet|trabajando|infojobs|infoempleo|tecnoempleo|jobat|reed|totaljobs|cwjobs|jobsite|naukri|xing|welcometothejungle|hellowork|jobteaser|jobs|magneto365|elempleo|multitrabajos|opcionempleo|empleate|jobandtalent|getmanfred|hiring|hireline|jobomas|konzerta|buscojobs|trabajos|empleos)\.(?:[a-z]{2,3}|com?\.[a-z]{2}|org)$/;

const PERSONAL = new Set([
  'kpnmail.nl', 'ziggo.nl', 'xs4all.nl', 'telenet.be', 'skynet.be', 'bluewin.ch', 'aon.at', 'libero.it', 'btinternet.com', 'sky.com', 'shaw.ca', 'rogers.com', 'bigpond.com', 'optusnet.com.au', 'rediffmail.com', 'qq.com', '163.com',
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.fr', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.fr',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.de', 'gmx.net', 'web.de', 'orange.fr',
  'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 'aol.com', 'fastmail.com', 'zoho.com', 'yandex.com', 'hey.com', 't-online.de',
]);

// Mail providers with a domain per country (hotmail.es, yahoo.com.mx, gmx.at, live.nl): a private mailbox.
const MAIL_PROVIDERS = /^(?:sasktel|telus|eastlink|nbnet|mts|nl\.rogers|hotmail|outlook|live|yahoo|ymail|rocketmail|gmx|aol|msn|icloud|proton|protonmail|mail|gmail|orange|free|sfr|freenet|arcor|posteo|mailbox|tutanota|tuta|bigpond|xtra|proximus|scarlet|planet|hetnet|home|comcast|verizon|att|sbcglobal|cox|optonline|bell|sympatico|videotron|virginmedia|talktalk|tiscali|libero|alice|movistar|telefonica|terra|prodigy|uol|bol|iinet|optusnet|tpg|westnet|sunrise|bluewin|hispeed|chello|a1|laposte|wanadoo|neuf|bbox|numericable|club-internet|voila|rediffmail|yandex|fibertel|speedy|ciudad|une|kabelmail|vodafone|telus|eircom|windowslive|netplus|vtxnet|quickline|swissonline|kpnplanet|caiway|upcmail|jazztel|euskaltel|telecable|interia|seznam|ntlworld|blueyonder|earthlink|juno|netzero|windstream|centurylink|suddenlink|embarqmail|internode)\.(?:[a-z]{2,3}|com?\.[a-z]{2}|net\.[a-z]{2}|on\.net)$/;

export type SenderKind = 'employer' | 'ats' | 'board' | 'scheduler' | 'personal' | 'unknown';

export interface Sender {
  kind: SenderKind;
  /** The registrable domain of the address (acme.co.uk for jobs.acme.co.uk). */
  domain: string | null;
  name: string | null;
  email: string | null;
  /** The address is a robot's: no-reply, notifications, alerts. */
  automated: boolean;
  /** The organisation a directory appends to the name ("… (CISSS des Laurentides)"). */
  organisation?: string | null;
}

export function registrableDomain(email: string | null | undefined): string | null {
  const host = email?.split('@')[1]?.trim().toLowerCase();
  if (!host) return null;
  const domain = getDomain(host) ?? host;
  // cisss-laurentides.gouv.qc.ca: "gouv" is the government, the label before it is the body that wrote; so is
  // whta.nsw.gov.au's "whta" under a state's government, and dot.state.co.us's "dot".
  const government = /^(?:gouv|gov|govt|gob|gub)\./.test(domain) || /^(?:nsw|vic|qld|wa|sa|tas|act|nt)\.gov\.au$/.test(domain) || /^state\.[a-z]{2}\.us$/.test(domain);
  if (government && host.length > domain.length) return host.split('.').slice(-domain.split('.').length - 1).join('.');
  return domain;
}

export function describeSender(address: Address | null): Sender {
  const domain = registrableDomain(address?.email);
  const local = address?.email?.split('@')[0] ?? '';
  const automated = /(no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|alerts?|notificaci(?:o|ó)n(?:es)?|avisos?|alertas?|kandidaten|sollicitanten|benachrichtigung(?:en)?|postulaciones|postulantes|candidatos|mailer|bounce|info|news|jobs-listings|jobalerts|messages-noreply|invitations|updates|hello|team|talent|talento|careers|recrutement|recruiting|recruitment|rh|hr|people|werving|personal|bewerbung|emploi|candidatures?|jobs)/i.test(local)
    // Shared inboxes whose words hide inside names (nic-hola-s): only as a whole part of the address.
    || /(?:^|[._+-])(?:hola|contacto?|kontakt|office|empleos?|seleccion|vacatures?|karriere|stellen|werkenbij)(?:$|[._+-])/i.test(local);
  let kind: SenderKind = 'unknown';
  if (domain) {
    if (ATS.has(domain)) kind = 'ats';
    else if (JOB_BOARDS.has(domain) || BOARD_FAMILIES.test(domain)) kind = 'board';
    else if (SCHEDULERS.has(domain)) kind = 'scheduler';
    else if (PERSONAL.has(domain) || MAIL_PROVIDERS.test(domain)) kind = 'personal';
    else kind = 'employer';
  }
  // "Harbor Freightways <harborfreight@myworkday.com>": an ATS address named after its tenant is the employer's robot, not a person.
  const tenantRobot = kind === 'ats' && spellsTheSameName(address?.name ?? '', local);
  return { kind, domain, name: address?.name ?? null, email: address?.email ?? null, automated: automated || tenantRobot, organisation: address?.organisation ?? null };
}

/** "Nodo Creativo <hola@nodocreativo.com.ar>": a display name that spells the sender's own domain is the firm's. */
export function namesTheDomain(sender: Sender): boolean {
  const name = fold(sender.name ?? '');
  const label = fold(sender.domain?.split('.')[0] ?? '');
  return sender.kind === 'employer' && name.length >= 4 && label.length >= 4 && (name === label || label.startsWith(name) || name.startsWith(label));
}

function spellsTheSameName(displayName: string, local: string): boolean {
  const name = fold(displayName);
  const box = fold(local);
  return box.length >= 4 && name.length >= 4 && (name.startsWith(box) || box.startsWith(name));
}

/** Whether an address belongs to a tool rather than to a company or a person (ATS, board, scheduler). */
export function isPlatformDomain(domain: string | null): boolean {
  return !!domain && (ATS.has(domain) || JOB_BOARDS.has(domain) || SCHEDULERS.has(domain));
}

// nhs.net serves every NHS trust, hse.ie every Irish health body: the domain says the service, not the employer.
const SHARED_PUBLIC = new Set(['nhs.net', 'nhs.uk', 'nhs.scot', 'hscni.net', 'hse.ie']);

/** A mail domain shared by many public employers: its name is none of theirs. */
export function isSharedPublicDomain(domain: string | null): boolean {
  return !!domain && SHARED_PUBLIC.has(domain);
}

export function isPersonalDomain(domain: string | null): boolean {
  return !!domain && (PERSONAL.has(domain) || MAIL_PROVIDERS.test(domain));
}

/** Workday and iCIMS put the employer in the address itself: acme@myworkday.com, careers-acme@icims.com. */
export function tenantOf(sender: Sender): string | null {
  if (!sender.email) return null;
  const [local, host] = sender.email.split('@');
  if (sender.domain === 'myworkday.com' || sender.domain === 'myworkdayjobs.com') return /^(no-?reply|notifications?)$/i.test(local) ? null : local;
  // acme.teamtailor-mail.com, acme.recruitee.com, acme.bamboohr.com: the tenant in front of the tool's domain.
  const sub = host.slice(0, Math.max(0, host.length - (sender.domain?.length ?? 0) - 1)).split('.').pop();
  if (sender.kind === 'ats' && sender.domain !== 'icims.com' && sub && !/^(?:mail|email|e|em|app|www|jobs|careers|hire|notifications?|noreply|no-reply|talent|messages?|mg|mailer|send|smtp|t|eu|us|api|bounce|reply|candidates?|applicants?)\d*$|(?:jobs|careers|recruit\w*|talent|hr)$/i.test(sub)) return sub;
  if (sender.domain === 'icims.com') {
    const sub = host.split('.')[0];
    const fromLocal = /^(?:careers?|jobs|recruiting)[-.](.+)$/i.exec(local)?.[1];
    return fromLocal ?? (sub && !/^(icims|talent|careers|jobs|www)$/i.test(sub) ? sub.replace(/^careers-/, '') : null);
  }
  return null;
}

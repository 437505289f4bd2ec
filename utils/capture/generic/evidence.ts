import { ldJsonScripts } from '../dom';

// Heuristics for "is this page one job posting?" on sites no adapter knows.

const ROLE = /\b(engineer|developer|programmer|manager|designer|analyst|scientist|specialist|director|lead|intern(ship)?|consultant|coordinator|assistant|associate|officer|administrator|architect|technician|nurse|accountant|representative|head of|vp|vice president|writer|editor|researcher|teacher|operator|driver|advisor|adviser|executive|recruiter|strategist|planner|supervisor|clerk|agent|partner|counsel|attorney|lawyer|physician|therapist|pharmacist|chef|cook|cashier|marketer|owner|principal|fellow|apprentice|trainee|controller|auditor|economist|statistician|mechanic|electrician|producer|artist|support|sales|marketing|medarbejder|udvikler|ingeniør|konsulent|chef|leder|entwickler|mitarbeiter|ingénieur|développeur)\b/i;

export function looksLikeRole(title: string): boolean {
  const words = title.split(/\s+/).length;
  return words <= 16 && title.length <= 150 && ROLE.test(title);
}

const CORE = [
  /\bresponsibilities\b/i, /\brequirements\b/i, /\bqualifications\b/i, /\babout (the|this) (role|job|position)\b/i,
  /\bwhat you('| wi)ll do\b/i, /\bjob description\b/i, /\bapply (now|for this (job|position|role))\b/i,
  /\bhow to apply\b/i, /\bwhat we('re| are) looking for\b/i, /\bwho you are\b/i, /\byour (role|responsibilities)\b/i,
];
const SUPPORT = [
  /\bapply\b/i, /\bbenefits\b/i, /\byears of (relevant |professional )?experience\b/i, /\bfull[- ]time\b|\bpart[- ]time\b/i,
  /\bsalary\b|\bcompensation\b/i, /\bwe offer\b/i, /\bideal candidate\b/i, /\bequal (employment )?opportunity\b/i,
  /\b(job|employment|contract) type\b/i, /\bexperience (with|in)\b/i, /\bskills\b/i, /\bteam\b/i,
];

export interface Vocabulary {
  core: number;
  support: number;
}

export function vocabulary(text: string): Vocabulary {
  return { core: CORE.filter((re) => re.test(text)).length, support: SUPPORT.filter((re) => re.test(text)).length };
}

const WALL = /\b(captcha|are you (a )?(robot|human)|verify (that )?you are (a )?human|unusual traffic|too many requests|access denied|rate limit(ed)?|just a moment|enable (javascript|cookies) to continue|checking your browser|sign in to (continue|view|see)|log ?in to (continue|view|see)|join now to see|request blocked|error 4\d\d)\b/i;

/** Bot walls, captchas, 429s and login walls: short pages that say so. */
export function isWall(doc: Document, text: string): boolean {
  const short = text.replace(/\s+/g, ' ').trim().length < 3000;
  if (short && WALL.test(text + ' ' + doc.title)) return true;
  return short && doc.querySelector('input[type="password"]') !== null;
}

const NOT_POSTING_TYPES = /^(article|blog|profile|book|music|video|website:article|product)/i;
const NOT_POSTING_PATH = /\/(blog|news|articles?|posts?|stories|press|insights|magazine|guides?|resources)(\/|$)/i;
const LIST_HEADING = /^(open (positions|roles|jobs)|current (openings|vacancies|opportunities)|careers?|jobs|join (us|our team)|search( all)? jobs|(all )?vacancies|job openings|job search results|we('re| are) hiring)\b/i;

/** Page-level signs of "not a posting" that no amount of job vocabulary outweighs. */
export function hardNegative(doc: Document, url: URL | null, h1: string | null, ogType: string | null): boolean {
  if (ogType && NOT_POSTING_TYPES.test(ogType)) return true;
  if (url && NOT_POSTING_PATH.test(url.pathname)) return true;
  if (h1 && LIST_HEADING.test(h1)) return true;
  const ld = ldJsonScripts(doc).map((s) => s.textContent ?? '').join(' ');
  return /"@type"\s*:\s*"(Article|NewsArticle|BlogPosting|ProfilePage|ItemList|CollectionPage|SearchResultsPage)"/.test(ld);
}

/** Links that look like individual job pages; a page with many of them is a list. */
export function jobLinkCount(doc: Document): number {
  const seen = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 3000)) {
    const href = a.getAttribute('href') ?? '';
    if (/\/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|roles?|stellen|job-listing)\/[^/?#]{3,}/i.test(href)) seen.add(href.split(/[?#]/)[0]);
  }
  return seen.size;
}

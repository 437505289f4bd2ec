import { meta, textOf } from '../dom';
import { parseSalaryText } from '../salary';
import { cleanBlock, cleanLine, elementText } from '../text';
import type { RawPosting } from '../types';
import { appStateJob, appStateSiteName, appStates } from './app-state';
import { companyOf, roleAtCompany } from './company';
import { hardNegative, isWall, jobLinkCount, looksLikeRole, vocabulary } from './evidence';
import { labelledFields } from './labels';
import { lineUnderTitle, locationElement, looksLikePlace } from './location';
import { isPageChrome } from './page-chrome';
import { readableDescription } from './readable';

const DESCRIPTION = [
  '[itemprop="description"]', '[class*="job-description" i]', '[class*="jobDescription"]', '[id*="job-description" i]',
  '[id*="jobDescription"]', '[data-testid*="description" i]', '[class*="posting-description" i]', 'article', 'main', '[role="main"]',
];

function descriptionOf(doc: Document): string | null {
  for (const sel of DESCRIPTION) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue;
    }
    const t = el ? elementText(el, 40000) : '';
    if (t.replace(/\s+/g, ' ').length > 200) return t;
  }
  return readableDescription(doc);
}

/** Company and location from the page's own words, for a career site whose structured data leaves them out. */
export function careerSiteDetails(doc: Document, url: URL | null, title: string): Pick<RawPosting, 'company' | 'location'> {
  const body = doc.body;
  if (!body) return {};
  const labels = labelledFields(elementText(body, 60000, isPageChrome));
  const labelledPlace = cleanLine(labels.location);
  return {
    company: companyOf(doc, url, title, { appSiteName: appStateSiteName(appStates(doc)), labelled: labels.company }),
    location: (looksLikePlace(labelledPlace, true) ? labelledPlace : null) ?? lineUnderTitle(doc, title) ?? locationElement(doc),
  };
}

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

/**
 * Boards that host many employers head the page "Role at Company" (the heading often runs a badge on,
 * "…at VectorShift(S23)"). When the page's title says the same, the role is the title and the company
 * the employer; a heading that only repeats the role still lets the title name the employer.
 */
function splitHeadline(heading: string, pageTitles: Array<string | null>): { title: string; employer: string | null } {
  for (const pageTitle of pageTitles) {
    const said = roleAtCompany(pageTitle?.split(/\s+\|\s+/)[0]);
    if (!said) continue;
    if (squash(heading).startsWith(squash(`${said.role} at ${said.company}`))) return { title: said.role, employer: said.company };
    if (squash(heading) === squash(said.role)) return { title: heading, employer: said.company };
  }
  return { title: heading, employer: null };
}

/** The generic fallback for company career sites. Null unless the evidence says "one job posting". */
export function extractGeneric(doc: Document, url: URL | null): RawPosting | null {
  const body = doc.body;
  if (!body) return null;
  const h1 = textOf(doc, ['h1']);
  if (hardNegative(doc, url, h1, meta(doc, 'og:type'))) return null;
  const text = elementText(body, 60000);
  if (isWall(doc, text)) return null;
  const states = appStates(doc);
  const app = appStateJob(states) ?? {};
  // Apps that keep the job in state render little text; anything else this short is not a posting.
  if (!app.title && text.replace(/\s+/g, ' ').trim().length < 150) return null;
  // Labels are read from the posting's own text, never from menus, breadcrumbs or footers.
  const labels = labelledFields(elementText(body, 60000, isPageChrome));
  const docTitle = cleanLine(doc.title) ?? '';
  const ogTitle = meta(doc, 'og:title');
  const heading = cleanLine(app.title) ?? h1 ?? ogTitle ?? docTitle.split(/\s+[|–-]\s+/)[0] ?? null;
  if (!heading) return null;
  const { title, employer } = splitHeadline(heading, [ogTitle, docTitle]);
  const company = companyOf(doc, url, title, { appCompany: app.company, headline: employer, appSiteName: appStateSiteName(states), labelled: labels.company });
  const labelledPlace = cleanLine(labels.location);
  const location =
    cleanLine(app.location) ?? (looksLikePlace(labelledPlace, true) ? labelledPlace : null) ?? lineUnderTitle(doc, title) ?? locationElement(doc);
  const salary = app.salary ?? labels.salary ?? null;
  const employmentType = cleanLine(app.employmentType) ?? cleanLine(labels.employmentType);

  // A single-page app's shell shows little text before it renders; the job in its state speaks for it.
  const vocab = vocabulary(app.description ? `${text}\n${cleanBlock(app.description, 20000) ?? ''}` : text);
  const applyEl = Array.from(doc.querySelectorAll('a, button'))
    .slice(0, 2000)
    .find((el) => /^\s*apply( now| for this (job|position|role)| here| online)?\s*$/i.test(el.textContent ?? ''));
  const hasApply = applyEl !== undefined;
  const links = jobLinkCount(doc);
  const score =
    Math.min(vocab.core, 4) + Math.min(vocab.support, 4) + (looksLikeRole(title) ? 2 : -2) + (app.title ? 3 : 0) +
    (salary && parseSalaryText(salary) ? 1 : 0) + (employmentType ? 1 : 0) + (hasApply ? 1 : 0) + (links >= 10 ? -4 : 0);
  if (!(company || location) || vocab.core < 1 || vocab.core + vocab.support < 3 || score < 7) return null;

  return {
    title,
    company,
    location,
    employmentType,
    salary,
    datePosted: app.datePosted ?? labels.datePosted ?? null,
    description: app.description ?? descriptionOf(doc),
    applyUrl: app.applyUrl ?? applyEl?.getAttribute('href') ?? null,
  };
}

import { meta, textOf } from '../dom';
import { parseSalaryText } from '../salary';
import { cleanLine, elementText } from '../text';
import type { RawPosting } from '../types';
import { appStateJob } from './app-state';
import { hardNegative, isWall, jobLinkCount, looksLikeRole, vocabulary } from './evidence';
import { labelledFields } from './labels';
import { readableDescription } from './readable';

const DESCRIPTION = [
  '[itemprop="description"]', '[class*="job-description" i]', '[class*="jobDescription"]', '[id*="job-description" i]',
  '[id*="jobDescription"]', '[data-testid*="description" i]', '[class*="posting-description" i]', 'article', 'main', '[role="main"]',
];

/** "Careers at Acme" / "Acme Careers" / "Acme Jobs" → "Acme". */
function siteCompany(s: string | null): string | null {
  if (!s) return null;
  const c = s.replace(/^(careers?|jobs?) (at|@) /i, '').replace(/\s*[-–|]?\s*(careers?|jobs?|job board|recruiting)$/i, '').trim();
  return c && c.length <= 80 ? c : null;
}

/** "Title - Company", "Title | Company Careers", "Title at Company". */
function companyFromDocTitle(docTitle: string, title: string): string | null {
  const rest = docTitle.startsWith(title) ? docTitle.slice(title.length) : null;
  const m = rest ? /^\s*(?:[-–|•·:@]|\bat\b)\s*([^|–-]+)/i.exec(rest) : null;
  return m ? siteCompany(m[1].trim()) : null;
}

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

/** The generic fallback for company career sites. Null unless the evidence says "one job posting". */
export function extractGeneric(doc: Document, url: URL | null): RawPosting | null {
  const body = doc.body;
  if (!body) return null;
  const h1 = textOf(doc, ['h1']);
  if (hardNegative(doc, url, h1, meta(doc, 'og:type'))) return null;
  const text = elementText(body, 60000);
  if (isWall(doc, text)) return null;
  const app = appStateJob(doc) ?? {};
  // Apps that keep the job in state render little text; anything else this short is not a posting.
  if (!app.title && text.replace(/\s+/g, ' ').trim().length < 150) return null;
  const labels = labelledFields(text);
  const docTitle = cleanLine(doc.title) ?? '';
  const ogTitle = meta(doc, 'og:title');
  const title = cleanLine(app.title) ?? h1 ?? ogTitle ?? docTitle.split(/\s+[|–-]\s+/)[0] ?? null;
  if (!title) return null;
  const company =
    cleanLine(app.company) ?? cleanLine(labels.company) ?? companyFromDocTitle(docTitle, title) ?? siteCompany(meta(doc, 'og:site_name'));
  const location = cleanLine(app.location) ?? cleanLine(labels.location) ?? textOf(doc, ['[class*="job-location" i]', '[class*="jobLocation"]'], 120);
  const salary = app.salary ?? labels.salary ?? null;
  const employmentType = cleanLine(app.employmentType) ?? cleanLine(labels.employmentType);

  const vocab = vocabulary(text);
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

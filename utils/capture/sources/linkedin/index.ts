// LinkedIn job pages, logged out (guest) and logged in, and search lists with a job open beside them:
//   https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739
//   https://uk.linkedin.com/jobs/view/senior-engineer-at-acme-4053542511
//   https://www.linkedin.com/jobs/view/3915648739/
//   https://www.linkedin.com/comm/jobs/view/3915648739
//   https://www.linkedin.com/jobs/search/?currentJobId=4260945968&keywords=magazziniere&location=Lecco
//   https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4260945968
// Not postings: /company/…, /jobs/search… and /jobs/collections… with no job open, /in/… profiles.
import { attr, blockOf, labelledValue, textOf } from '../../dom';
import { cleanUrl } from '../../url';
import type { SourceAdapter } from '../../types';
import { domainPatterns, hostUnder, remoteFrom, splitDocTitle } from '../shared';
import { voyagerJob } from './voyager';

const VIEW = /^\/(?:comm\/)?jobs\/view\/(?:[^/]*-)?(\d{6,})\/?$/;
const LIST = /^\/jobs\/(?:search|search-results|collections(?:\/[^/]+)?)\/?$/;
const PANEL = ['.jobs-search__job-details--container', '.jobs-search__job-details', '.job-view-layout', '.jobs-details', '.scaffold-layout__detail'];

/** The job the address names: the posting's id, or the search list's open job. */
function addressJobId(url: URL): string | null {
  if (!hostUnder(url, 'linkedin.com')) return null;
  const view = VIEW.exec(url.pathname);
  if (view) return view[1];
  const open = url.searchParams.get('currentJobId');
  return LIST.test(url.pathname) && open && /^\d{6,}$/.test(open) ? open : null;
}

/** The detail panel of a search list (or the whole page on a job view). */
function panelOf(doc: Document): ParentNode {
  for (const sel of PANEL) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return doc;
}

/** The id of the job the panel shows: its title links to it. The panel can change without the address. */
function panelJobId(doc: Document): string | null {
  const href = attr(panelOf(doc), '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"], .jobs-unified-top-card__content--two-pane a[href*="/jobs/view/"]', 'href');
  return href?.match(/\/jobs\/view\/(?:[^/?]*-)?(\d{6,})/)?.[1] ?? null;
}

/** LinkedIn's externalApply redirect carries the employer's own URL in `url`. */
function unwrapExternal(href: string | null): string | null {
  if (!href) return null;
  try {
    const inner = new URL(href).searchParams.get('url');
    return inner && /^https?:/i.test(inner) ? cleanUrl(new URL(inner)) : href;
  } catch {
    return null;
  }
}

// The top card's first line is the place, unless the place is missing and the posted time comes first.
const TIME_LINE = /^(re)?posted\b|\b(ago|fa|vor|il y a|hace|geleden|sedan|siden)\b|^(ripubblicata|pubblicata|publiée|publicado|veröffentlicht)/i;

/** "Pozzuolo Martesana, Lombardia, Italia (In sede)" → the place, without the workplace type. */
const placeOnly = (s: string | null | undefined): string | null =>
  s && !TIME_LINE.test(s) ? s.replace(/\s*\([^()]*\)\s*$/, '').trim() || null : null;

// The signed-in top card shows the job type as a chip, in the reader's language.
const JOB_TYPES: Array<[RegExp, string]> = [
  [/\b(full[- ]time|tempo pieno|vollzeit|temps plein|jornada completa|tiempo completo|tempo integral|voltijd)\b/i, 'Full-time'],
  [/\b(part[- ]time|tempo parziale|teilzeit|temps partiel|media jornada|tiempo parcial|meio período|deeltijd)\b/i, 'Part-time'],
  [/\b(contract|contratto|befristet|contrat|contrato)\b/i, 'Contract'],
  [/\b(internship|tirocinio|stage|praktikum|prácticas|estágio)\b/i, 'Internship'],
  [/\b(temporary|temporaneo|temporär|temporaire|temporal)\b/i, 'Temporary'],
];
const jobTypeOf = (s: string | null): string | null => (s ? JOB_TYPES.find(([re]) => re.test(s))?.[1] ?? null : null);

export const linkedin: SourceAdapter = {
  name: 'linkedin',
  patterns: domainPatterns('linkedin.com'),
  host: (url) => hostUnder(url, 'linkedin.com'),
  matches: (url) => addressJobId(url) !== null,
  canonical: (doc, url) => {
    const id = panelJobId(doc) ?? addressJobId(url);
    return id ? `https://www.linkedin.com/jobs/view/${id}/` : null;
  },
  extract(doc, url) {
    const root = panelOf(doc);
    const id = panelJobId(doc) ?? addressJobId(url);
    // Signed-in pages keep the job in hidden JSON too; the visible panel wins where it says something.
    const hidden = id ? voyagerJob(doc, id) : null;
    const title = textOf(root, [
      '.top-card-layout__title', '.topcard__title', '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title',
    ]);
    const fromTitle = splitDocTitle(doc, /^(.+?) hiring (.+?) in (.+?) \| LinkedIn$/);
    if (!title && !fromTitle && !hidden?.title) return null;
    const company = textOf(root, [
      '.topcard__org-name-link', '.topcard__flavor a[href*="/company/"]',
      '.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name',
    ]);
    const location = textOf(root, [
      'span.topcard__flavor--bullet', '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', '.jobs-unified-top-card__bullet',
    ]);
    const employmentType = labelledValue(root, '.description__job-criteria-item', /^employment type$/i);
    const posted = attr(root, '.posted-time-ago__text time, .topcard__flavor--metadata time', 'datetime')
      ?? textOf(root, ['.posted-time-ago__text', '.job-details-jobs-unified-top-card__tertiary-description-container', '.job-details-jobs-unified-top-card__primary-description-container']);
    // Guest pages keep an off-site apply link inside an HTML comment in <code id="applyUrl">.
    const applyRaw = doc.querySelector('code#applyUrl')?.innerHTML.match(/"(https?:[^"]+)"/)?.[1] ?? null;
    const workplace = textOf(root, ['.job-details-fit-level-preferences', '.job-details-jobs-unified-top-card__job-insight']);
    return {
      title: title ?? hidden?.title ?? fromTitle?.[2],
      company: company ?? hidden?.company ?? fromTitle?.[1] ?? null,
      location: placeOnly(location) ?? placeOnly(hidden?.location) ?? fromTitle?.[3] ?? null,
      employmentType: employmentType ?? jobTypeOf(workplace),
      remote: remoteFrom(location, workplace) ?? hidden?.remote ?? null,
      datePosted: posted ?? hidden?.datePosted ?? null,
      // The signed-in panel renders its description late: an empty container is no description.
      description: blockOf(root, ['.show-more-less-html__markup', '.description__text', '#job-details', '.jobs-description__content'])?.trim()
        || hidden?.description || null,
      applyUrl: unwrapExternal(applyRaw),
    };
  },
};

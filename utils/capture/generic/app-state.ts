import { assignedObject, parseLenientJson } from '../structured/lenient-json';
import type { RawPosting } from '../types';

type Obj = Record<string, unknown>;

const GLOBALS = ['__INITIAL_STATE__', '__PRELOADED_STATE__', '__APOLLO_STATE__', '__INITIAL_DATA__', '__APP_STATE__', '__appData', '__STATE__'];
const TITLE_KEYS = ['title', 'jobTitle', 'positionTitle', 'postingTitle', 'job_title'];
const JOB_KEYS: Record<string, string[]> = {
  description: ['description', 'descriptionHtml', 'jobDescription', 'descriptionPlain', 'content', 'job_description'],
  location: ['location', 'locationName', 'locations', 'jobLocation', 'city', 'job_location'],
  employmentType: ['employmentType', 'jobType', 'commitment', 'timeType', 'employment_type'],
  company: ['company', 'companyName', 'hiringOrganization', 'organization', 'employer', 'company_name'],
  datePosted: ['datePosted', 'postedAt', 'publishedAt', 'published_at', 'postedDate', 'postingDate', 'createdAt', 'created_at'],
  salary: ['salary', 'compensation', 'baseSalary', 'payRange', 'salaryRange', 'compensationTierSummary'],
  applyUrl: ['applyUrl', 'applicationUrl', 'apply_url', 'applyLink'],
};

function pick(o: Obj, keys: string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null && o[k] !== '') return o[k];
  return undefined;
}

function name(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(name).filter(Boolean).join('; ') || null;
  if (v && typeof v === 'object') {
    const o = v as Obj;
    return name(o.name ?? o.displayName ?? o.label ?? o.city ?? o.text ?? null);
  }
  return null;
}

/** An object that reads like one job: a title plus at least two job-specific fields. */
function asJob(o: Obj): RawPosting | null {
  const title = pick(o, TITLE_KEYS);
  if (typeof title !== 'string' || !title.trim() || title.length > 300) return null;
  const found = Object.entries(JOB_KEYS).filter(([, keys]) => pick(o, keys) !== undefined);
  const jobby = found.filter(([k]) => k !== 'company' && k !== 'datePosted').length;
  if (found.length < 2 || jobby < 1) return null;
  const get = (k: string): unknown => pick(o, JOB_KEYS[k]);
  const salary = get('salary');
  const date = get('datePosted');
  return {
    title,
    company: name(get('company')),
    location: name(get('location')),
    employmentType: name(get('employmentType')),
    salary: typeof salary === 'string' ? salary : null,
    datePosted: typeof date === 'string' || typeof date === 'number' ? String(date) : null,
    description: typeof get('description') === 'string' ? (get('description') as string) : null,
    applyUrl: typeof get('applyUrl') === 'string' ? (get('applyUrl') as string) : null,
  };
}

/** Breadth-first, so the page's main job wins over "similar jobs" nested deeper. */
function findJob(root: unknown): RawPosting | null {
  const queue: unknown[] = [root];
  let budget = 20000;
  while (queue.length && budget-- > 0) {
    const v = queue.shift();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      // Arrays of many jobs are lists; their members are not the page's job.
      if (v.length <= 3) queue.push(...v);
      continue;
    }
    const job = asJob(v as Obj);
    if (job) return job;
    for (const x of Object.values(v as Obj)) if (x && typeof x === 'object') queue.push(x);
  }
  return null;
}

/** A job object from inline app state (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = …`). */
export function appStateJob(doc: Document): RawPosting | null {
  const next = doc.getElementById('__NEXT_DATA__');
  if (next?.textContent) {
    const job = findJob(parseLenientJson(next.textContent));
    if (job) return job;
  }
  for (const s of Array.from(doc.getElementsByTagName('script')).slice(0, 200)) {
    if (s.getAttribute('src') || (s.getAttribute('type') ?? '').includes('ld+json')) continue;
    const text = s.textContent ?? '';
    const g = GLOBALS.find((name) => text.includes(name));
    if (!g) continue;
    const job = findJob(assignedObject(text, g));
    if (job) return job;
  }
  return null;
}

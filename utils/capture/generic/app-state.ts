import { assignedObject, parseLenientJson } from '../structured/lenient-json';
import type { RawPosting } from '../types';

type Obj = Record<string, unknown>;

// Inline app state of server-rendered apps: Redux/Apollo stores, Remix and React Router's hydration data,
// Nuxt 2's window.__NUXT__. (Gatsby inlines no page data: its pages are server-rendered HTML, read as such.)
const GLOBALS = [
  '__INITIAL_STATE__', '__PRELOADED_STATE__', '__APOLLO_STATE__', '__INITIAL_DATA__', '__APP_STATE__', '__appData', '__STATE__',
  '__remixContext', '__staticRouterHydrationData', '__NUXT__',
];
const SITE_NAME_KEYS = ['siteName', 'site_name', 'brandName', 'organizationName', 'companyName', 'company_name', 'employerName'];
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
      // A streamed React element ["$", type, key, props]: its props may hold the job.
      if (v[0] === '$' && v.length === 4) queue.push(v[3]);
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

/**
 * Nuxt 3 ships its payload flattened (devalue): one array in which every object's values are indices of
 * other entries. Rebuilt here with a depth and size budget, since a hostile page controls the indices.
 */
export function unflattenNuxt(payload: unknown): unknown {
  if (!Array.isArray(payload) || !payload.length) return undefined;
  let budget = 50000;
  const at = (i: unknown, depth: number): unknown => {
    if (typeof i !== 'number' || i < 0 || i >= payload.length || depth > 40 || budget-- <= 0) return undefined;
    const v = payload[i];
    if (Array.isArray(v)) {
      // ["Reactive", i], ["ShallowReactive", i], ["Ref", i] wrap a value; ["Date", iso] is a date.
      if (typeof v[0] === 'string') return /^(Reactive|ShallowReactive|Ref|ShallowRef|EmptyRef|NuxtError)$/.test(v[0]) ? at(v[1], depth + 1) : v[0] === 'Date' ? v[1] : undefined;
      return v.slice(0, 200).map((x) => at(x, depth + 1));
    }
    if (v && typeof v === 'object') {
      const o: Obj = {};
      for (const [k, x] of Object.entries(v as Obj).slice(0, 200)) o[k] = at(x, depth + 1);
      return o;
    }
    return v;
  };
  return at(0, 0);
}

/** Next.js App Router streams its props as "id:json" lines pushed to self.__next_f. */
function nextFlightChunks(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of Array.from(doc.getElementsByTagName('script')).slice(0, 300)) {
    const text = s.textContent ?? '';
    if (!text.includes('self.__next_f.push')) continue;
    for (const m of text.matchAll(/self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)/g)) {
      let chunk: string;
      try {
        chunk = JSON.parse(m[1]) as string;
      } catch {
        continue;
      }
      for (const line of chunk.split('\n')) {
        const body = /^[0-9a-f]+:([[{].*)$/.exec(line)?.[1];
        if (!body) continue;
        try {
          out.push(JSON.parse(body));
        } catch {
          // Lines cut across chunks are skipped; the job object is normally whole in one.
        }
        if (out.length > 200) return out;
      }
    }
  }
  return out;
}

/** Every app-state root the page carries, most specific first. */
export function appStates(doc: Document): unknown[] {
  const roots: unknown[] = [];
  const next = doc.getElementById('__NEXT_DATA__');
  if (next?.textContent) roots.push(parseLenientJson(next.textContent));
  const nuxt = doc.getElementById('__NUXT_DATA__');
  if (nuxt?.textContent) roots.push(unflattenNuxt(parseLenientJson(nuxt.textContent)));
  for (const s of Array.from(doc.getElementsByTagName('script')).slice(0, 200)) {
    if (s.getAttribute('src') || (s.getAttribute('type') ?? '').includes('ld+json')) continue;
    const text = s.textContent ?? '';
    const g = GLOBALS.find((name) => text.includes(name));
    if (g) roots.push(assignedObject(text, g));
  }
  roots.push(...nextFlightChunks(doc));
  return roots.filter((r) => r && typeof r === 'object');
}

/** A job object from inline app state (Next.js, Nuxt, Remix, Redux and Apollo stores). */
export function appStateJob(roots: unknown[]): RawPosting | null {
  for (const root of roots) {
    const job = findJob(root);
    if (job) return job;
  }
  return null;
}

/** The site's own name in its app state (`siteName`, `companyName` near the top), if it states one. */
export function appStateSiteName(roots: unknown[]): string | null {
  for (const root of roots) {
    const queue: Array<[unknown, number]> = [[root, 0]];
    let budget = 2000;
    while (queue.length && budget-- > 0) {
      const [v, depth] = queue.shift()!;
      if (!v || typeof v !== 'object' || Array.isArray(v) || depth > 4) continue;
      const o = v as Obj;
      const hit = SITE_NAME_KEYS.map((k) => o[k]).find((x) => typeof x === 'string' && x.trim());
      if (typeof hit === 'string') return hit;
      for (const x of Object.values(o)) if (x && typeof x === 'object') queue.push([x, depth + 1]);
    }
  }
  return null;
}

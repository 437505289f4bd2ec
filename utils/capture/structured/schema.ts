import { salaryFromSchema } from '../salary';
import { cleanLine } from '../text';
import type { RawPosting } from '../types';
import { typeNames, type Obj } from './jsonld';

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Obj;
    return str(o.name ?? o['@value'] ?? o.value);
  }
  return null;
}

function place(v: unknown): string | null {
  if (typeof v === 'string') return cleanLine(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Obj;
  if (o.address !== undefined) return place(o.address) ?? cleanLine(str(o.name));
  const parts = [o.addressLocality, o.addressRegion, o.addressCountry]
    .map((p) => cleanLine(str(p)))
    .filter((p): p is string => !!p);
  const uniq = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  // "San Francisco Bay Area, California, United States" already holds the region: keep it once.
  const out = uniq.filter((p, i) => i === 0 || !uniq[0].toLowerCase().includes(p.toLowerCase()));
  return out.length ? out.join(', ') : cleanLine(str(o.name));
}

function locations(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map(place).filter((p): p is string => !!p);
  const uniq = Array.from(new Set(list));
  return uniq.length ? uniq.slice(0, 10).join('; ') : null;
}

const EMPLOYMENT: Record<string, string> = {
  FULL_TIME: 'Full-time', FULLTIME: 'Full-time', PART_TIME: 'Part-time', PARTTIME: 'Part-time',
  CONTRACTOR: 'Contract', CONTRACT: 'Contract', TEMPORARY: 'Temporary', INTERN: 'Internship',
  INTERNSHIP: 'Internship', VOLUNTEER: 'Volunteer', PER_DIEM: 'Per diem', OTHER: 'Other',
};

export function employmentLabel(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map((x) => cleanLine(str(x))).filter((x): x is string => !!x);
  const mapped = list.map((x) => EMPLOYMENT[x.toUpperCase().replace(/[\s-]/g, '_')] ?? x);
  return mapped.length ? Array.from(new Set(mapped)).join(', ') : null;
}

function isTelecommute(v: unknown): boolean {
  return (Array.isArray(v) ? v : [v]).some((x) => typeof x === 'string' && /telecommute|remote/i.test(x));
}

function applyTarget(o: Obj): string | null {
  const action = Array.isArray(o.potentialAction) ? o.potentialAction[0] : o.potentialAction;
  if (action && typeof action === 'object') {
    const a = action as Obj;
    if (typeOf(a, 'ApplyAction')) {
      const t = a.target;
      return str(t && typeof t === 'object' && !Array.isArray(t) ? (t as Obj).urlTemplate ?? (t as Obj).url : t);
    }
  }
  return str(o.applyUrl ?? o.applicationUrl);
}

function typeOf(o: Obj, name: string): boolean {
  return typeNames(o).includes(name);
}

/** "ABC Company Inc. seeks a …" — postings without hiringOrganization often open this way. */
function companyFromDescription(d: string | null): string | null {
  const text = cleanLine(d, 400) ?? '';
  const m = /^(?:[Dd]escription:\s*)?([A-Z][\w&.,'’ -]{1,60}?)\s+(?:seeks|is seeking|is looking for|is hiring|are looking for|are hiring)\b/.exec(text);
  return m ? m[1].trim() : null;
}

/** Maps a schema.org JobPosting (from JSON-LD, microdata or RDFa) onto Ajar's fields. */
export function postingFromSchema(o: Obj): RawPosting {
  const remote = isTelecommute(o.jobLocationType) ? true : null;
  let location = locations(o.jobLocation);
  if (!location && remote) {
    const req = locations(o.applicantLocationRequirements);
    location = req ? `Remote (${req})` : 'Remote';
  }
  return {
    title: str(o.title) ?? str(o.name) ?? undefined,
    company: str(o.hiringOrganization) ?? companyFromDescription(str(o.description)),
    location,
    employmentType: employmentLabel(o.employmentType),
    remote,
    salary: salaryFromSchema(o.baseSalary ?? o.estimatedSalary, o.salaryCurrency ?? o.currency),
    datePosted: str(o.datePosted),
    description: str(o.description),
    applyUrl: applyTarget(o),
  };
}

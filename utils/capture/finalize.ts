import { parseDate } from './dates';
import { parseSalaryText } from './salary';
import { cleanBlock, cleanLine } from './text';
import type { ExtractedPosting, RawPosting, Salary } from './types';
import { absoluteHttp } from './url';

/** Later sources win field by field, but only with a usable value. */
export function merge(...parts: Array<RawPosting | null | undefined>): RawPosting {
  const out: Record<string, unknown> = {};
  for (const p of parts) {
    if (!p) continue;
    for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined && v !== '') out[k] = v;
  }
  return out as RawPosting;
}

function salaryOf(v: RawPosting['salary']): Salary | null {
  if (!v) return null;
  const s = typeof v === 'string' ? parseSalaryText(v) : v;
  if (!s) return null;
  const n = (x: unknown): number | null => (typeof x === 'number' && isFinite(x) && x >= 0 && x < 1e10 ? x : null);
  const out = {
    min: n(s.min),
    max: n(s.max),
    currency: cleanLine(s.currency, 10),
    period: cleanLine(s.period, 20),
  };
  return out.min === null && out.max === null ? null : out;
}

/** "Giga (gigaml.com)" → "Giga": a web address after the name is a note for the reader, not the name. */
function companyName(v: unknown): string | null {
  const name = cleanLine(v, 200);
  return name?.replace(/\s*\((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?\)$/i, '') || name;
}

/** Cleans every field into plain, length-capped text, in the contract's field order. */
export function finalize(raw: RawPosting, base: URL | null, url: string, source: string, now: Date): ExtractedPosting {
  const location = cleanLine(raw.location, 300);
  const remote = typeof raw.remote === 'boolean' ? raw.remote : null;
  return {
    title: cleanLine(raw.title, 300) ?? '',
    company: companyName(raw.company),
    location,
    employmentType: cleanLine(raw.employmentType, 100),
    remote,
    salary: salaryOf(raw.salary),
    datePosted: parseDate(raw.datePosted, now),
    description: cleanBlock(raw.description, 20000),
    applyUrl: absoluteHttp(typeof raw.applyUrl === 'string' ? cleanLine(raw.applyUrl, 2048) : null, base),
    url,
    source,
  };
}

import type { RawPosting } from '../types';

const LABELS: Array<[keyof RawPosting, RegExp]> = [
  ['location', /^(job location|location|locations|work location|office|based in|arbeitsort|arbejdssted|lieu)$/i],
  ['salary', /^(salary|salary range|compensation|pay|pay range|base salary|løn|gehalt|salaire)$/i],
  ['employmentType', /^(employment type|job type|contract type|type of employment|position type|work type|type)$/i],
  ['company', /^(company|employer|organization|organisation|hiring company|company name)$/i],
  ['datePosted', /^(date posted|posted|posted on|published|posting date|date published)$/i],
];

function labelOf(s: string): keyof RawPosting | null {
  const hit = LABELS.find(([, re]) => re.test(s.trim()));
  return hit ? hit[0] : null;
}

/** "Location: Berlin" lines, and dt/dd-style pairs where the value is on the next line. */
export function labelledFields(text: string): RawPosting {
  const out: RawPosting = {};
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3000);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 200) continue;
    const m = /^([A-Za-zÆØÅæøå][A-Za-zÆØÅæøå ]{1,30}?)\s*:\s*(.*)$/.exec(line);
    const key = m ? labelOf(m[1]) : line.length <= 25 ? labelOf(line) : null;
    if (!key || out[key] !== undefined) continue;
    const value = m && m[2] ? m[2] : lines[i + 1];
    if (value && value.length <= 150 && !labelOf(value.replace(/:$/, ''))) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

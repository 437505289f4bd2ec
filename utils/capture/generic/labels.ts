import type { RawPosting } from '../types';

// Labels as career sites print them, in the languages job seekers meet most.
const LABELS: Array<[keyof RawPosting, RegExp]> = [
  ['location', /^(job location|location|locations|work location|office|office location|based in|place of work|arbeitsort|standort|dienstort|arbejdssted|lieu|lieu de travail|localisation|ubicación|ubicacion|localización|localização|localidade|sede|luogo di lavoro|locatie|werklocatie|plaats|lokalizacja|plats|ort)$/i],
  ['salary', /^(salary|salary range|compensation|pay|pay range|base salary|løn|gehalt|salaire|salario|salário|stipendio|retribuzione)$/i],
  ['employmentType', /^(employment type|job type|contract type|type of employment|position type|work type|type|beschäftigungsart|anstellungsart|type de contrat|tipo de contrato|tipo di contratto)$/i],
  ['company', /^(company|employer|organization|organisation|hiring company|company name|unternehmen|arbeitgeber|entreprise|empresa|azienda)$/i],
  ['datePosted', /^(date posted|posted|posted on|published|posting date|date published|veröffentlicht|publié le|publicado|pubblicato)$/i],
];

function labelOf(s: string): keyof RawPosting | null {
  const hit = LABELS.find(([, re]) => re.test(s.trim()));
  return hit ? hit[0] : null;
}

/**
 * "Location: Berlin" and "Location : Berlin" lines, and dt/dd-style pairs where the value is on the next
 * line. A company only counts on its own labelled line: a "Company" heading followed by a line of text
 * is a site's navigation menu far more often than an employer.
 */
export function labelledFields(text: string): RawPosting {
  const out: RawPosting = {};
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3000);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 200) continue;
    const m = /^(\p{L}[\p{L}\p{M} ]{1,30}?)\s*[:：]\s*(.*)$/u.exec(line);
    const key = m ? labelOf(m[1]) : line.length <= 25 ? labelOf(line) : null;
    if (!key || out[key] !== undefined) continue;
    const sameLine = m && m[2] ? m[2] : null;
    if (key === 'company' && !sameLine) continue;
    const value = sameLine ?? lines[i + 1];
    if (value && value.length <= 150 && !labelOf(value.replace(/\s*[:：]$/, ''))) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

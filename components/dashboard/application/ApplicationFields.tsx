import { useEffect, useState, type FormEvent } from 'react';
import { updateApplication } from '../../../utils/db/repository';
import type { Application } from '../../../utils/model/application';
import { TextField } from '../../common/Field';
import { safeHttpUrl } from '../../common/safe-url';

type Draft = Record<'company' | 'title' | 'location' | 'url' | 'employmentType' | 'salaryMin' | 'salaryMax' | 'currency' | 'period' | 'decisionExpectedBy' | 'offerRespondBy', string>;

function draftOf(application: Application): Draft {
  const salary = application.salary ?? {};
  return {
    company: application.company ?? '',
    title: application.title ?? '',
    location: application.location ?? '',
    url: application.url ?? '',
    employmentType: application.employmentType ?? '',
    salaryMin: salary.min != null ? String(salary.min) : '',
    salaryMax: salary.max != null ? String(salary.max) : '',
    currency: salary.currency ?? '',
    period: salary.period ?? '',
    decisionExpectedBy: application.decisionExpectedBy ?? '',
    offerRespondBy: application.offerRespondBy ?? '',
  };
}

const numberOrNull = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));

/**
 * Fields another tab changed are taken in as they arrive, unless this form is editing them; saving
 * writes only what was edited here, so two tabs on one application never undo each other.
 */
function mergeArrived(draft: Draft, seen: Draft, arrived: Draft): Draft {
  const next = { ...draft };
  for (const key of Object.keys(arrived) as (keyof Draft)[]) if (draft[key] === seen[key]) next[key] = arrived[key];
  return next;
}

const SALARY_KEYS: readonly (keyof Draft)[] = ['salaryMin', 'salaryMax', 'currency', 'period'];

/** The application's own facts, edited in place and saved together. */
export function ApplicationFields({ application }: { application: Application }) {
  const [draft, setDraft] = useState(() => draftOf(application));
  const [seen, setSeen] = useState(() => draftOf(application));
  const [message, setMessage] = useState('');
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });

  useEffect(() => {
    const arrived = draftOf(application);
    setDraft((current) => mergeArrived(current, seen, arrived));
    setSeen(arrived);
    // Only a new version of the record matters here; `seen` is read as it was when it arrived.
  }, [application]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft.company.trim() || !draft.title.trim()) {
      setMessage('A company and a role are needed.');
      return;
    }
    if (draft.url.trim() && !safeHttpUrl(draft.url)) {
      setMessage('The posting address should start with http:// or https://.');
      return;
    }
    const hasSalary = draft.salaryMin || draft.salaryMax;
    const full: Partial<Application> = {
      company: draft.company.trim(),
      title: draft.title.trim(),
      location: draft.location.trim() || null,
      url: draft.url.trim() || null,
      employmentType: draft.employmentType.trim() || null,
      decisionExpectedBy: draft.decisionExpectedBy || null,
      offerRespondBy: draft.offerRespondBy || null,
    };
    const edited = (Object.keys(full) as (keyof Draft & keyof Application)[]).filter((key) => draft[key] !== seen[key]);
    const patch: Partial<Application> = Object.fromEntries(edited.map((key) => [key, full[key]]));
    if (SALARY_KEYS.some((key) => draft[key] !== seen[key])) {
      patch.salary = hasSalary ? { min: numberOrNull(draft.salaryMin), max: numberOrNull(draft.salaryMax), currency: draft.currency.trim() || null, period: draft.period || null } : null;
    }
    if (Object.keys(patch).length > 0) await updateApplication(application.id, patch);
    setMessage('Saved.');
  }

  return (
    <form onSubmit={save} aria-label="Details">
      <div className="grid-2">
        <TextField label="Company" required value={draft.company} onChange={set('company')} />
        <TextField label="Role" required value={draft.title} onChange={set('title')} />
        <TextField label="Location" value={draft.location} onChange={set('location')} />
        <TextField label="Posting address" type="url" value={draft.url} onChange={set('url')} />
        <TextField label="Employment type" value={draft.employmentType} onChange={set('employmentType')} />
        <TextField label="Decision expected by" type="date" value={draft.decisionExpectedBy} onChange={set('decisionExpectedBy')}
          hint="If they named a date, Ajar suggests a follow-up just after it." />
        {application.stage === 'offer' || draft.offerRespondBy ? (
          <TextField label="Answer the offer by" type="date" value={draft.offerRespondBy} onChange={set('offerRespondBy')}
            hint="The date they would like an answer by. Ajar brings the decision up a few business days before." />
        ) : null}
        <TextField label="Salary from" inputMode="decimal" value={draft.salaryMin} onChange={set('salaryMin')} />
        <TextField label="Salary up to" inputMode="decimal" value={draft.salaryMax} onChange={set('salaryMax')} />
        <TextField label="Currency" value={draft.currency} onChange={set('currency')} placeholder="EUR" />
        <div className="field">
          <label htmlFor={`period-${application.id}`}>Salary per</label>
          <select id={`period-${application.id}`} value={draft.period} onChange={set('period')}>
            <option value="">—</option>
            {['hour', 'day', 'week', 'month', 'year'].map((period) => <option key={period} value={period}>{period}</option>)}
          </select>
        </div>
      </div>
      <div className="row form-actions">
        <button type="submit" className="primary">Save details</button>
        <span role="status" className="muted">{message}</span>
      </div>
    </form>
  );
}

import { useMemo, useState } from 'react';
import { updateSettings } from '../../../utils/db/repository';
import type { PromptKind } from '../../../utils/model/prompts';
import type { Settings } from '../../../utils/model/settings';
import { DEFAULT_TEMPLATES } from '../../../utils/followups/draft-templates';
import { renderDraft } from '../../../utils/followups/drafts';
import { PLACEHOLDERS, sampleDraftContext } from './sample-draft-context';

const KIND_LABELS: Partial<Record<PromptKind, string>> = {
  'thank-you': 'Thank-you after an interview',
  'follow-up': 'Follow-up after silence',
  'close-out': 'Closing a silent application',
  'feedback-request': 'Asking for feedback',
  'keep-in-touch': 'Keeping in touch',
  references: 'Briefing references',
  'offer-leverage': 'Telling an employer about an offer',
  withdraw: 'Withdrawing after accepting an offer',
  'thank-references': 'Thanking references at the end',
};
const KINDS = Object.keys(KIND_LABELS) as PromptKind[];

/** The user's own wording per kind of message, with a live preview on sample data. */
export function TemplatesEditor({ settings }: { settings: Settings }) {
  const [kind, setKind] = useState<PromptKind>('thank-you');
  const [texts, setTexts] = useState<Partial<Record<PromptKind, string>>>({});
  const [status, setStatus] = useState('');
  const text = texts[kind] ?? settings.templates[kind] ?? DEFAULT_TEMPLATES[kind] ?? '';
  const preview = useMemo(() => renderDraft(kind, sampleDraftContext(settings), { [kind]: text }), [kind, text, settings]);
  const own = !!settings.templates[kind];

  async function save() {
    const templates = { ...settings.templates };
    if (text.trim() && text !== DEFAULT_TEMPLATES[kind]) templates[kind] = text;
    else delete templates[kind];
    await updateSettings({ templates });
    setStatus('Saved. New drafts use this wording.');
  }
  async function reset() {
    const templates = { ...settings.templates };
    delete templates[kind];
    setTexts({ ...texts, [kind]: undefined });
    await updateSettings({ templates });
    setStatus("Back to Ajar's wording.");
  }

  return (
    <div className="templates">
      <div className="field">
        <label htmlFor="template-kind">Message</label>
        <select id="template-kind" value={kind} onChange={(event) => {
          setKind(event.target.value as PromptKind);
          setStatus('');
        }}>
          {KINDS.map((option) => <option key={option} value={option}>{KIND_LABELS[option]}{settings.templates[option] ? ' (yours)' : ''}</option>)}
        </select>
      </div>
      <div className="template-grid">
        <div className="field">
          <label htmlFor="template-text">Template</label>
          <textarea id="template-text" rows={14} value={text} onChange={(event) => setTexts({ ...texts, [kind]: event.target.value })} aria-describedby="template-help" />
          <span id="template-help" className="hint">
            A first line "Subject: …" sets the subject. Placeholders: {PLACEHOLDERS.join(' ')}
          </span>
        </div>
        <div aria-live="polite">
          <p className="field-label">Preview</p>
          <div className="preview card">
            <p><strong>{preview?.subject}</strong></p>
            <div className="plain-text">{preview?.body}</div>
          </div>
        </div>
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={() => void save()}>Save template</button>
        {own ? <button type="button" onClick={() => void reset()}>Use Ajar's wording</button> : null}
        <span role="status" className="muted">{status}</span>
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { updateSettings } from '../../../utils/db/repository';
import type { Settings } from '../../../utils/model/settings';
import { TextArea, TextField } from '../../common/Field';

/** Who the drafts come from. */
export function ProfileForm({ settings }: { settings: Settings }) {
  const [name, setName] = useState(settings.name);
  const [signature, setSignature] = useState(settings.signature);
  const [status, setStatus] = useState('');
  async function save(event: FormEvent) {
    event.preventDefault();
    await updateSettings({ name: name.trim(), signature: signature.trim() });
    setStatus('Saved.');
  }
  return (
    <form onSubmit={save} aria-label="Name and signature">
      <div className="grid-2">
        <TextField label="Your name" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
        <TextArea label="Signature" rows={3} value={signature} onChange={(event) => setSignature(event.target.value)} />
      </div>
      <div className="row">
        <button type="submit" className="primary">Save name and signature</button>
        <span role="status" className="muted">{status}</span>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { updateSettings } from '../../../utils/db/repository';
import type { Settings } from '../../../utils/model/settings';
import { TextArea, TextField } from '../../common/Field';
import { TODAY, routeHash } from '../../../utils/routes';

/** First run: two choices and the privacy promise, then straight to work. */
export function WelcomeView({ settings }: { settings: Settings }) {
  const [target, setTarget] = useState(String(settings.pipelineTarget));
  const [name, setName] = useState(settings.name);
  const [signature, setSignature] = useState(settings.signature);
  async function start(event: FormEvent) {
    event.preventDefault();
    const pipelineTarget = Math.max(1, Math.round(Number(target)) || settings.pipelineTarget);
    await updateSettings({ pipelineTarget, name: name.trim(), signature: signature.trim() || name.trim(), onboarded: true });
    window.location.hash = routeHash(TODAY);
  }
  return (
    <section aria-labelledby="welcome-title" className="welcome">
      <h1 id="welcome-title">Welcome to Ajar</h1>
      <p>Ajar keeps track of your applications and reminds you of the follow-ups that get answers: thank-yous, polite nudges, asking for feedback.</p>
      <p className="promise"><strong>Everything stays in this browser: no account, no server, nothing sent anywhere.</strong></p>
      <form className="card" onSubmit={start} aria-label="Get started">
        <TextField label="How many applications would you like in play at once?" type="number" min={1} max={50} value={target}
          onChange={(event) => setTarget(event.target.value)} hint="Ajar nudges you, once a week, when fewer are active." />
        <TextField label="Your name" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
        <TextArea label="Signature for drafts" rows={3} value={signature} onChange={(event) => setSignature(event.target.value)}
          hint="Ends every draft Ajar writes for you. You can change it later in Settings." />
        <button type="submit" className="primary">Start</button>
      </form>
    </section>
  );
}

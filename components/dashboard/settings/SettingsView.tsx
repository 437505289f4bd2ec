import type { Settings } from '../../../utils/model/settings';
import { CadenceForm } from './CadenceForm';
import { ProfileForm } from './ProfileForm';
import { TemplatesEditor } from './TemplatesEditor';
import { DataPanel } from '../../data/DataPanel';
import { HiddenSites } from './HiddenSites';

/** Everything Ajar lets the user tune, and their data. */
export function SettingsView({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">You</h2>
        <ProfileForm settings={settings} />
      </section>
      <section className="card" aria-labelledby="timing-title">
        <h2 id="timing-title">Timing</h2>
        <p className="muted">When each next step comes up. Ajar stays quiet at night and sends only a few notifications a day.</p>
        <CadenceForm settings={settings} />
      </section>
      <section className="card" aria-labelledby="templates-title">
        <h2 id="templates-title">Your wording</h2>
        <TemplatesEditor settings={settings} />
      </section>
      <section className="card" aria-labelledby="chip-title">
        <h2 id="chip-title">The chip on job pages</h2>
        <HiddenSites timeZone={settings.timeZone} />
      </section>
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <DataPanel />
      </section>
    </section>
  );
}

import { dashboardUrl } from '@/utils/dashboard-url';
import { TodayPrompts } from './TodayPrompts';
import { PipelineHealth } from './PipelineHealth';
import { CurrentPage } from './CurrentPage';
import { RecentApplications } from './RecentApplications';
import { BackupReminder } from './BackupReminder';

/** The popup answers one question at a glance: what should I do today? */
export function PopupApp() {
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Ajar</h1>
        <a href={dashboardUrl('#/today')} target="_blank" rel="noreferrer">
          Open dashboard
        </a>
      </header>
      <TodayPrompts />
      <PipelineHealth />
      <CurrentPage />
      <RecentApplications />
      <BackupReminder />
    </main>
  );
}

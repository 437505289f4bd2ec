import { useState } from 'react';
import { dashboardUrl } from '@/utils/dashboard-url';
import { TodayPrompts } from './TodayPrompts';
import { PipelineHealth } from './PipelineHealth';
import { CurrentPage } from './CurrentPage';
import { RecentApplications } from './RecentApplications';
import { BackupReminder } from './BackupReminder';
import { LogThisEmail } from '../email/LogThisEmail';

/** The popup answers one question at a glance: what should I do today? */
export function PopupApp() {
  // The rest waits for today's prompts, so its queries never hold up the answer to the main question.
  const [todayShown, setTodayShown] = useState(false);
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Ajar</h1>
        <a href={dashboardUrl('#/today')} target="_blank" rel="noreferrer">
          Open dashboard
        </a>
      </header>
      <TodayPrompts onShown={() => setTodayShown(true)} />
      {todayShown ? (
        <>
          <PipelineHealth />
          <LogThisEmail />
          <CurrentPage />
          <RecentApplications />
          <BackupReminder />
        </>
      ) : null}
    </main>
  );
}

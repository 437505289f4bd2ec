import { useState } from 'react';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { TodayPrompts } from './TodayPrompts';
import { PipelineHealth } from './PipelineHealth';
import { CurrentPage } from './CurrentPage';
import { RecentApplications } from './RecentApplications';
import { BackupReminder } from './BackupReminder';
import { TODAY, dashboardUrl } from '../../utils/routes';
import { LogThisEmail } from '../email/LogThisEmail';

/** The popup answers one question at a glance: what should I do today? */
export function PopupApp() {
  // The rest waits for today's prompts, so its queries never hold up the answer to the main question.
  const [todayShown, setTodayShown] = useState(false);
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Ajar</h1>
        <a href={dashboardUrl(TODAY)} target="_blank" rel="noreferrer">
          Open dashboard
        </a>
      </header>
      {/* Each section alone says when it meets data it cannot show; the others still answer. */}
      <ErrorBoundary what="today's follow-ups" onFailed={() => setTodayShown(true)}>
        <TodayPrompts onShown={() => setTodayShown(true)} />
      </ErrorBoundary>
      {todayShown ? (
        <>
          <ErrorBoundary what="how your pipeline looks"><PipelineHealth /></ErrorBoundary>
          <ErrorBoundary what="this email"><LogThisEmail /></ErrorBoundary>
          <ErrorBoundary what="this page"><CurrentPage /></ErrorBoundary>
          <ErrorBoundary what="your recent applications"><RecentApplications /></ErrorBoundary>
          <ErrorBoundary what="the backup reminder"><BackupReminder /></ErrorBoundary>
        </>
      ) : null}
    </main>
  );
}

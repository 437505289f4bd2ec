performance.mark('ajar:script-start');
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { onPromptsMayHaveChanged } from '../../utils/db/changes';
import { sendMessage } from '../../utils/messages';
import '../../components/common/theme.css';
import '../../components/dashboard/dashboard.css';

// This page writes the database directly; the background only needs to hear that its alarm may be stale.
onPromptsMayHaveChanged(() => {
  sendMessage('promptsChanged', undefined).catch(() => {
    // The background re-arms from the database whenever it wakes, so a missed nudge is harmless.
  });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);

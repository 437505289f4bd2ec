performance.mark('ajar:script-start');
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { wireExtensionPage } from '../../utils/page-wiring';
import '../../components/common/theme.css';
import '../../components/dashboard/dashboard.css';

wireExtensionPage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);

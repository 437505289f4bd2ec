performance.mark('ajar:script-start');
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { wireExtensionPage } from '../../utils/page-wiring';
import { db } from '../../utils/db/database';
import '../../components/popup/popup.css';

// Opening the database overlaps React's first render instead of following it: today's list reads right away.
void db.open().catch(() => {
  // The list's own read reports a database that cannot open.
});
wireExtensionPage();
createRoot(document.getElementById('root')!).render(<PopupApp />);

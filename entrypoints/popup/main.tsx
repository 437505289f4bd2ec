performance.mark('ajar:script-start');
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { wireExtensionPage } from '@/utils/page-wiring';
import '@/components/popup/popup.css';

wireExtensionPage();
createRoot(document.getElementById('root')!).render(<PopupApp />);

import { extractPage } from '../utils/capture/extract';

// Injected by the popup's "Save this page" (activeTab + scripting) on sites without the in-page chip;
// its return value travels back to the popup as plain data.
export default defineUnlistedScript(() => extractPage(document, location.href));

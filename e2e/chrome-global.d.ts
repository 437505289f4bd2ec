// Code that tests evaluate inside Ajar's pages and worker calls the browser's own `chrome` global.
declare const chrome: typeof import('wxt/browser').browser;

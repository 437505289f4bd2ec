// Loaded first in every instrumented page (see instrument() in ../browser.ts). Sets window.__benchReady to
// the end, in ms since navigation start, of the first frame in which the page's ready selector matches,
// and offers window.__benchWatch(selector, done, text) for later moments (a search, a status line).
(() => {
  // rAF runs just before a frame is painted; a message posted from it is handled right after that frame,
  // so the time read there is the end of the first frame that shows the content.
  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  window.__benchWatch = (wanted, done, text) => {
    const found = () => {
      const element = document.querySelector(wanted);
      if (element === null || text === undefined) return element !== null;
      const shown = (element.textContent ?? '').trim();
      // "…*" means "starts with"; otherwise the whole text must match (so "12 of" never passes for "112 of").
      return text.endsWith('*') ? shown.startsWith(text.slice(0, -1)) : shown === text;
    };
    if (found()) return afterFrame(done);
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      afterFrame(done);
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  };
  // Times one interaction: from the first (or, with `last`, the latest) `type` event to the end of the
  // first frame in which `wanted` shows `text`. Results in __benchStart and __benchDone.
  window.__benchTimeFrom = (type, wanted, text, last) => {
    window.__benchStart = undefined;
    window.__benchDone = undefined;
    const listener = () => {
      if (last || window.__benchStart === undefined) window.__benchStart = performance.now();
    };
    document.addEventListener(type, listener, { capture: true });
    window.__benchWatch(wanted, (t) => {
      window.__benchDone = t;
      document.removeEventListener(type, listener, { capture: true });
    }, text);
  };
  // A view of the dashboard other than the pipeline is named with its hash ("/options.html#/insights").
  const selector = window.__benchSelectors[location.pathname + location.hash] ?? window.__benchSelectors[location.pathname];
  if (selector) window.__benchWatch(selector, (t) => (window.__benchReady = t));
})();

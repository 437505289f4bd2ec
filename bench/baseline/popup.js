// The naive popup: read the whole pipeline (one array in chrome.storage.local), work out what is due this
// week by walking every application's history, render the first few. What Ajar's design replaces.
performance.mark('ajar:script-start');
const DAY = 86_400_000;

chrome.storage.local.get('pipeline').then(({ pipeline = [] }) => {
  const now = Date.now();
  const weekEnd = now + 7 * DAY;
  const due = [];
  for (const application of pipeline) {
    if (application.stage !== 'applied' && application.stage !== 'interviewing') continue;
    const history = [...application.events].sort((a, b) => a.at.localeCompare(b.at));
    const last = history[history.length - 1];
    if (!last) continue;
    const dueAt = Date.parse(last.at) + 7 * DAY;
    const decided = application.reminders.some((reminder) => reminder.eventId === last.id && reminder.status !== 'snoozed');
    if (!decided && dueAt <= weekEnd) due.push({ application, dueAt });
  }
  due.sort((a, b) => a.dueAt - b.dueAt);
  const list = document.getElementById('today');
  for (const { application, dueAt } of due.slice(0, 6)) {
    const item = document.createElement('li');
    item.textContent = `Follow up with ${application.company} (${application.title}) · ${new Date(dueAt).toLocaleDateString()}`;
    list.append(item);
  }
  document.getElementById('more').textContent = due.length > 6 ? `${due.length - 6} more` : 'Nothing else due.';
  list.dataset.ready = 'true';
});

// The naive dashboard: read the whole pipeline from chrome.storage.local, render every row, and filter
// and re-render everything in memory on each keystroke.
performance.mark('ajar:script-start');

chrome.storage.local.get('pipeline').then(({ pipeline = [] }) => {
  const rows = document.getElementById('rows');
  const status = document.getElementById('status');
  const search = document.getElementById('pipeline-search');
  const sorted = [...pipeline].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const render = (list) => {
    rows.replaceChildren();
    for (const application of list) {
      const row = document.createElement('tr');
      for (const text of [application.company, application.title, application.stage, application.source, application.location, new Date(application.updatedAt).toLocaleDateString()]) {
        const cell = document.createElement('td');
        cell.textContent = text ?? '';
        row.append(cell);
      }
      rows.append(row);
    }
    if (list.length === 0) rows.dataset.empty = 'true';
    status.textContent = `${list.length} of ${sorted.length} applications`;
  };
  search.addEventListener('input', () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    render(sorted.filter((a) => words.every((word) => `${a.company}\n${a.title}\n${a.location}\n${a.source}`.toLowerCase().includes(word))));
  });
  render(sorted);
});

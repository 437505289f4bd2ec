import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { readAllApplications, readCounts, readFirstPage, readTablePage } from '../../utils/db/queries/pipeline';
import { db } from '../../utils/db/database';
import { updateSettings } from '../../utils/db/repository';
import { CLOSED_STAGES, STAGES, type Application } from '../../utils/model/application';

const COUNT = 2_000;
/** Full application records handed to the page so far (values, not keys or counts). */
let recordsRead = 0;

/** Counts every application record a read returns, whichever way Dexie reads it (getAll or cursor). */
const countApplicationReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-application-reads',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'applications') return table;
      const counted: DBCoreTable = {
        ...table,
        async get(request) {
          const value = await table.get(request);
          if (value) recordsRead += 1;
          return value;
        },
        async getMany(request) {
          const values = await table.getMany(request);
          recordsRead += values.filter(Boolean).length;
          return values;
        },
        async query(request) {
          const response = await table.query(request);
          if (request.values) recordsRead += response.result.length;
          return response;
        },
        async openCursor(request) {
          const cursor = await table.openCursor(request);
          if (cursor && request.values) {
            const start = cursor.start.bind(cursor);
            cursor.start = (onNext) => start(() => {
              recordsRead += 1;
              onNext();
            });
          }
          return cursor;
        },
      };
      return counted;
    },
  }),
};

function application(index: number): Application {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return {
    id: `app-${String(index).padStart(5, '0')}`, company: `Company ${index % 300}`, title: `Engineer ${index}`,
    stage: STAGES[index % STAGES.length], source: ['greenhouse', 'lever'][index % 2], location: 'Berlin',
    description: 'A long posting. '.repeat(30), createdAt: at, updatedAt: at,
  };
}

beforeAll(async () => {
  db.close();
  db.use(countApplicationReads);
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC', onboarded: true });
  await db.applications.bulkAdd(Array.from({ length: COUNT }, (_, index) => application(index)));
});
afterAll(async () => {
  db.close();
  db.unuse({ stack: 'dbcore', name: 'count-application-reads' });
  await db.open();
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
  recordsRead = 0;
});

describe('the pipeline’s first screen reads a bounded number of records, whatever the pipeline’s size', () => {
  test('the board: each column its newest cards only, then counts from the stage index (no records)', async () => {
    const page = await readFirstPage({ mode: 'board', stages: STAGES, wanted: () => 12, hideClosed: false });
    expect(recordsRead).toBeLessThanOrEqual(STAGES.length * 12);
    const saved = page.columns.get('saved')!;
    // Saved holds every eighth application; the newest is the last one added. A full page is not counted yet.
    expect(saved.rows.map((row) => row.id).slice(0, 2)).toEqual(['app-01992', 'app-01984']);
    expect(saved).toMatchObject({ total: null });
    expect(page.total).toBeNull();

    recordsRead = 0;
    const counts = await readCounts(saved.rows.map((row) => row.id));
    expect(recordsRead).toBe(0);
    expect(counts.total).toBe(COUNT);
    expect(counts.byStage.get('saved')).toBe(COUNT / STAGES.length);
  });

  test('a short page is its whole list: a small pipeline needs no count to show its columns or its emptiness', async () => {
    const page = await readFirstPage({ mode: 'board', stages: STAGES, wanted: () => COUNT, hideClosed: false });
    expect(page.total).toBe(COUNT);
    expect(page.columns.get('offer')).toMatchObject({ total: COUNT / STAGES.length });
  });

  test('the table: its first page by last activity, with or without the closed stages', async () => {
    const page = await readTablePage(30, false);
    expect(page.rows.map((row) => row.id).slice(0, 2)).toEqual(['app-01999', 'app-01998']);
    expect(recordsRead).toBeLessThanOrEqual(30);

    recordsRead = 0;
    const open = await readTablePage(30, true);
    expect(open.rows).toHaveLength(30);
    expect(open.rows.every((row) => !CLOSED_STAGES.includes(row.stage))).toBe(true);
    // One page from each stage still shown, never the closed ones.
    expect(recordsRead).toBeLessThanOrEqual(30 * (STAGES.length - CLOSED_STAGES.length));
  });

  test('every record is read in chunks, in id order, for the search', async () => {
    const all = await readAllApplications(300);
    expect(all).toHaveLength(COUNT);
    const ids = all.map((app) => app.id);
    expect(ids).toEqual(ids.toSorted());
  });

  test('the board is on screen before the rest of the pipeline is read; then search works over all of it', async () => {
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    onTestFinished(() => {
      if (height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', height);
    });
    // React commits the first cards in one go; this notes how much had been read at that moment.
    let readAtFirstCard: number | null = null;
    const observer = new MutationObserver(() => {
      if (readAtFirstCard === null && document.querySelector('.board-slot')) readAtFirstCard = recordsRead;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    onTestFinished(() => observer.disconnect());

    window.location.hash = '#/pipeline';
    render(<Dashboard />);
    expect(await screen.findByRole('heading', { name: /^Saved 250/ })).toBeTruthy();
    await screen.findAllByRole('article');
    expect(readAtFirstCard).not.toBeNull();
    expect(readAtFirstCard!).toBeLessThanOrEqual(STAGES.length * 12);

    expect(await screen.findByText(`${COUNT} of ${COUNT} applications`, {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search applications'), { target: { value: 'engineer 1999' } });
    expect(await screen.findByText(`1 of ${COUNT} applications`)).toBeTruthy();
  });
});

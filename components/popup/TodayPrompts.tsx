import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { endOfDay, endOfWeek } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { getSettings } from '../../utils/db/queries/settings';
import { closingPage, dueCountUpTo, duePage, type LivePrompt } from '../../utils/db/queries/due-prompts';
import { searchOutcome } from '../../utils/db/queries/search-state';
import { leftToCloseLine, searchDoneLine } from '../../utils/followups/search-wording';
import { cappedLabel } from '../../utils/db/count-up-to';
import { loadPromptContexts } from '../../utils/db/queries/prompt-context';
import { PromptRow } from './PromptRow';

// Enough to act on in one sitting; the dashboard's Today view holds the rest.
const SHOWN = 4;
// "N more" is counted this far and no further: past it, the exact number helps nobody decide anything.
const COUNTED = 100;

/** Today's prompts first (late ones are simply "now"), then the rest of this week. */
export function TodayPrompts({ onShown }: { onShown?: () => void }) {
  const data = useLiveQuery(async () => {
    const now = new Date();
    const settings = await getSettings();
    const outcome = await searchOutcome();
    if (outcome.kind === 'done') {
      // The search is over: only what is left to close, under one warm line.
      const closing = await closingPage(COUNTED, now, settings);
      return { done: { ...outcome, closing, contexts: await loadPromptContexts(closing.slice(0, SHOWN)) }, now, settings };
    }
    const local = new TZDate(now.getTime(), settings.timeZone);
    const todayEnd = endOfDay(local);
    const weekEnd = endOfWeek(local, { weekStartsOn: 1 });
    const prompts = await duePage(new Date(weekEnd.getTime()), SHOWN, now, settings);
    const contexts = await loadPromptContexts(prompts);
    return { prompts, contexts, todayEnd: todayEnd.getTime(), weekEnd: weekEnd.getTime(), now, settings };
  }, []);
  // The length of the list is only for "N more": it comes after the lines that matter, and is capped.
  const weekEnd = data?.weekEnd;
  const total = useLiveQuery(() => (weekEnd !== undefined ? dueCountUpTo(new Date(weekEnd), COUNTED + SHOWN) : undefined), [weekEnd]);

  const loaded = data !== undefined;
  useEffect(() => {
    if (loaded) onShown?.();
  }, [loaded, onShown]);

  if (!data) return <section className="today" aria-busy="true" aria-label="Today" />;
  if (data.done) return <SearchDone done={data.done} now={data.now} settings={data.settings} />;
  const { prompts, contexts, todayEnd, now, settings } = data;
  const today = prompts.filter((prompt) => Date.parse(prompt.dueAt) <= todayEnd);
  const week = prompts.filter((prompt) => Date.parse(prompt.dueAt) > todayEnd);
  const visible = (list: LivePrompt[], room: number) => list.slice(0, Math.max(0, room));
  const todayShown = visible(today, SHOWN);
  const weekShown = visible(week, SHOWN - todayShown.length);
  const hidden = (total ?? 0) - todayShown.length - weekShown.length;

  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {today.length === 0 ? <p className="calm">Nothing due today. Save a job from any posting page to start, or enjoy the quiet.</p> : null}
      <ul className="prompt-list" data-testid="today-prompts">
        {todayShown.map((prompt) => (
          <PromptRow key={prompt.id} prompt={prompt} context={contexts.get(prompt.id)} now={now} settings={settings} />
        ))}
      </ul>
      {weekShown.length > 0 ? (
        <>
          <h3>Later this week</h3>
          <ul className="prompt-list" data-testid="week-prompts">
            {weekShown.map((prompt) => (
              <PromptRow key={prompt.id} prompt={prompt} context={contexts.get(prompt.id)} now={now} settings={settings} />
            ))}
          </ul>
        </>
      ) : null}
      {hidden > 0 ? <p className="more">{cappedLabel(hidden, COUNTED)} more in the dashboard.</p> : null}
    </section>
  );
}

interface SearchDoneProps {
  done: { company: string; title: string; closing: LivePrompt[]; contexts: Awaited<ReturnType<typeof loadPromptContexts>> };
  now: Date;
  settings: Awaited<ReturnType<typeof getSettings>>;
}

/** After an acceptance: the search is done, said once and warmly, with only the notes left to send. */
function SearchDone({ done, now, settings }: SearchDoneProps) {
  const shown = done.closing.slice(0, SHOWN);
  const hidden = done.closing.length - shown.length;
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      <p className="calm" data-testid="search-done">{searchDoneLine(done.company, done.title)}</p>
      <p className="calm">{leftToCloseLine(done.closing.length)}</p>
      <ul className="prompt-list" data-testid="today-prompts">
        {shown.map((prompt) => (
          <PromptRow key={prompt.id} prompt={prompt} context={done.contexts.get(prompt.id)} now={now} settings={settings} />
        ))}
      </ul>
      {hidden > 0 ? <p className="more">{cappedLabel(hidden, COUNTED)} more in the dashboard.</p> : null}
    </section>
  );
}

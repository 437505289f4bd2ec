import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../common/EmptyState';
import { useNow } from '../../common/useNow';
import type { Settings } from '../../../utils/model/settings';
import { loadTodayPrompts } from '../../../utils/db/queries/prompts';
import { PromptCard } from '../prompts/PromptCard';
import { GROUP_ORDER, GROUP_TITLES, groupByDue } from './group-prompts';
import { leftToCloseLine, offerInHandLine, searchDoneLine } from '../../../utils/followups/search-wording';
import { routeHash } from '../../../utils/routes';

/** "What should I do today?": every pending next step, the most urgent first. */
export function TodayView({ settings }: { settings: Settings }) {
  const now = useNow();
  const list = useLiveQuery(() => loadTodayPrompts(now, settings), [now, settings]);
  if (!list) return <TodayFrame><p className="muted" aria-busy="true">Looking at what is due…</p></TodayFrame>;
  const groups = groupByDue(list.items, (item) => item.prompt.dueAt, now, settings.timeZone);
  const dueNow = (groups.get('earlier')?.length ?? 0) + (groups.get('today')?.length ?? 0);
  const outcome = list.outcome;
  return (
    <TodayFrame>
      {outcome?.kind === 'done' ? (
        <div className="search-done" data-testid="search-done">
          <p>{searchDoneLine(outcome.company, outcome.title)}</p>
          <p className="muted">{leftToCloseLine(list.items.length)}</p>
        </div>
      ) : null}
      {outcome?.kind === 'offer' ? <p className="muted" data-testid="offer-in-hand">{offerInHandLine(outcome.companies)}</p> : null}
      {dueNow === 0 && outcome?.kind !== 'done' ? (
        <EmptyState>
          {list.items.length === 0 ? 'Nothing due today. Save a job from any posting page to start.' : 'Nothing due today. What is coming up is below.'}
        </EmptyState>
      ) : null}
      {GROUP_ORDER.map((group) => {
        const items = groups.get(group) ?? [];
        if (items.length === 0) return null;
        const headingId = `group-${group}`;
        return (
          <section key={group} aria-labelledby={headingId} className="prompt-group">
            <h2 id={headingId}>{GROUP_TITLES[group]} <span className="muted">{items.length}</span></h2>
            <ul className="prompt-list">
              {items.map((item) => (
                <PromptCard key={item.prompt.id} item={item} settings={settings} now={now} activeCount={list.activeCount} showApplication />
              ))}
            </ul>
          </section>
        );
      })}
      {list.backlog ? <p className="muted">These are the first {list.items.length}. The rest follow as you settle these; no rush.</p> : null}
      {list.truncated && !list.backlog ? <p className="muted">Further reminders are months away; they will show here as they come closer.</p> : null}
    </TodayFrame>
  );
}

function TodayFrame({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">Today</h1>
      <p className="muted">News by email? <a href={routeHash({ view: 'log-email', application: null })}>Log it from the message</a>: paste it, or drop an .eml or an invite.</p>
      {children}
    </section>
  );
}

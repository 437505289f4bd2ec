import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../../common/EmptyState';
import { useNow } from '../../common/useNow';
import type { Settings } from '../../../utils/model/settings';
import { loadApplicationPrompts } from '../../../utils/db/queries/prompts';
import { PromptCard } from './PromptCard';

interface ApplicationPromptsProps {
  applicationId: string;
  openPrompt: string | null;
  settings: Settings;
  onReflect: (eventId: string | null) => void;
}

/** This application's pending next steps, with the same cards and drafts as Today. */
export function ApplicationPrompts({ applicationId, openPrompt, settings, onReflect }: ApplicationPromptsProps) {
  const now = useNow();
  const list = useLiveQuery(() => loadApplicationPrompts(applicationId, now, settings), [applicationId, now, settings]);
  // A reflection prompt opened from an address goes straight to the reflection form, once.
  const reflectionOpened = useRef(false);
  const reflectionTarget = list?.items.find((item) => item.prompt.id === openPrompt && item.prompt.kind === 'reflection');
  useEffect(() => {
    if (!reflectionTarget || reflectionOpened.current) return;
    reflectionOpened.current = true;
    onReflect(reflectionTarget.prompt.eventId);
  }, [reflectionTarget, onReflect]);
  if (!list) return null;
  const missing = openPrompt && !list.items.some((item) => item.prompt.id === openPrompt);
  return (
    <>
      {missing ? <p className="muted">That reminder is already taken care of.</p> : null}
      {list.items.length === 0 ? <EmptyState>Nothing pending here. Log what happens next and Ajar will suggest the follow-ups.</EmptyState> : (
        <ul className="prompt-list">
          {list.items.map((item) => (
            <PromptCard key={item.prompt.id} item={item} settings={settings} now={now} activeCount={list.activeCount}
              showApplication={false} startOpen={item.prompt.id === openPrompt && item.prompt.kind !== 'reflection'} onReflect={onReflect} />
          ))}
        </ul>
      )}
    </>
  );
}

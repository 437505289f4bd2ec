import { describe, expect, test } from 'vitest';
import { moveToStage } from '../../components/dashboard/pipeline/stage-move';
import { deriveStage } from '../../utils/model/stage';
import { STAGES, type AppEvent } from '../../utils/model/application';

describe('moving a card on the board', () => {
  test('each column records the event the timeline would have', () => {
    expect(moveToStage('saved', 'applied')).toEqual({ kind: 'event', type: 'applied' });
    expect(moveToStage('applied', 'offer')).toEqual({ kind: 'event', type: 'offer' });
    expect(moveToStage('interviewing', 'rejected')).toEqual({ kind: 'event', type: 'rejected' });
    expect(moveToStage('offer', 'accepted')).toEqual({ kind: 'event', type: 'accepted' });
    expect(moveToStage('applied', 'withdrawn')).toEqual({ kind: 'event', type: 'withdrawn' });
  });

  test('interviewing asks for the interview itself; no-response and saved carry an explicit stage', () => {
    expect(moveToStage('applied', 'interviewing')).toEqual({ kind: 'interview-form' });
    expect(moveToStage('applied', 'no-response')).toMatchObject({ kind: 'event', type: 'note', stage: 'no-response' });
    expect(moveToStage('applied', 'saved')).toMatchObject({ kind: 'event', type: 'note', stage: 'saved' });
    expect(moveToStage('offer', 'offer')).toEqual({ kind: 'none' });
  });

  test('whatever the move, the logged event lands the application in the column it was dropped on', () => {
    const base: AppEvent = { id: 'e0', applicationId: 'a', type: 'applied', at: '2026-03-01T10:00:00Z', createdAt: '2026-03-01T10:00:00Z' };
    for (const from of STAGES) {
      for (const to of STAGES) {
        const move = moveToStage(from, to);
        if (move.kind !== 'event') continue;
        const logged: AppEvent = { id: 'e1', applicationId: 'a', type: move.type, stage: move.stage ?? null, at: '2026-03-02T10:00:00Z', createdAt: '2026-03-02T10:00:00Z' };
        expect(deriveStage([base, logged]), `${from} → ${to}`).toBe(to);
      }
    }
  });
});

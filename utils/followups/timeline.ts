import type { AppEvent, EventType } from '../model/application';

/** An event with its time parsed once. */
export interface TimedEvent {
  event: AppEvent;
  at: number;
}

/** Event types that mean the employer moved: they end a wait for an answer (A2, A3). */
export const EMPLOYER_SIDE: readonly EventType[] = ['response', 'interview', 'rejected', 'offer'];

const EMPTY: readonly TimedEvent[] = [];

/**
 * One application's events in time order, grouped by type. Built in one pass so that every rule can
 * ask its question without rescanning or re-parsing dates.
 */
export class Timeline {
  private readonly byType = new Map<EventType, TimedEvent[]>();

  constructor(events: readonly AppEvent[]) {
    const timed: TimedEvent[] = [];
    for (const event of events) {
      const at = Date.parse(event.at);
      // An event without a readable time cannot be placed before or after anything; it drives nothing.
      if (!Number.isNaN(at)) timed.push({ event, at });
    }
    timed.sort((a, b) => a.at - b.at || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
    for (const item of timed) {
      const list = this.byType.get(item.event.type);
      if (list) list.push(item);
      else this.byType.set(item.event.type, [item]);
    }
  }

  /** Events of one type, oldest first. */
  of(type: EventType): readonly TimedEvent[] {
    return this.byType.get(type) ?? EMPTY;
  }

  last(type: EventType): TimedEvent | undefined {
    const list = this.byType.get(type);
    return list?.[list.length - 1];
  }

  /** Events of one type strictly after a time, oldest first. */
  after(type: EventType, time: number): readonly TimedEvent[] {
    const list = this.of(type);
    let index = list.length;
    while (index > 0 && list[index - 1].at > time) index -= 1;
    return index === 0 ? list : list.slice(index);
  }

  /** Whether any event of one type is strictly after a time and passes the test. */
  hasAfter(type: EventType, time: number, test?: (event: AppEvent) => boolean): boolean {
    const list = this.of(type);
    for (let index = list.length - 1; index >= 0 && list[index].at > time; index -= 1) {
      if (!test || test(list[index].event)) return true;
    }
    return false;
  }

  /** Whether the employer did anything after a time. */
  employerMovedAfter(time: number): boolean {
    return EMPLOYER_SIDE.some((type) => (this.last(type)?.at ?? -Infinity) > time);
  }
}

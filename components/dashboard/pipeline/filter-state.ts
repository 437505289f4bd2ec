import type { Stage } from '../../../utils/model/application';
import { instantOf } from '../../common/dates';
import { startOfLocalDay } from '../../../utils/local-day';
import type { RowFilters } from './filter-rows';

/** What the filter controls hold, as the user typed it. */
export interface FilterControls {
  query: string;
  stage: Stage | '';
  source: string;
  onlyWithPrompts: boolean;
  /** "yyyy-MM-dd" or '' */
  from: string;
  to: string;
}

export const EMPTY_CONTROLS: FilterControls = { query: '', stage: '', source: '', onlyWithPrompts: false, from: '', to: '' };

/** Turns the controls into filters; the date range covers whole local days in the user's time zone. */
export function toRowFilters(controls: FilterControls, hideClosed: boolean, timeZone: string): RowFilters {
  const from = controls.from ? instantOf(controls.from, '00:00', timeZone) : null;
  const to = controls.to ? instantOf(controls.to, '00:00', timeZone) : null;
  return {
    query: controls.query,
    stages: controls.stage ? [controls.stage] : [],
    source: controls.source,
    onlyWithPrompts: controls.onlyWithPrompts,
    fromMs: from ? from.getTime() : null,
    toMs: to ? startOfLocalDay(to.getTime(), timeZone, 1) : null,
    hideClosed,
  };
}

export function hasFilters(controls: FilterControls): boolean {
  return Object.entries(controls).some(([, value]) => value !== '' && value !== false);
}

import type { PromptKind } from './prompts';

// The user's settings: what the follow-up engine computes with, what drafts are signed with, and the choices
// the dashboard remembers. A setting added in a later version gets its value from defaultSettings().

export interface Settings {
  timeZone: string;
  /** Name and signature used in drafts. */
  name: string;
  signature: string;
  pipelineTarget: number;
  interviewLengthMinutes: number;
  thankYouDelayMinutes: number;
  followUpBusinessDays: number;
  maxFollowUps: number;
  closeOutBusinessDays: number;
  postInterviewFollowUpBusinessDays: number;
  afterDecisionDateBusinessDays: number;
  feedbackRequestBusinessDays: number;
  keepInTouchDays: number[];
  referencesBusinessDaysBefore: number;
  prepHourLocal: number;
  reflectionAfterInterviewHours: number;
  reflectionAfterRejectionDays: number;
  /** Local hour (0–23) of the follow-up that comes just after an employer's decision date. */
  decisionFollowUpHourLocal: number;
  /** Day of the week (0 Sunday … 6 Saturday) and local hour of the weekly pipeline-health nudge. */
  pipelineNudgeWeekday: number;
  pipelineNudgeHourLocal: number;
  /** "HH:mm" local. */
  quietHoursStart: string;
  quietHoursEnd: string;
  notificationsPerDay: number;
  backupReminderWeeks: number;
  /** Draft templates by prompt kind; placeholders like {name}. Missing kinds use the built-in ones. */
  templates: Partial<Record<PromptKind, string>>;
  /** First-run welcome finished. */
  onboarded: boolean;
  lastBackupAt: string | null;
  /** Insights: skill gap (lower-cased) → when the user ticked it off as worked on. */
  upskilling?: Record<string, string>;
  /** Pipeline: hide rejected and closed applications. */
  hideClosed?: boolean;
}

/** Whether the browser knows a time zone by this name ("Europe/Berlin"). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function defaultSettings(): Settings {
  return {
    timeZone: systemTimeZone(),
    name: '',
    signature: '',
    pipelineTarget: 5,
    interviewLengthMinutes: 60,
    thankYouDelayMinutes: 60,
    followUpBusinessDays: 7,
    maxFollowUps: 2,
    closeOutBusinessDays: 10,
    postInterviewFollowUpBusinessDays: 5,
    afterDecisionDateBusinessDays: 1,
    feedbackRequestBusinessDays: 1,
    keepInTouchDays: [90, 180],
    referencesBusinessDaysBefore: 2,
    prepHourLocal: 9,
    reflectionAfterInterviewHours: 3,
    reflectionAfterRejectionDays: 1,
    decisionFollowUpHourLocal: 9,
    pipelineNudgeWeekday: 1,
    pipelineNudgeHourLocal: 9,
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
    notificationsPerDay: 3,
    backupReminderWeeks: 4,
    templates: {},
    onboarded: false,
    lastBackupAt: null,
  };
}

/** The user's settings over the defaults, so a setting added in a later version has a value. */
export function mergeSettings(stored: Partial<Settings> | undefined | null): Settings {
  const merged = { ...defaultSettings(), ...stored } as Settings & { key?: string };
  delete merged.key;
  return merged;
}

/** Setting names the follow-up engine reads; changing one means every pending prompt is re-derived. */
export const ENGINE_SETTINGS: readonly (keyof Settings)[] = [
  'timeZone', 'interviewLengthMinutes', 'thankYouDelayMinutes', 'followUpBusinessDays', 'maxFollowUps',
  'closeOutBusinessDays', 'postInterviewFollowUpBusinessDays', 'afterDecisionDateBusinessDays',
  'feedbackRequestBusinessDays', 'keepInTouchDays', 'referencesBusinessDaysBefore', 'prepHourLocal',
  'reflectionAfterInterviewHours', 'reflectionAfterRejectionDays', 'quietHoursStart', 'quietHoursEnd',
];

/** Whether two versions of the settings would plan different prompts (only the engine's settings count). */
export function planSettingsDiffer(a: Settings, b: Settings): boolean {
  return ENGINE_SETTINGS.some((name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]));
}

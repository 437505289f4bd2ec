import type { Settings } from '../../../utils/model/settings';

type NumberSetting = { [K in keyof Settings]-?: Settings[K] extends number ? K : never }[keyof Settings];

export interface NumberField {
  key: NumberSetting;
  label: string;
  hint: string;
  min: number;
  max: number;
}

/** Every number the follow-up engine reads, grouped the way people think about them. */
export const CADENCE_GROUPS: readonly { title: string; fields: readonly NumberField[] }[] = [
  {
    title: 'After applying',
    fields: [
      { key: 'followUpBusinessDays', label: 'First follow-up after (business days)', hint: 'Silence is common; a short nudge often gets an answer.', min: 1, max: 60 },
      { key: 'maxFollowUps', label: 'Follow-ups before suggesting to close', hint: 'Two is polite; more rarely helps.', min: 0, max: 5 },
      { key: 'closeOutBusinessDays', label: 'Suggest "no response" after (business days)', hint: 'Counted from the last follow-up.', min: 1, max: 90 },
    ],
  },
  {
    title: 'Around interviews',
    fields: [
      { key: 'interviewLengthMinutes', label: 'Usual interview length (minutes)', hint: 'Used when an interview has no length of its own.', min: 5, max: 480 },
      { key: 'thankYouDelayMinutes', label: 'Thank-you after the interview ends (minutes)', hint: 'Soon, while it is fresh for both of you.', min: 0, max: 1440 },
      { key: 'prepHourLocal', label: 'Prep reminder the day before, at (hour)', hint: '0–23, your time.', min: 0, max: 23 },
      { key: 'referencesBusinessDaysBefore', label: 'Brief references before a final round (business days)', hint: 'So they are ready when called.', min: 0, max: 10 },
      { key: 'reflectionAfterInterviewHours', label: 'Reflection after an interview (hours)', hint: 'Two minutes while it is fresh.', min: 0, max: 72 },
      { key: 'postInterviewFollowUpBusinessDays', label: 'Follow up after an interview (business days)', hint: 'When they named no decision date.', min: 1, max: 30 },
      { key: 'afterDecisionDateBusinessDays', label: 'Follow up after their decision date (business days)', hint: 'Just after it, never before.', min: 0, max: 10 },
      { key: 'decisionFollowUpHourLocal', label: 'That follow-up at (hour)', hint: '0–23, your time.', min: 0, max: 23 },
    ],
  },
  {
    title: 'After a rejection',
    fields: [
      { key: 'feedbackRequestBusinessDays', label: 'Ask for feedback after (business days)', hint: 'Short and polite, after at least one interview.', min: 0, max: 10 },
      { key: 'reflectionAfterRejectionDays', label: 'Reflection after (days)', hint: 'A little distance helps.', min: 0, max: 14 },
    ],
  },
  {
    title: 'Pipeline and reminders',
    fields: [
      { key: 'pipelineTarget', label: 'Applications to keep in play', hint: 'A weekly nudge when fewer are active.', min: 1, max: 50 },
      { key: 'pipelineNudgeHourLocal', label: 'Weekly pipeline nudge at (hour)', hint: '0–23, your time.', min: 0, max: 23 },
      { key: 'notificationsPerDay', label: 'Notifications per day, at most', hint: 'Everything else waits quietly in the popup.', min: 0, max: 20 },
      { key: 'backupReminderWeeks', label: 'Backup reminder every (weeks)', hint: 'Your data lives only in this browser.', min: 1, max: 52 },
    ],
  },
];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "90, 180" → [90, 180]; null when any part is not a whole number of days. */
export function parseDayList(text: string): number[] | null {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  const days = parts.map(Number);
  if (parts.length === 0 || days.some((day) => !Number.isInteger(day) || day < 1)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The IANA zones the browser knows, with the current one kept even if the list lacks it. */
export function timeZoneOptions(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

import { JOB_BOARD_MATCHES } from '../capture/boards';

/** The boards' match patterns over https only: a page served over plain http could be anyone's. */
export function httpsOnly(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace(/^(\*|https?):\/\//, 'https://')))];
}

export const CHIP_MATCHES = httpsOnly(JOB_BOARD_MATCHES);

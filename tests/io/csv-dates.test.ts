import { describe, expect, test } from 'vitest';
import { detectDayOrder, parseCalendarDate } from '../../utils/io/csv-import/dates';

describe('reading dates from a spreadsheet', () => {
  test('common forms all land on the same day', () => {
    for (const text of ['2026-03-14', '2026/03/14', '3/14/2026', 'Mar 14, 2026', 'March 14 2026', '14 Mar 2026', '14th March 2026', '2026-03-14T10:00:00Z', '2026-02-02 15:04:11'.replace('02-02', '03-14')]) {
      expect(parseCalendarDate(text, 'mdy'), text).toBe('2026-03-14');
    }
    expect(parseCalendarDate('14.03.2026', 'dmy')).toBe('2026-03-14');
    expect(parseCalendarDate('3/14/26', 'mdy')).toBe('2026-03-14');
  });

  test('a day that does not exist is refused, not rolled into March', () => {
    expect(parseCalendarDate('31/02/2026', 'dmy')).toBeNull();
    expect(parseCalendarDate('2/29/2026', 'mdy')).toBeNull();
    expect(parseCalendarDate('2/29/2028', 'mdy')).toBe('2028-02-29');
    expect(parseCalendarDate('Mayo 3, 2026', 'mdy')).toBeNull();
    expect(parseCalendarDate('13/13/2026', 'dmy')).toBeNull();
    expect(parseCalendarDate('soon', 'mdy')).toBeNull();
  });

  test('the order of day and month is decided per column from its values', () => {
    expect(detectDayOrder(['03/02/2026', '03/14/2026'])).toBe('mdy');
    expect(detectDayOrder(['03/02/2026', '14/03/2026'])).toBe('dmy');
    expect(detectDayOrder(['03.02.2026', '04.02.2026'])).toBe('dmy');
    expect(detectDayOrder(['03/02/2026', '04/02/2026'])).toBe('mdy');
    expect(detectDayOrder(['03/14/2026', '14/03/2026'])).toBeNull();
    expect(detectDayOrder(['', '2026-03-14'])).toBe('mdy');
  });
});

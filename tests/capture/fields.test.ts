import { describe, expect, it } from 'vitest';
import { parseDate } from '../../utils/capture/dates';
import { parseSalaryText } from '../../utils/capture/salary';
import { cleanBlock, cleanLine } from '../../utils/capture/text';
import { NOW } from './helpers';

describe('dates', () => {
  it.each([
    ['2024-10-18', '2024-10-18'],
    ['2023-09-11T15:35:08-04:00', '2023-09-11'],
    ['18 October 2024', '2024-10-18'],
    ['Oct 18, 2024', '2024-10-18'],
    ['18. oktober 2024', '2024-10-18'],
    ['3 days ago', '2024-11-17'],
    ['Posted 2 weeks ago', '2024-11-06'],
    ['30+ days ago', '2024-10-21'],
    ['Posted 30+ Days Ago', '2024-10-21'],
    ['5 months ago', '2024-06-20'],
    ['Posted 5d ago', '2024-11-15'],
    ['an hour ago', '2024-11-20'],
    ['today', '2024-11-20'],
    ['Just posted', '2024-11-20'],
    ['yesterday', '2024-11-19'],
    // Signed-in boards write the posted time in the reader's language.
    ['Ripubblicata: 3 giorni fa', '2024-11-17'],
    ['1 ora fa', '2024-11-20'],
    ['vor 2 Wochen', '2024-11-06'],
    ['Il y a 5 jours', '2024-11-15'],
    ['hace 1 mes', '2024-10-20'],
    ['há 3 dias', '2024-11-17'],
    ['2 weken geleden', '2024-11-06'],
    ['gestern', '2024-11-19'],
  ])('%s → %s', (text, want) => {
    expect(parseDate(text, NOW)).toBe(want);
  });

  it('rejects nonsense', () => {
    for (const s of ['', 'soon', '2024-13-40', 'February 31, 2024', 'ages ago']) expect(parseDate(s, NOW)).toBeNull();
  });
});

describe('salaries', () => {
  it.each([
    ['$120,000 – $150,000 a year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['£45k-£55k', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['€60.000 - €70.000 per year', { min: 60000, max: 70000, currency: 'EUR', period: 'year' }],
    ['$50/hr', { min: 50, max: 50, currency: 'USD', period: 'hour' }],
    ['$52.50 an hour', { min: 52.5, max: 52.5, currency: 'USD', period: 'hour' }],
    ['45-55k GBP', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['CA$90,000 to CA$110,000 annually', { min: 90000, max: 110000, currency: 'CAD', period: 'year' }],
    ['4.000 - 5.000 € per month', { min: 4000, max: 5000, currency: 'EUR', period: 'month' }],
  ])('%s', (text, want) => {
    expect(parseSalaryText(text)).toEqual(want);
  });

  it('needs a number, and a currency when reading free text', () => {
    expect(parseSalaryText('Competitive')).toBeNull();
    expect(parseSalaryText('3 days a week', true)).toBeNull();
  });
});

describe('text cleaning', () => {
  it('decodes entities, strips tags, collapses whitespace', () => {
    expect(cleanLine('  R&amp;D&nbsp;<b>Lead</b>\n\t(&#x27;Ops&#39;)  ')).toBe("R&D Lead ('Ops')");
    expect(cleanBlock('<p>One</p><p>Two<br>three</p>')).toBe('One\n\nTwo\nthree');
  });

  it('caps lengths without splitting characters', () => {
    expect(cleanLine('x'.repeat(1000))!.length).toBe(300);
    expect(cleanBlock('word '.repeat(10000))!.length).toBeLessThanOrEqual(20000);
  });
});

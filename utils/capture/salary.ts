import type { Salary } from './types';

// Prefixed dollar signs first: "A$" must not read as USD.
const SYMBOLS: Array<[RegExp, string]> = [
  [/\b(?:A|AU)\$/, 'AUD'], [/\b(?:C|CA)\$/, 'CAD'], [/\bNZ\$/, 'NZD'], [/\bHK\$/, 'HKD'], [/\bS\$/, 'SGD'],
  [/\bR\$/, 'BRL'], [/\$/, 'USD'], [/£/, 'GBP'], [/€/, 'EUR'], [/₹/, 'INR'], [/¥/, 'JPY'], [/₩/, 'KRW'],
  [/\bzł/i, 'PLN'],
];
const CODES = /\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|INR|JPY|SGD|PLN|HKD|BRL|MXN|ZAR|CZK|ILS)\b/;

const PERIODS: Array<[RegExp, string]> = [
  [/(\/|\bper\b|\ba\b|\ban\b|\beach\b)\s*(hour|hr|h)\b|\bhourly\b/i, 'hour'],
  [/(\/|\bper\b|\ba\b)\s*(day)\b|\bdaily\b/i, 'day'],
  [/(\/|\bper\b|\ba\b)\s*(week|wk)\b|\bweekly\b/i, 'week'],
  [/(\/|\bper\b|\ba\b)\s*(month|mo|mth)\b|\bmonthly\b|\bmåned/i, 'month'],
  [/(\/|\bper\b|\ba\b|\ban\b)\s*(year|yr|annum)\b|\bannual(ly)?\b|\bp\.?\s?a\.?(\s|$)|\byearly\b|\bårligt?\b/i, 'year'],
];

const UNIT_TEXT: Record<string, string> = {
  HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year', ANNUAL: 'year', YEARLY: 'year',
  HOURLY: 'hour', MONTHLY: 'month', WEEKLY: 'week', DAILY: 'day',
};

export function currencyOf(s: string): string | null {
  const code = CODES.exec(s);
  if (code) return code[1];
  for (const [re, c] of SYMBOLS) if (re.test(s)) return c;
  return null;
}

export function periodOf(s: string): string | null {
  for (const [re, p] of PERIODS) if (re.test(s)) return p;
  return null;
}

export function normalizePeriod(unit: unknown): string | null {
  if (typeof unit !== 'string') return null;
  return UNIT_TEXT[unit.trim().toUpperCase()] ?? periodOf(unit);
}

// 120,000 / 60.000 / 1 200 (thousands groups), 52.50 (decimals), 45k, 1.2M.
const NUM = /(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)\s*([kKmM])?(?![a-zA-Z])/g;

function toNumber(int: string, dec: string | undefined, mult: string | undefined): number {
  let n = parseFloat(int.replace(/[^\d]/g, '') + (dec ? '.' + dec : ''));
  if (mult === 'k' || mult === 'K') n *= 1000;
  if (mult === 'm' || mult === 'M') n *= 1_000_000;
  return Math.round(n * 100) / 100;
}

/** Annual-looking amounts get 'year' when the text names no period; small ones stay unknown. */
export function inferPeriod(max: number | null, given: string | null): string | null {
  if (given) return given;
  return max !== null && max >= 15000 ? 'year' : null;
}

/**
 * "$120,000 – $150,000 a year", "£45k-£55k", "€60.000 - €70.000 per year", "$50/hr".
 * `needCurrency` keeps free page text from turning stray numbers into a salary.
 */
export function parseSalaryText(text: unknown, needCurrency = false): Salary | null {
  if (typeof text !== 'string') return null;
  const s = text.slice(0, 300);
  const currency = currencyOf(s);
  if (needCurrency && !currency) return null;
  const nums: number[] = [];
  // A "k" on the upper bound only ("45-55k") applies to both ends.
  const raw: Array<[string, string | undefined, string | undefined]> = [];
  for (const m of s.matchAll(NUM)) {
    raw.push([m[1], m[2], m[3]]);
    if (raw.length === 2) break;
  }
  if (!raw.length) return null;
  const lastMult = raw[raw.length - 1][2];
  for (const [i, d, k] of raw) nums.push(toNumber(i, d, k ?? (raw.length === 2 ? lastMult : undefined)));
  if (raw.length === 2 && raw[0][2] === undefined && lastMult && nums[0] > nums[1]) nums[0] = toNumber(raw[0][0], raw[0][1], undefined);
  const ranged = raw.length === 2 && /\d\s*[kKmM]?\s*(-|–|—|to|til|bis|à)\s*\D{0,4}\d/.test(s);
  const min = nums[0];
  const max = ranged ? nums[1] : nums[0];
  if (!(min > 0) || !(max > 0)) return null;
  const [lo, hi] = min <= max ? [min, max] : [max, min];
  return { min: lo, max: hi, currency, period: inferPeriod(hi, periodOf(s)) };
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && isFinite(v)) return v;
  if (typeof v === 'string') {
    const p = parseSalaryText(v);
    return p ? p.min : null;
  }
  return null;
}

/** schema.org baseSalary: a number, a string, or MonetaryAmount{currency, value: QuantitativeValue}. */
export function salaryFromSchema(base: unknown, currencyHint?: unknown): Salary | null {
  if (base === null || base === undefined) return null;
  if (Array.isArray(base)) return salaryFromSchema(base[0], currencyHint);
  const hint = typeof currencyHint === 'string' ? currencyHint.trim().toUpperCase() || null : null;
  if (typeof base === 'number' || typeof base === 'string') {
    const n = num(base);
    if (n === null) return null;
    const fromText = typeof base === 'string' ? parseSalaryText(base) : null;
    const s = fromText ?? { min: n, max: n, currency: null, period: null };
    return { ...s, currency: s.currency ?? hint, period: inferPeriod(s.max, s.period) };
  }
  if (typeof base !== 'object') return null;
  const o = base as Record<string, unknown>;
  const currency = (typeof o.currency === 'string' && o.currency.trim().toUpperCase()) || hint;
  const v = o.value;
  let min: number | null = null;
  let max: number | null = null;
  let unit: unknown = o.unitText;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const q = v as Record<string, unknown>;
    min = num(q.minValue) ?? num(q.value);
    max = num(q.maxValue) ?? num(q.value) ?? min;
    unit = q.unitText ?? unit;
  } else {
    min = num(v) ?? num(o.minValue);
    max = num(o.maxValue) ?? min;
  }
  if (min === null && max === null) return null;
  if (min === null) min = max;
  return { min, max, currency: currency || null, period: inferPeriod(max, normalizePeriod(unit)) };
}

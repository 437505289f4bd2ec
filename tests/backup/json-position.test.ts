import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../utils/backup/json-position';
import { parseJsonText } from '../../utils/backup/limits';

// Each text has exactly one bad character, '#' or a stray letter; the offset must point at it.
const broken = [
  'company,title\nAcme,Engineer',
  '{"a": 1, "b": #}',
  `[${Array.from({ length: 40 }, (_, index) => index).join(',')},#,${Array.from({ length: 40 }, (_, index) => index).join(',')}]`,
  `[${Array.from({ length: 40 }, (_, index) => index).join(',')},#]`,
  '#',
  '{"ab":1}#',
];

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parsed');
}

describe('where JSON.parse gave up', () => {
  it.each(broken)('points at the bad character of %j', (text) => {
    const expected = text.startsWith('company') ? 0 : text.indexOf('#');
    expect(jsonErrorOffset(parseError(text), text)).toBe(expected);
  });

  it("reads Firefox's line and column", () => {
    expect(jsonErrorOffset('JSON.parse: unexpected character at line 2 column 3 of the JSON data', '{\n  #}')).toBe(4);
  });

  it('says a file that is not JSON at all is not JSON, not that it was cut off', () => {
    expect(() => parseJsonText('company,title\nAcme,Engineer')).toThrow(/not valid JSON at line 1, column 1/);
    expect(() => parseJsonText('{"format": "ajar-backup", "applications": [')).toThrow(/ends too early/);
  });
});

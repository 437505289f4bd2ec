import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, readExample } from './messages';
import { EXPECTED } from './messages-expected';

describe('reading the synthetic messages', () => {
  it('has an expectation for every example file, and there are at least 40', () => {
    const files = readdirSync(MESSAGES).filter((name) => name.startsWith('synthetic-'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${expected.kind}: ${expected.why} (${file})`, async () => {
      const read = await readExample(file, { timeZone: expected.timeZone });
      expect(read.kind).toBe(expected.kind);
      expect(read.company).toBe(expected.company);
      if (expected.title !== undefined) expect(read.title).toBe(expected.title);
      if (expected.kind === 'interview') {
        expect(read.at).toBe(expected.at);
        expect(read.durationMinutes).toBe(expected.durationMinutes);
      } else {
        expect(read.at).toBeNull();
        expect(read.durationMinutes).toBeNull();
      }
      if (expected.people) {
        expect(read.people.map((person) => person.name)).toEqual(expected.people.map((person) => person.name));
        expected.people.forEach((person, index) => {
          if (person.role !== undefined) expect(read.people[index].role).toBe(person.role);
          if (person.email !== undefined) expect(read.people[index].email).toBe(person.email);
        });
      }
      if (expected.kind === 'none') expect(read.people).toEqual([]);
    });
  }
});

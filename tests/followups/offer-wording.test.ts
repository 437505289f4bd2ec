import { describe, expect, test } from 'vitest';
import { eventForSentDraft, renderDraft, type DraftContext } from '../../utils/followups/drafts';
import { leftToCloseLine, offerInHandLine, searchDoneLine } from '../../utils/followups/search-wording';
import { promptTitle, summaryNotification, type WordingContext } from '../../utils/followups/wording';
import type { PromptKind } from '../../utils/model/prompts';
import { application, contact } from './fixtures';

// Tuesday 10 March 2026, 17:00 in New York.
const now = new Date('2026-03-10T21:00:00Z');
const acme = application('acme', 'offer', { offerRespondBy: '2026-03-13' });
const globex = application('globex', 'interviewing', { company: 'Globex', title: 'Analyst' });
const dana = contact('c-dana', 'Dana Kim', 'recruiter', ['globex']);
const sam = contact('c-sam', 'Sam Ortiz', 'reference', ['acme']);
const title = (kind: PromptKind, extra: Partial<WordingContext>) =>
  promptTitle({ kind, dueAt: '2026-03-10T13:00:00Z' }, { application: null, contact: null, event: null, now, timeZone: 'America/New_York', ...extra });
const draft = (kind: PromptKind, extra: Partial<DraftContext>) =>
  renderDraft(kind, { application: null, contact: null, event: null, settings: { name: 'Alex Rivera', signature: 'Best,\nAlex' }, timeZone: 'America/New_York', ...extra });

describe('offer titles (voice.md)', () => {
  test('the decision names the employer and its day', () => {
    expect(title('offer-decision', { application: acme })).toBe('Acme would like an answer by Friday: time to weigh the offer and ask for anything you need');
    expect(title('offer-decision', { application: { ...acme, offerRespondBy: '2026-03-10' } })).toMatch(/^Acme would like an answer today:/);
    expect(title('offer-decision', { application: { ...acme, offerRespondBy: '2026-03-11' } })).toMatch(/^Acme would like an answer by tomorrow:/);
  });

  test('leverage, withdraw and thanks name the person and the company', () => {
    expect(title('offer-leverage', { application: globex, contact: dana })).toBe('Let Dana at Globex know an offer has come in, and ask where they stand');
    expect(title('withdraw', { application: globex, contact: dana })).toBe("Let Dana at Globex know you've accepted another role: a warm note keeps the door open");
    expect(title('withdraw', { application: { ...globex, stage: 'offer' }, contact: null })).toBe("Let Globex know you're declining their offer: a warm note keeps the door open");
    expect(title('thank-references', { application: { ...acme, stage: 'accepted' }, contact: sam })).toBe('Tell Sam Ortiz you accepted the Acme offer, and thank them for vouching for you');
  });

  test('the summary names them plainly', () => {
    expect(summaryNotification([{ kind: 'withdraw' }, { kind: 'withdraw' }, { kind: 'thank-references' }])).toBe(
      'Three things came due while you were away: two applications to close kindly and a thank-you to a reference',
    );
  });
});

describe('offer drafts', () => {
  test('withdraw: accepted another role, thanks them, glad to stay in touch; no gloating, no "!"', () => {
    const body = draft('withdraw', { application: globex, contact: dana })!.body;
    expect(body).toMatch(/^Hi Dana,\n\nThank you for the time you and the team gave me for the Analyst role\. .*accepted another position/);
    expect(body).toContain("I'd be glad to stay in touch");
    expect(body).not.toMatch(/!|Acme|better|salary/i);
  });

  test('leverage asks where they stand without naming the other company', () => {
    const written = draft('offer-leverage', { application: globex, contact: dana })!;
    expect(written.body).toContain('received an offer from another company');
    expect(written.body).toContain('Analyst role at Globex');
    expect(written.body.split(/\s+/).length).toBeLessThan(90);
    expect(written.body).not.toContain('!');
  });

  test('thank-references tells them the outcome and thanks them', () => {
    const body = draft('thank-references', { application: { ...acme, stage: 'accepted' }, contact: sam })!.body;
    expect(body).toMatch(/^Hi Sam,\n\n.*accepted the Engineer role at Acme\. Thank you for vouching for me/);
    expect(body).not.toContain('!');
  });

  test('the decision itself is the user\'s: no draft', () => {
    expect(draft('offer-decision', { application: acme })).toBeNull();
  });

  test('"I sent it" records what settles each prompt', () => {
    expect(eventForSentDraft('offer-leverage')).toBe('follow-up-sent');
    expect(eventForSentDraft('withdraw')).toBe('withdrawn');
    expect(eventForSentDraft('thank-references')).toBe('references-briefed');
    expect(eventForSentDraft('offer-decision')).toBeNull();
  });
});

describe('where the search stands', () => {
  test('done, warmly and briefly', () => {
    expect(searchDoneLine('Acme', 'Engineer')).toBe('You accepted the Engineer role at Acme. Congratulations: your search is done.');
    expect(leftToCloseLine(3)).toBe('Three short notes left, to close the other doors kindly and thank the people who helped.');
    expect(leftToCloseLine(1)).toMatch(/^One short note left/);
    expect(leftToCloseLine(0)).toBe('Every other door is closed kindly. Enjoy the new role.');
  });

  test('an offer in hand explains why the nudge rests', () => {
    expect(offerInHandLine(['Acme'])).toBe("Acme's offer is in hand. No need to add applications while you decide.");
    expect(offerInHandLine(['Acme', 'Globex', 'Initech'])).toBe('Offers from Acme, Globex and Initech are in hand. No need to add applications while you decide.');
  });
});

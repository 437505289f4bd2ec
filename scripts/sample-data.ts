import type { BackupDocument } from '../utils/backup/schema';
import type { AppEvent, Application, Contact, Reflection, Stage } from '../utils/model/application';

// A believable job search, generated: the first look at Ajar (npm start) and the benchmark both use it.

const COMPANIES = ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Stark Logistics', 'Wayne Analytics', 'Vandelay Imports', 'Soylent Foods', 'Tyrell Systems', 'Cyberdyne Labs', 'Wonka Confections', 'Oscorp Energy', 'Nakatomi Trading', 'Gringotts Finance', 'Monarch Studios', 'Pied Piper', 'Aperture Science', 'Black Mesa', 'Massive Dynamic', 'Dunder Mifflin', 'Prestige Worldwide', 'Bluth Homes', 'Los Pollos Hermanos', 'Sterling Cooper'];
const TITLES = ['Software Engineer', 'Senior Backend Engineer', 'Product Designer', 'Data Analyst', 'Engineering Manager', 'Frontend Developer', 'Machine Learning Engineer', 'Site Reliability Engineer', 'Product Manager', 'QA Engineer', 'Mobile Developer', 'Data Engineer', 'Solutions Architect', 'Technical Writer', 'Security Engineer'];
const CITIES = ['Berlin', 'London', 'New York, NY', 'San Francisco, CA', 'Toronto', 'Remote', 'Amsterdam', 'Austin, TX', 'Copenhagen', 'Sydney'];
const SOURCES = ['linkedin', 'greenhouse', 'lever', 'workday', 'indeed', 'ashby', 'generic', 'manual'];
const PEOPLE = ['Dana Lee', 'Sam Rivera', 'Priya Natarajan', 'Tom Becker', 'Aisha Khan', 'Jonas Weber', 'Maria Rossi', 'Chen Wei', 'Lucía Gómez', 'Olu Adeyemi'];
const SENTENCES = [
  'You will design and build services that millions of people rely on every day.',
  'We are a small team that values clear writing, kind reviews and shipping often.',
  'Experience with TypeScript, PostgreSQL and cloud infrastructure is a plus.',
  'You will work closely with product and design to turn ideas into features.',
  'We offer flexible hours, a learning budget and a hybrid office.',
  'Own the reliability of our platform and help us scale to the next order of magnitude.',
  'Mentor other engineers and shape our technical roadmap.',
  'Comfortable with ambiguity, curious about users, and pragmatic about trade-offs.',
  'Our stack includes React, Node.js, Kubernetes and a healthy dose of SQL.',
  'Salary range depends on experience and location; equity is part of every offer.',
];

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

export interface SampleOptions {
  now: Date;
  applications: number;
  seed?: number;
  timeZone?: string;
  /** Pad each application's timeline with notes to about this many events (the benchmark uses 10). */
  eventsPerApplication?: number;
  /** Pad with the user's past decisions (done, dismissed, snoozed) to about this many reminders each (the benchmark uses 2). */
  remindersPerApplication?: number;
}

const NOTES = ['Spoke to a former employee; the team sounds kind.', 'Recruiter said the process takes about three weeks.', 'Updated my portfolio link before applying.', 'Prepared two stories about incident response.', 'Asked a friend for an intro to the hiring manager.', 'Salary band looks right; remote allowed two days a week.'];

/** A backup document holding `applications` applications (about 10 events and 2 reminders each at scale). */
export function sampleBackup({ now, applications: count, seed = 7, timeZone = 'UTC', eventsPerApplication, remindersPerApplication }: SampleOptions): BackupDocument {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const day = 86_400_000;
  const iso = (time: number) => new Date(time).toISOString();
  const applications: Application[] = [];
  const events: AppEvent[] = [];
  const contacts: Contact[] = [];
  const reflections: Reflection[] = [];
  const reminders: BackupDocument['reminders'] = [];
  let eventCount = 0;
  const event = (applicationId: string, type: AppEvent['type'], at: number, extra: Partial<AppEvent> = {}) => {
    const id = `e${++eventCount}`;
    events.push({ id, applicationId, type, at: iso(at), createdAt: iso(Math.min(at, now.getTime())), ...extra });
    return id;
  };

  for (let index = 0; index < count; index += 1) {
    const id = `a${index + 1}`;
    const company = count <= COMPANIES.length ? COMPANIES[index] : `${pick(COMPANIES)} ${index % 7 === 0 ? 'Group' : ''}`.trim();
    const title = pick(TITLES);
    // Recent applications are mostly live; older ones mostly settled, as in a real search.
    const ageDays = count <= 30 ? index * 3 + 1 : Math.floor(random() * 365);
    const savedAt = now.getTime() - ageDays * day - Math.floor(random() * 8) * 3_600_000;
    const description = Array.from({ length: 4 + Math.floor(random() * 5) }, () => pick(SENTENCES)).join(' ').slice(0, 700);
    const contactIds: string[] = [];
    const addContact = (role: Contact['role']) => {
      const contact: Contact = { id: `c${contacts.length + 1}`, name: pick(PEOPLE), role, email: null, applicationIds: [id], createdAt: iso(savedAt), updatedAt: iso(savedAt) };
      contacts.push(contact);
      contactIds.push(contact.id);
      return contact.id;
    };
    const firstEvent = events.length;
    const firstReminder = reminders.length;
    event(id, 'saved', savedAt);
    let stage: Stage = 'saved';
    const roll = random();
    if (roll > 0.2) {
      event(id, 'applied', savedAt + day);
      stage = 'applied';
      if (random() > 0.5) event(id, 'follow-up-sent', savedAt + 10 * day);
      if (roll > 0.45 && ageDays > 3) {
        const recruiter = addContact('recruiter');
        event(id, 'response', savedAt + 5 * day, { contactIds: [recruiter] });
        const interviewer = addContact('interviewer');
        const interviewAt = Math.min(savedAt + 9 * day, now.getTime() + 2 * day);
        const interviewId = event(id, 'interview', interviewAt, { durationMinutes: 45, contactIds: [interviewer], final: false });
        stage = 'interviewing';
        if (interviewAt < now.getTime()) event(id, 'thank-you-sent', interviewAt + 3 * 3_600_000, { contactIds: [interviewer] });
        if (roll > 0.7 && ageDays > 20) {
          const rejectedAt = savedAt + 16 * day;
          const rejectionId = event(id, 'rejected', rejectedAt);
          stage = 'rejected';
          addContact('hiring-manager');
          if (random() > 0.4) {
            reflections.push({ id: `r${reflections.length + 1}`, applicationId: id, eventId: rejectionId, wentWell: 'Clear stories about past projects.', doDifferently: 'Ask more about the team.', stickingPoints: [pick(['system design', 'salary talk', 'live coding'])], missingQualifications: [pick(['Kubernetes', 'people management', 'Go'])], outsideMyControl: random() > 0.6, tags: ['interview'], createdAt: iso(rejectedAt + day) });
            reminders.push({ id: `reflection:${id}:${interviewId}:-`, kind: 'reflection', applicationId: id, eventId: interviewId, contactId: null, status: 'done', decidedAt: iso(rejectedAt) });
          }
        } else if (roll > 0.95) {
          event(id, 'offer', savedAt + 20 * day);
          stage = 'offer';
        }
      } else if (ageDays > 60 && random() > 0.3) {
        event(id, 'note', savedAt + 45 * day, { stage: 'no-response', note: 'Closed after two follow-ups.' });
        stage = 'no-response';
      }
    }
    if (eventsPerApplication || remindersPerApplication) {
      padApplication(id, savedAt, firstEvent, firstReminder);
    }
    applications.push({
      id, company, title, stage,
      url: `https://jobs.example.com/${encodeURIComponent(company.toLowerCase().replace(/\s+/g, '-'))}/${index + 1}`,
      location: pick(CITIES), source: pick(SOURCES), description,
      notes: random() > 0.6 ? 'Referred by a former colleague; ask about the on-call rotation.' : null,
      createdAt: iso(savedAt), updatedAt: iso(savedAt + 5 * day),
    });
  }
  // Extra history for the benchmark's sizes: dated notes on the timeline and decisions the user made on
  // earlier prompts, so 10k applications carry ~100k events and ~20k reminders. Only runs when asked, so
  // the default sample (npm start) stays exactly as it was.
  function padApplication(id: string, savedAt: number, firstEvent: number, firstReminder: number) {
    const own = events.slice(firstEvent);
    const span = Math.max(now.getTime() - savedAt, 3_600_000);
    const wantEvents = eventsPerApplication ? eventsPerApplication - 1 + Math.floor(random() * 3) : 0;
    for (let n = own.length; n < wantEvents; n += 1) {
      const note: AppEvent = { id: `e${++eventCount}`, applicationId: id, type: 'note', at: iso(savedAt + Math.floor(random() * span)), createdAt: iso(savedAt), note: pick(NOTES) };
      events.push(note);
      own.push(note);
    }
    const have = reminders.length - firstReminder;
    const wantReminders = remindersPerApplication ? remindersPerApplication - 1 + Math.floor(random() * 3) : 0;
    const statuses = ['done', 'dismissed', 'snoozed'] as const;
    for (let n = have; n < wantReminders && n < own.length; n += 1) {
      const status = pick(statuses);
      const decided = Date.parse(own[n].at);
      reminders.push({ id: `follow-up:${id}:${own[n].id}:-`, kind: 'follow-up', applicationId: id, eventId: own[n].id, contactId: null, status,
        until: status === 'snoozed' ? iso(decided + 3 * day) : null, decidedAt: iso(decided) });
    }
  }
  return { format: 'ajar-backup', version: 1, exportedAt: now.toISOString(), settings: { timeZone, name: 'Alex', signature: 'Best,\nAlex', onboarded: true }, applications, contacts, events, reminders, reflections };
}

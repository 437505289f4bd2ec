import type { PromptKind } from '../model/prompts';

// Ajar's built-in drafts (A1, A2, A4, A5, A6, A9): short, warm, specific, easy to answer in two lines.
// A template is plain text; an optional first line "Subject: …" gives the subject. A user's own template
// in settings.templates uses the same shape and replaces the built-in one for its kind.

export const DEFAULT_TEMPLATES: Partial<Record<PromptKind, string>> = {
  'thank-you': `Subject: Thank you for the conversation about the {role} role

Hi {name},

Thank you for taking the time to talk with me on {interviewDate} about the {role} role. I enjoyed hearing more about the work at {company}, and our conversation made me even keener to join.

If anything else would help, I'm glad to send it.

{signature}`,

  'follow-up': `Subject: Following up on the {role} role

Hi {name},

I wanted to check in on the {role} role at {company}. I'm still very interested, and I'd be glad to share anything that helps with your decision.

Is there an update on the timeline?

Thank you,
{signature}`,

  'close-out': `Subject: The {role} role

Hi {name},

I haven't heard back about the {role} role, so I'll assume it has moved on. Thank you for considering me. If something else opens up at {company} that fits, I'd be glad to hear about it.

{signature}`,

  'feedback-request': `Subject: {role} — a quick question

Hi {name},

Thank you for letting me know, and for the time you gave me. If you have a minute, I'd be grateful for a line or two on what would have made me a stronger candidate.

I'd also welcome hearing about future roles at {company}.

{signature}`,

  'keep-in-touch': `Subject: Hello from {myName}

Hi {name},

It's been a while since we spoke about the {role} role at {company}, and I wanted to say hello. I've kept following the team's work. If a role opens that fits my background, I'd love to hear about it.

All the best,
{signature}`,

  references: `Subject: A heads-up: {company} may call you

Hi {name},

I'm in the final stages for the {role} role at {company} (next interview on {interviewDate}), and they may contact you for a reference in the next few days. Thank you again for vouching for me. I'm happy to send a short note on the role and what I'd love you to mention.

{signature}`,

  'offer-leverage': `Subject: The {role} role — a timing question

Hi {name},

I wanted to let you know that I've received an offer from another company and have been asked for an answer soon. I'm still very interested in the {role} role at {company}, so I'd like to hear where things stand before I decide.

Is there anything you could share about your timeline?

Thank you,
{signature}`,

  withdraw: `Subject: The {role} role

Hi {name},

Thank you for the time you and the team gave me for the {role} role. I wanted to let you know that I've accepted another position, so I'd like to withdraw from the process.

I enjoyed getting to know {company}, and I'd be glad to stay in touch.

All the best,
{signature}`,

  'thank-references': `Subject: Good news, and thank you

Hi {name},

I wanted you to hear it from me: I've accepted the {role} role at {company}. Thank you for vouching for me. It made a real difference, and I'm grateful.

If I can ever return the favour, please let me know.

{signature}`,
};

/** The subject a template without a "Subject:" line gets. */
export const DEFAULT_SUBJECT = '{role} at {company}';

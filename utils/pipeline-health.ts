import type { Application } from './model/application';

export interface PipelineHealth {
  active: number;
  target: number;
  /** A gentle line when the pipeline is thin or everything rides on one company (A9), else null. */
  note: string | null;
}

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** `active` is the live applications, or only their count when there are too many to be worth reading. */
export function pipelineHealth(active: readonly Pick<Application, 'company'>[] | number, target: number): PipelineHealth {
  const count = typeof active === 'number' ? active : active.length;
  const companies = typeof active === 'number' ? null : new Set(active.map((application) => application.company.trim().toLowerCase()));
  let note: string | null = null;
  if (count > 1 && companies?.size === 1 && typeof active !== 'number') {
    note = `Everything is with ${active[0].company} right now. A couple more applications elsewhere keep your options open.`;
  } else if (count < target) {
    const words = NUMBER_WORDS[count] ?? String(count);
    note = count === 0 ? 'Nothing in play yet. Saving a few postings is a good first step.' : `${words} ${count === 1 ? 'application' : 'applications'} in play. Adding a few more keeps your options open.`;
  }
  return { active: count, target, note };
}

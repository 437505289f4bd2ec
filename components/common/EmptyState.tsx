import type { ReactNode } from 'react';

/** What to show when a list is empty: always the next thing the user can do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

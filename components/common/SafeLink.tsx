import type { ReactNode } from 'react';
import { safeHttpUrl } from './safe-url';

/** An external link that renders as plain text when the address is not http(s). */
export function SafeLink({ href, children }: { href: string | null | undefined; children?: ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span>{children ?? href}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children ?? safe}
    </a>
  );
}

export interface Status {
  tone: 'info' | 'error';
  text: string;
}

/**
 * The panel's one spoken line: results and errors are announced by screen readers (aria-live) and
 * shown as plain text, whatever a file contained.
 */
export function StatusLine({ status, label }: { status: Status | null; label: string }) {
  return (
    <p className={status?.tone === 'error' ? 'error plain-text' : 'plain-text'} role="status" aria-live="polite" aria-label={label}>
      {status?.text ?? ''}
    </p>
  );
}

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What could not be shown, in the user's words: "this view", "today's follow-ups". */
  what: string;
  /** A new value (another view, another application) tries again. */
  resetKey?: string;
  /** Told once the part has failed, for a page whose other parts wait on this one. */
  onFailed?: () => void;
  children: ReactNode;
}

/**
 * Keeps one part of a page that meets data it cannot show (a record damaged by another tool, say) from
 * blanking everything: that part becomes one short line, and the rest of the page keeps working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Ajar could not show ${this.props.what}`, error, info.componentStack);
    this.props.onFailed?.();
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <p role="alert" className="empty">Ajar couldn't show {this.props.what}: some of the data it needs looks damaged. Everything else still works.</p>;
  }
}

import { Component, type ReactNode } from 'react';
import { translator } from '../i18n/i18n.ts';

interface State {
  error: Error | null;
}

/** Keeps a failing widget from taking the page down; offers a retry. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = translator('en');
    return (
      <div className="widget-error" role="alert">
        <p>{t('error.boundary', { message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, e.g. "this document". */
  what: string;
  children: ReactNode;
  /** Changing it clears the error (e.g. another document was selected). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  key: unknown;
}

/** Keeps one broken view from blanking the app; says what happened and what to do. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`duizhao: ${this.props.what} could not be shown`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="banner banner-error">
          <p>
            {this.props.what[0].toUpperCase() + this.props.what.slice(1)} could not be shown ({this.state.error.message}).
            Your stored work is safe: choose another document or reload the page.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}

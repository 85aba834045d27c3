"use client";
import { Component, type ReactNode } from "react";

type Props = {
  /** What shows instead of the part when its code did not load (a weak signal, say); `retry` renders it again. */
  failed: (retry: () => void) => ReactNode;
  children: ReactNode;
};

/**
 * Around a part whose code loads when it is first used (components/lazy-module.ts): when that load
 * fails, the part says so, with a retry, instead of taking the whole page to the error page. `retry`
 * renders the part again; the caller asks for the code again first (LazyModule.load).
 */
export class LoadFailedBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly retry = () => this.setState({ failed: false });

  render() {
    return this.state.failed ? this.props.failed(this.retry) : this.props.children;
  }
}

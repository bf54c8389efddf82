import { Button } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { Outlet, useLocation, type Location } from 'react-router';
import { Blade } from '@/components/blade/blade';
import { AlertBar } from '@/components/feedback/alert-bar';
import { shellMessages } from '@/components/shell/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** One blade failing shows its error and a Reload, while the portal chrome keeps working. */
export function RouteError({ error }: { error: unknown }) {
  const t = useMessages(shellMessages);
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Blade title={t.errorTitle}>
      <AlertBar
        intent="error"
        title={t.errorTitle}
        actions={<Button onClick={() => window.location.reload()}>{t.reload}</Button>}
      >
        {message}
      </AlertBar>
    </Blade>
  );
}

interface BoundaryProps {
  location: Location;
  children: ReactNode;
}

interface BoundaryState {
  failure: { error: unknown } | null;
  /** Where the failure happened: going elsewhere shows the next blade again. */
  location: Location;
}

class BladeBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failure: null, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { failure: null, location: props.location };
  }

  render() {
    const { failure } = this.state;
    return failure ? <RouteError error={failure.error} /> : this.props.children;
  }
}

/** Every blade inside one error boundary (router.tsx), reset by the next navigation. */
export function BladeErrorBoundary() {
  const location = useLocation();
  return (
    <BladeBoundary location={location}>
      <Outlet />
    </BladeBoundary>
  );
}

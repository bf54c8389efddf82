// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { MemoryRouter, useRoutes, type RouteObject } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lazyBladeRoute } from '@/app/routes/lazy-blade';
import type { RouteHandle } from '@/app/routes/route-handle';
import { BladeErrorBoundary } from '@/app/routes/route-error';
import { renderInPortal, stubResizeObserver } from '@/testing/render';

function renderRoute(route: RouteObject) {
  function Routes() {
    return useRoutes([{ element: <BladeErrorBoundary />, children: [route] }]);
  }
  renderInPortal(
    <MemoryRouter initialEntries={[route.path ?? '/']}>
      <Routes />
    </MemoryRouter>,
  );
}

const Ready = () => <p>Blade content</p>;

describe('Lazy blades: code loaded when the route first shows', () => {
  beforeAll(stubResizeObserver);
  afterEach(cleanup);

  it('Lazy blades: a spinner shows while the code downloads, then the blade', async () => {
    let arrive: (blade: typeof Ready) => void = () => undefined;
    renderRoute(lazyBladeRoute('/slow', () => new Promise((resolve) => (arrive = resolve))));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await act(async () => arrive(Ready));
    expect(await screen.findByText('Blade content')).toBeTruthy();
  });

  it('Lazy blades: a blade preloaded before it shows renders at once, with no spinner', async () => {
    const route = lazyBladeRoute('/preloaded', () => Promise.resolve(Ready));
    (route.handle as RouteHandle).preload?.();
    // The download resolves, and the module is kept a task later (deferred-module.ts).
    await new Promise((resolve) => setTimeout(resolve, 20));
    renderRoute(route);
    expect(screen.getByText('Blade content')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('Lazy blades: a failed download shows the error and a Reload, as a failing blade does', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoute(
      lazyBladeRoute('/offline', () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      ),
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('dynamically imported module');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});

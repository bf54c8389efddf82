// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Link, MemoryRouter, Outlet, useRoutes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BladeErrorBoundary } from '@/app/routes/route-error';
import { renderInPortal, stubResizeObserver } from '@/testing/render';

function Exploding(): never {
  throw new Error('Cannot read properties of undefined (reading "displayName")');
}

/** The app's shape (router.tsx): the shell outside, every blade inside one error boundary. */
function Routes() {
  return useRoutes([
    {
      element: (
        <>
          <nav aria-label="Portal navigation">
            <Link to="/fine">Fine blade</Link>
          </nav>
          <main>
            <Outlet />
          </main>
        </>
      ),
      children: [
        {
          element: <BladeErrorBoundary />,
          children: [
            { path: 'broken', element: <Exploding /> },
            { path: 'fine', element: <p>Blade content</p> },
          ],
        },
      ],
    },
  ]);
}

function renderAt(path: string) {
  renderInPortal(
    <MemoryRouter initialEntries={[path]}>
      <Routes />
    </MemoryRouter>,
  );
}

describe('Error boundary: a blade that fails', () => {
  beforeAll(stubResizeObserver);
  afterEach(cleanup);

  it('Error boundary: a blade that throws shows its error and a working Reload, and the portal shell stays', () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    renderAt('/broken');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This blade failed to load' }),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('reading "displayName"');
    expect(screen.getByRole('navigation', { name: 'Portal navigation' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('Error boundary: going to another blade after a failure shows that blade', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/broken');
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Fine blade' }));
    expect(screen.getByText('Blade content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Error boundary: other blades are not affected', () => {
    renderAt('/fine');
    expect(screen.getByText('Blade content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

// @vitest-environment jsdom
import { FluentProvider, ToolbarButton, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeferredToolbar } from '@/components/deferred/deferred-toolbar';

afterEach(cleanup);

describe('Deferred code: DeferredToolbar', () => {
  it('is a Fluent toolbar from the first render, and gets its arrow-key navigation when focus enters', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <DeferredToolbar aria-label="Commands" size="small">
          <ToolbarButton>Refresh</ToolbarButton>
        </DeferredToolbar>
      </FluentProvider>,
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Commands' });
    expect(toolbar.classList.contains('fui-Toolbar')).toBe(true);
    expect(toolbar.hasAttribute('data-tabster')).toBe(false);
    fireEvent.focus(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(toolbar.getAttribute('data-tabster')).toContain('"mover"'), {
      timeout: 5_000,
    });
  });
});

// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeferredTooltip } from '@/components/deferred/deferred-tooltip';

afterEach(cleanup);

function renderLink() {
  render(
    <FluentProvider theme={webLightTheme}>
      <DeferredTooltip content="Subscriptions" position="after">
        <a href="/subscriptions" aria-label="Subscriptions">
          icon
        </a>
      </DeferredTooltip>
    </FluentProvider>,
  );
  return screen.getByRole('link', { name: 'Subscriptions' });
}

describe('Deferred code: DeferredTooltip', () => {
  it('describes its trigger from the first render, before any tooltip code has loaded', () => {
    const link = renderLink();
    expect(link.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Subscriptions',
    );
  });

  it('shows on the first hover, once its code has loaded, keeps the same trigger, and hides on leave', async () => {
    const link = renderLink();
    fireEvent.pointerEnter(link);
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 5_000 });
    expect(tooltip.textContent).toBe('Subscriptions');
    expect(getComputedStyle(tooltip).display).not.toBe('none');
    expect(tooltip.id).toBe(link.getAttribute('aria-describedby'));
    expect(screen.getByRole('link', { name: 'Subscriptions' })).toBe(link);
    fireEvent.pointerLeave(link);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(getComputedStyle(tooltip).display).toBe('none');
  });
});

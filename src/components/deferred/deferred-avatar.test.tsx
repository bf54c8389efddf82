// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeferredAvatar } from '@/components/deferred/deferred-avatar';

afterEach(cleanup);

function renderInProvider(element: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

describe('Deferred code: the avatar', () => {
  it('keeps the avatar’s place with an empty space of its size, then shows the avatar once the page has settled', async () => {
    const { container } = renderInProvider(
      <DeferredAvatar name="Avery Howard" size={28} color="colorful" />,
    );
    const placeholder = container.querySelector<HTMLElement>('span[aria-hidden]');
    expect(placeholder?.style.width).toBe('28px');
    expect(placeholder?.style.height).toBe('28px');
    expect(placeholder?.textContent).toBe('');
    expect(await screen.findByText('AH', {}, { timeout: 5_000 })).toBeTruthy();
  });
});

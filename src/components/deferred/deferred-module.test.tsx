// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deferredModule,
  useDeferredModule,
  type LoadWhen,
} from '@/components/deferred/deferred-module';

afterEach(cleanup);

function Probe({
  module,
  when,
}: {
  module: ReturnType<typeof deferredModule<{ text: string }>>;
  when: LoadWhen;
}) {
  const loaded = useDeferredModule(module, when);
  return <p>{loaded ? loaded.text : 'placeholder'}</p>;
}

describe('Deferred code: deferredModule', () => {
  it('downloads once, however many ask, and hands the module to each', async () => {
    const loader = vi.fn(() => Promise.resolve({ text: 'loaded' }));
    const module = deferredModule(loader);
    expect(module.current()).toBeUndefined();
    module.prefetch();
    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(module.current()).toBe(first);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed download, so the next attempt tries again', async () => {
    const loader = vi
      .fn<() => Promise<{ text: string }>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce({ text: 'loaded' });
    const module = deferredModule(loader);
    await expect(module.load()).rejects.toThrow('chunk failed');
    expect(module.current()).toBeUndefined();
    await expect(module.load()).resolves.toEqual({ text: 'loaded' });
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

describe('Deferred code: useDeferredModule', () => {
  it('on demand: shows the placeholder and downloads nothing until asked, then renders the module', async () => {
    const loader = vi.fn(() => Promise.resolve({ text: 'loaded' }));
    const module = deferredModule(loader);
    render(<Probe module={module} when="on-demand" />);
    expect(screen.getByText('placeholder')).toBeTruthy();
    expect(loader).not.toHaveBeenCalled();
    await act(() => module.load());
    expect(screen.getByText('loaded')).toBeTruthy();
  });

  it('now: downloads as it mounts and renders the module when it arrives', async () => {
    const loader = vi.fn(() => Promise.resolve({ text: 'loaded' }));
    render(<Probe module={deferredModule(loader)} when="now" />);
    expect(screen.getByText('placeholder')).toBeTruthy();
    expect(await screen.findByText('loaded')).toBeTruthy();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('renders an already loaded module at once, without a placeholder', async () => {
    const module = deferredModule(() => Promise.resolve({ text: 'loaded' }));
    await module.load();
    render(<Probe module={module} when="on-demand" />);
    expect(screen.getByText('loaded')).toBeTruthy();
  });
});

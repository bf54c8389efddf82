// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState, useSyncExternalStore } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReactivateDialog } from '@/components/lifecycle/reactivate-dialog';
import { setPersonaId } from '@/lib/session';
import { renderInPortal, stubResizeObserver } from '@/testing/render';

const ID = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606';
const TEXT = {
  title: 'Reactivate subscription',
  body: 'Reactivate “Legacy Marketing”?',
  confirm: 'Reactivate subscription',
  pending: 'Reactivating…',
  cancel: 'Cancel',
};

/** What the blade knows of the subscription; a poll may tell it "Active" at any moment. */
let active = false;
const listeners = new Set<() => void>();
function becomeActive() {
  active = true;
  listeners.forEach((listener) => listener());
}
const useActive = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => active,
  );

/**
 * Like the Overview's command bar: it offers Reactivate only while the subscription is not active,
 * so the reactivation's own success takes the dialog away.
 */
function Blade({
  onOpenChange,
  onReactivated,
}: {
  onOpenChange: (open: boolean) => void;
  onReactivated: () => void;
}) {
  const [open, setOpen] = useState(true);
  if (useActive()) return <p>Active</p>;
  return (
    <ReactivateDialog
      subscriptionId={ID}
      displayName="Legacy Marketing"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        onOpenChange(next);
      }}
      onReactivated={onReactivated}
      text={TEXT}
    />
  );
}

function renderBlade() {
  const onOpenChange = vi.fn();
  const onReactivated = vi.fn();
  renderInPortal(
    <QueryClientProvider client={new QueryClient()}>
      <Blade onOpenChange={onOpenChange} onReactivated={onReactivated} />
    </QueryClientProvider>,
  );
  return { onOpenChange, onReactivated };
}

/** The enable call: a poll reports the subscription Active before its own answer arrives. */
function answerEnable() {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    if (String(input).includes('/Microsoft.Subscription/enable')) {
      becomeActive();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Response.json({ subscriptionId: ID });
    }
    return Response.json({ value: [] });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('The reactivation dialog', () => {
  beforeAll(stubResizeObserver);
  afterEach(() => {
    cleanup();
    active = false;
    setPersonaId(null);
  });

  it('R10: a reactivation that unmounts its own dialog still closes it and reports the success', async () => {
    setPersonaId('admin');
    const fetch = answerEnable();
    const { onOpenChange, onReactivated } = renderBlade();
    fireEvent.click(screen.getByRole('button', { name: 'Reactivate subscription' }));
    await screen.findByText('Active');
    await vi.waitFor(() => expect(onReactivated).toHaveBeenCalledTimes(1));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('/enable'))).toHaveLength(1);
  });

  it('R14: a double click on Reactivate sends one request', async () => {
    setPersonaId('admin');
    const fetch = answerEnable();
    renderBlade();
    const confirm = screen.getByRole('button', { name: 'Reactivate subscription' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await screen.findByText('Active');
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('/enable'))).toHaveLength(1);
  });
});

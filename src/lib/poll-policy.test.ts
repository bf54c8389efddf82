import { describe, expect, it } from 'vitest';
import { lifecyclePollInterval, pollInterval, watchPollInterval } from '@/lib/poll-policy';

describe('Poll policy: when the portal reads again by itself', () => {
  it('R5: quickly while a cancellation is on its way', () => {
    expect(lifecyclePollInterval([{ phase: 'cancellation-pending' }])).toBe(pollInterval('soon'));
  });

  it('R11: quickly while a reactivation by support is on its way', () => {
    expect(lifecyclePollInterval([{ phase: 'reactivation-pending' }])).toBe(pollInterval('soon'));
    expect(
      lifecyclePollInterval([
        { phase: 'disabled', pendingReactivation: { ticketName: 'T-1', expectedAt: '' } },
      ]),
    ).toBe(pollInterval('soon'));
  });

  it('a list polls quickly when any of its subscriptions is about to change', () => {
    expect(lifecyclePollInterval([{ phase: 'active' }, { phase: 'cancellation-pending' }])).toBe(
      pollInterval('soon'),
    );
  });

  it('otherwise slowly, and slowly before the billing read answers', () => {
    expect(lifecyclePollInterval([{ phase: 'active' }, { phase: 'disabled' }])).toBe(
      pollInterval('later'),
    );
    expect(lifecyclePollInterval(undefined)).toBe(pollInterval('later'));
    expect(pollInterval('soon')).toBeLessThan(pollInterval('later') as number);
  });

  it('a watcher polls quickly while it waits and stops after', () => {
    expect(watchPollInterval(true)).toBe(pollInterval('soon'));
    expect(watchPollInterval(false)).toBe(false);
  });
});

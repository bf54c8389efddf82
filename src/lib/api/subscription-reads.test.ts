import { describe, expect, it } from 'vitest';
import { lifecyclePollInterval } from '@/lib/api/subscription-reads';

describe('live updates', () => {
  it('R5: polls every ~5 s while a cancellation is on its way', () => {
    expect(lifecyclePollInterval('cancellation-pending')).toBe(5_000);
  });

  it('R11: polls every ~5 s while a reactivation by support is on its way', () => {
    expect(lifecyclePollInterval('reactivation-pending')).toBe(5_000);
  });

  it('otherwise polls every minute', () => {
    expect(lifecyclePollInterval('active')).toBe(60_000);
    expect(lifecyclePollInterval('disabled')).toBe(60_000);
    expect(lifecyclePollInterval(undefined)).toBe(60_000);
  });
});

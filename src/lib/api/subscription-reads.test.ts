import { describe, expect, it } from 'vitest';
import { lifecyclePollInterval } from '@/lib/api/subscription-reads';

describe('live updates', () => {
  it('R5/R11: polls every ~5 s while a change is on its way, otherwise every minute', () => {
    expect(lifecyclePollInterval('cancellation-pending')).toBe(5_000);
    expect(lifecyclePollInterval('reactivation-pending')).toBe(5_000);
    expect(lifecyclePollInterval('active')).toBe(60_000);
    expect(lifecyclePollInterval('disabled')).toBe(60_000);
    expect(lifecyclePollInterval(undefined)).toBe(60_000);
  });
});

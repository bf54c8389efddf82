import { describe, expect, it } from 'vitest';
import { reactivationRequestLink } from '@/features/account-center/components/lifecycle-banner';

describe('Account Center', () => {
  it('R11: the support path opens a prefilled reactivation request', () => {
    expect(reactivationRequestLink('sub-1')).toBe(
      '/support/new?subscriptionId=sub-1&problemType=subscription-reactivation',
    );
  });
});

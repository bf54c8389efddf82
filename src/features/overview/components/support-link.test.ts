import { describe, expect, it } from 'vitest';
import { supportRequestPath } from '@/features/overview/components/support-link';

describe('support links', () => {
  it('R13: Contact support opens a new request prefilled with the subscription and a billing problem', () => {
    expect(supportRequestPath('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601')).toBe(
      '/support/new?subscriptionId=a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601&problemType=billing',
    );
  });

  it('R11: a reactivation request names its own problem type', () => {
    expect(supportRequestPath('x', 'subscription-reactivation')).toBe(
      '/support/new?subscriptionId=x&problemType=subscription-reactivation',
    );
  });
});

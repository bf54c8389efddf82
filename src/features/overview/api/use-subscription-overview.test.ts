import { describe, expect, it } from 'vitest';
import { isSubscriptionId } from '@/contract/subscriptions';
import { isNotFound } from '@/features/overview/api/use-subscription-overview';
import { ArmError } from '@/lib/api-error';

describe('subscription id handling', () => {
  it('Not found: only a GUID can name a subscription', () => {
    expect(isSubscriptionId('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601')).toBe(true);
    expect(isSubscriptionId('A3F1C2D4-5B6E-4F70-8A91-B2C3D4E5F601')).toBe(true);
    expect(isSubscriptionId('not-a-subscription')).toBe(false);
    expect(isSubscriptionId('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601x')).toBe(false);
  });

  it('Not found: a 404 SubscriptionNotFound is final; other errors are not "not found"', () => {
    expect(isNotFound(new ArmError(404, 'SubscriptionNotFound', 'gone'))).toBe(true);
    expect(isNotFound(new ArmError(503, 'ServiceUnavailable', 'busy'))).toBe(false);
    expect(isNotFound(new Error('boom'))).toBe(false);
  });
});

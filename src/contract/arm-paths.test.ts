import { describe, expect, it } from 'vitest';
import { subscriptionPath, subscriptionScope } from '@/contract/arm-paths';

describe('ARM paths', () => {
  it('Contract: a call about a subscription goes to /subscriptions/{id}, with a malformed id encoded', () => {
    expect(subscriptionPath('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601')).toBe(
      '/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601',
    );
    expect(subscriptionPath('x/../tenants?')).toBe('/subscriptions/x%2F..%2Ftenants%3F');
  });

  it('Contract: a subscription’s id and scope are /subscriptions/{id}, as ARM writes them', () => {
    expect(subscriptionScope('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601')).toBe(
      '/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';

describe('portal paths', () => {
  it('R13: Contact support opens a new request prefilled with the subscription and a billing problem', () => {
    expect(paths.newSupportRequest.getHref('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601')).toBe(
      '/support/new?subscriptionId=a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601&problemType=billing',
    );
  });

  it('R11: a reactivation request names its own problem type', () => {
    expect(paths.newSupportRequest.getHref('x', 'subscription-reactivation')).toBe(
      '/support/new?subscriptionId=x&problemType=subscription-reactivation',
    );
  });

  it('R11: the Account Center’s support path opens a prefilled reactivation request', () => {
    expect(paths.newSupportRequest.getHref('sub-1', 'subscription-reactivation')).toBe(
      '/support/new?subscriptionId=sub-1&problemType=subscription-reactivation',
    );
  });

  it('R2: the cancel wizard’s move link brings the user back to the wizard', () => {
    expect(paths.moveResources.getHref('sub-1', 'cancel')).toBe(
      '/subscriptions/sub-1/resources/move?returnTo=cancel',
    );
    expect(paths.moveResources.getHref('sub-1')).toBe('/subscriptions/sub-1/resources/move');
  });

  it('Contract: every blade under a subscription builds on its Overview’s path', () => {
    expect(paths.overview.getHref('sub-1')).toBe('/subscriptions/sub-1');
    expect(paths.resources.getHref('sub-1')).toBe('/subscriptions/sub-1/resources');
    expect(paths.cancel.getHref('sub-1')).toBe('/subscriptions/sub-1/cancel');
    expect(paths.accountCenter.getHref('sub-1')).toBe('/account?subscriptionId=sub-1');
  });
});

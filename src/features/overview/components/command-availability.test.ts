import { describe, expect, it } from 'vitest';
import type { Permission } from '@/contract/authorization';
import type { BillingSubscription, LifecyclePhase } from '@/contract/billing';
import {
  cancelAvailability,
  reactivateAvailability,
  reactivateMode,
  renameAvailability,
} from '@/features/overview/components/command-availability';

// Permission sets shaped as the permissions read answers them for each role.
const ACCOUNT_ADMIN: Permission[] = [{ actions: ['*'], notActions: [] }];
const OWNER: Permission[] = [
  {
    actions: ['*'],
    notActions: ['Microsoft.Subscription/cancel/action', 'Microsoft.Subscription/enable/action'],
  },
];
const READER: Permission[] = [{ actions: ['*/read', 'Microsoft.Support/*'], notActions: [] }];

function billing(
  phase: LifecyclePhase,
  reactivationPath: 'self-service' | 'support' = 'self-service',
) {
  return {
    reactivationPath,
    lifecycle: { phase },
  } as unknown as BillingSubscription['properties'];
}

describe('Overview command availability', () => {
  it('R1: Cancel is enabled only for the account administrator of an active subscription', () => {
    expect(cancelAvailability(ACCOUNT_ADMIN, billing('active'))).toEqual({ enabled: true });
    expect(cancelAvailability(OWNER, billing('active'))).toEqual({
      enabled: false,
      reason: 'not-account-admin',
    });
    expect(cancelAvailability(READER, billing('active'))).toEqual({
      enabled: false,
      reason: 'not-account-admin',
    });
  });

  it('R14: Cancel explains an already cancelled, reactivating or deleted subscription', () => {
    expect(cancelAvailability(ACCOUNT_ADMIN, billing('cancellation-pending'))).toEqual({
      enabled: false,
      reason: 'already-cancelled',
    });
    expect(cancelAvailability(ACCOUNT_ADMIN, billing('disabled'))).toEqual({
      enabled: false,
      reason: 'already-cancelled',
    });
    expect(cancelAvailability(ACCOUNT_ADMIN, billing('reactivation-pending'))).toEqual({
      enabled: false,
      reason: 'reactivation-pending',
    });
    expect(cancelAvailability(ACCOUNT_ADMIN, billing('deleted'))).toEqual({
      enabled: false,
      reason: 'deleted',
    });
  });

  it('says it is still checking while the reads are in flight', () => {
    expect(cancelAvailability(undefined, billing('active'))).toEqual({
      enabled: false,
      reason: 'loading',
    });
    expect(renameAvailability(ACCOUNT_ADMIN, undefined)).toEqual({
      enabled: false,
      reason: 'loading',
    });
    expect(reactivateAvailability(undefined)).toEqual({ enabled: false, reason: 'loading' });
  });

  it('Rename: write roles may rename; Reader may not; a Disabled or Deleted subscription is read-only (R12)', () => {
    expect(renameAvailability(OWNER, 'Enabled')).toEqual({ enabled: true });
    expect(renameAvailability(READER, 'Enabled')).toEqual({
      enabled: false,
      reason: 'read-only-role',
    });
    expect(renameAvailability(ACCOUNT_ADMIN, 'Disabled')).toEqual({
      enabled: false,
      reason: 'disabled',
    });
    expect(renameAvailability(ACCOUNT_ADMIN, 'Deleted')).toEqual({
      enabled: false,
      reason: 'deleted',
    });
  });

  it('R10: Reactivate appears self-service for a cancelled subscription whose offer allows it', () => {
    expect(reactivateMode(billing('disabled'))).toBe('self-service');
    expect(reactivateMode(billing('cancellation-pending'))).toBe('self-service');
  });

  it('R11: Reactivate goes through support for a cancelled subscription of any other offer', () => {
    expect(reactivateMode(billing('disabled', 'support'))).toBe('support');
  });

  it('no Reactivate for an active, deleted or already returning subscription', () => {
    expect(reactivateMode(billing('active'))).toBe('none');
    expect(reactivateMode(billing('deleted'))).toBe('none');
    expect(reactivateMode(billing('reactivation-pending', 'support'))).toBe('none');
    expect(reactivateMode(undefined)).toBe('none');
  });

  it('R10: only the account administrator may reactivate self-service', () => {
    expect(reactivateAvailability(ACCOUNT_ADMIN)).toEqual({ enabled: true });
    expect(reactivateAvailability(OWNER)).toEqual({ enabled: false, reason: 'not-account-admin' });
  });
});

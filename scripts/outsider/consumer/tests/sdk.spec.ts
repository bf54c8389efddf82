import { expect, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';
import { apiDemo, sdkClients } from '../sdk-clients.js';

// The official Azure SDK against the command's API (no browser): list, get, cancel, rename, enable.
// The API server keeps one world for every client, so each test loads the scenario fresh first;
// the tests of one run take turns (one worker), and each shard starts a command of its own.

const { production, devTest, legacyMarketing } = SUBSCRIPTIONS;

test.beforeEach(async () => {
  await apiDemo('reset', { scenario: 'default' });
});

test('Contract: the official SDK lists the seven subscriptions and gets one', async () => {
  const { resources } = sdkClients();
  const names: string[] = [];
  for await (const subscription of resources.subscriptions.list()) {
    names.push(subscription.displayName ?? '');
  }
  expect(names.sort()).toEqual([
    'Contoso Dev/Test',
    'Contoso Enterprise',
    'Contoso Production',
    'Contoso Sandbox',
    'Fabrikam Analytics',
    'Free Trial',
    'Legacy Marketing',
  ]);
  expect(await resources.subscriptions.get(production)).toMatchObject({
    displayName: 'Contoso Production',
    state: 'Enabled',
  });
});

test('Contract: the official SDK cancels, renames and enables', async () => {
  const { resources, subscriptions } = sdkClients();
  expect((await subscriptions.subscription.cancel(devTest)).subscriptionId).toBe(devTest);

  await subscriptions.subscription.rename(production, {
    subscriptionName: 'Contoso Production EU',
  });
  expect((await resources.subscriptions.get(production)).displayName).toBe('Contoso Production EU');

  // Legacy Marketing is Disabled in the default scenario; enabling it brings it back.
  expect((await resources.subscriptions.get(legacyMarketing)).state).toBe('Disabled');
  expect((await subscriptions.subscription.enable(legacyMarketing)).subscriptionId).toBe(
    legacyMarketing,
  );
  expect((await resources.subscriptions.get(legacyMarketing)).state).toBe('Enabled');
});

test('R1: the official SDK is refused for the Owner with 403 AuthorizationFailed', async () => {
  const { subscriptions } = sdkClients('owner');
  await expect(subscriptions.subscription.cancel(production)).rejects.toMatchObject({
    statusCode: 403,
    code: 'AuthorizationFailed',
  });
});

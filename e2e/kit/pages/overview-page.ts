import type { Locator, Page } from '@playwright/test';

/** Default-scenario subscription ids (contract §4). */
export const SUBSCRIPTIONS = {
  production: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601',
  devTest: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602',
  freeTrial: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f603',
  enterprise: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f604',
  fabrikam: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f605',
  legacyMarketing: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606',
  sandbox: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607',
} as const;

export const CANCEL_PATH = (id: string) =>
  `/subscriptions/${id}/providers/Microsoft.Subscription/cancel`;

/** The Overview blade (`/subscriptions/{id}`), found by role and name as contract §5 names it. */
export class OverviewPage {
  readonly main: Locator;
  readonly commands: Locator;
  readonly cancelButton: Locator;
  readonly renameButton: Locator;
  readonly reactivateButton: Locator;
  readonly refreshButton: Locator;
  readonly contactSupport: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.commands = this.main.getByRole('toolbar');
    this.cancelButton = this.commands.getByRole('button', { name: /Cancel subscription|取消订阅/ });
    this.renameButton = this.commands.getByRole('button', { name: /^(Rename|重命名)$/ });
    this.reactivateButton = this.commands.getByRole('button', { name: /^(Reactivate|重新激活)$/ });
    this.refreshButton = this.commands.getByRole('button', { name: /^(Refresh|刷新)$/ });
    this.contactSupport = this.commands.getByRole('link', { name: /Contact support|联系支持人员/ });
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  /** An Essentials value, by its label (each `dd` is labelled by its `dt`). */
  essential(label: string): Locator {
    return this.main
      .getByRole('region', { name: /Essentials|概要/ })
      .getByLabel(label, { exact: true });
  }

  /** Information banners (`role="status"`) and warnings (`role="alert"`) by their title. */
  statusBanner(title: string | RegExp): Locator {
    return this.main.getByRole('status').filter({ hasText: title });
  }

  alertBanner(title: string | RegExp): Locator {
    return this.main.getByRole('alert').filter({ hasText: title });
  }

  /** The dialog a command opened: Rename, Reactivate, or "Reactivation needs a support request" (R11). */
  dialog(name?: string | RegExp): Locator {
    return this.page.getByRole('dialog', name === undefined ? {} : { name });
  }
}

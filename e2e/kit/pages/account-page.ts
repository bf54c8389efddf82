import type { Locator, Page } from '@playwright/test';

/** Account Center (`/account`, left navigation "Cost Management + Billing"). */
export class AccountPage {
  readonly main: Locator;
  readonly subscriptions: Locator;
  readonly details: Locator;
  readonly invoices: Locator;
  readonly scheduledCharges: Locator;
  readonly reactivate: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.subscriptions = this.main.getByRole('table', { name: /^(My subscriptions|我的订阅)$/ });
    this.details = this.main
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .last();
    this.invoices = this.main.getByRole('table', { name: /^(Invoices|发票)$/ });
    this.scheduledCharges = this.main.getByRole('table', {
      name: /Scheduled support plan charges|已安排的支持计划收费/,
    });
    this.reactivate = this.main.getByRole('button', { name: /^(Reactivate|重新激活)$/ });
  }

  async select(name: string): Promise<void> {
    await this.subscriptions.getByRole('link', { name: new RegExp(name) }).click();
  }

  /** A fact in the details, by its label (`dt`) — returns the value (`dd`). */
  fact(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.main
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: exact }) })
      .locator('dd');
  }
}

import type { Locator, Page } from '@playwright/test';

/** Home (`/`): a welcome and a tile per Azure service the clone has. */
export class HomePage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly services: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: /^(Home|主页)$/ });
    this.services = this.main.getByRole('list');
  }

  /** A service tile: Subscriptions, Cost Management + Billing, Help + support. */
  service(name: string | RegExp): Locator {
    return this.services.getByRole('link', { name });
  }
}

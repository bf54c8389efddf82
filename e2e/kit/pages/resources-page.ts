import type { Locator, Page } from '@playwright/test';

/** The Resources blade (`/subscriptions/{id}/resources`): one region and table per resource group. */
export class ResourcesPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  group(name: string): Locator {
    return this.main.getByRole('region', { name: `Resource group: ${name}` });
  }

  /** A resource's table row, by its exact name. */
  row(name: string): Locator {
    return this.main
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  action(resource: string, label: string): Locator {
    return this.row(resource).getByRole('button', { name: label, exact: true });
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

export type FilterName = 'Status' | 'My role' | 'Offer';

/** The Subscriptions blade (`/subscriptions`), found by role and accessible name (contract §5). */
export class SubscriptionsPage {
  readonly main: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = this.main.getByRole('table', { name: 'Subscriptions' });
    this.search = this.main.getByRole('searchbox', { name: 'Search' });
    this.summary = this.main.getByText(/^Showing [\d,]+ of [\d,]+ subscriptions$/);
  }

  /** The pill of a filter, whatever it shows now ("Status == all", "Status == Active", "Status in …"). */
  pill(filter: FilterName): Locator {
    return this.main.getByRole('button', { name: new RegExp(`^${filter} (==|in) `) });
  }

  /** Checks `values` in a filter pill's menu, then closes the menu. */
  async filter(filter: FilterName, ...values: string[]): Promise<void> {
    await this.pill(filter).click();
    for (const value of values) {
      await this.page.getByRole('menuitemcheckbox', { name: value, exact: true }).click();
    }
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('menu')).toBeHidden();
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name, exact: true });
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button').click();
  }

  /** The subscription names of the rows in the DOM, top to bottom. */
  names(): Promise<string[]> {
    return this.table.getByRole('cell').getByRole('link').allTextContents();
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.table.getByRole('cell').getByRole('link')).toHaveText(names);
  }
}

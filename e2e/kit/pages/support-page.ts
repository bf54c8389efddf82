import type { Locator, Page } from '@playwright/test';

/** Help + support: the list (`/support`) and the new request form (`/support/new`). */
export class SupportPage {
  readonly main: Locator;
  readonly list: Locator;
  readonly subscription: Locator;
  readonly problemType: Locator;
  readonly title: Locator;
  readonly description: Locator;
  readonly create: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.list = this.main.getByRole('table', { name: /^(Support requests|支持请求)$/ });
    this.subscription = this.main.getByRole('combobox', { name: /^(Subscription|订阅)/ });
    this.problemType = this.main.getByRole('combobox', { name: /^(Problem type|问题类型)/ });
    this.title = this.main.getByRole('textbox', { name: /^(Title|标题)/ });
    this.description = this.main.getByRole('textbox', { name: /^(Description|说明)/ });
    this.create = this.main.getByRole('button', { name: /^(Create|创建)$/ });
  }

  row(title: string): Locator {
    return this.list.getByRole('row').filter({ hasText: title });
  }

  async fill(title: string, description: string): Promise<void> {
    await this.title.fill(title);
    await this.description.fill(description);
  }
}

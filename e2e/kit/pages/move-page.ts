import type { Locator, Page } from '@playwright/test';

/** Move resources (`/subscriptions/{id}/resources/move`). */
export class MovePage {
  readonly main: Locator;
  readonly sourceGroup: Locator;
  readonly targetSubscription: Locator;
  readonly existingGroup: Locator;
  readonly newGroup: Locator;
  readonly newGroupName: Locator;
  readonly validate: Locator;
  readonly move: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.sourceGroup = this.main.getByRole('combobox', {
      name: /^(Source resource group|源资源组)/,
    });
    this.targetSubscription = this.main.getByRole('combobox', {
      name: /^(Target subscription|目标订阅)/,
    });
    this.existingGroup = this.main.getByRole('combobox', { name: /^(Resource group|资源组)/ });
    this.newGroup = this.main.getByRole('radio', { name: /^(Create new|新建)$/ });
    this.newGroupName = this.main.getByRole('textbox', {
      name: /^(New resource group name|新资源组名称)/,
    });
    this.validate = this.main.getByRole('button', { name: /^(Validate|验证)$/ });
    this.move = this.main.getByRole('button', { name: /^(Move|移动)$/ });
  }

  async pick(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  selectResource(name: string): Locator {
    return this.main.getByRole('checkbox', { name: new RegExp(`^(Select|选择) ${name}$`) });
  }
}

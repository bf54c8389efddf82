import type { Locator, Page } from '@playwright/test';

/** The cancel wizard (`/subscriptions/{id}/cancel`), by the roles and names of contract §5, in either language. */
export class CancelWizardPage {
  readonly main: Locator;
  readonly region: Locator;
  readonly stepper: Locator;
  readonly acknowledge: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly reason: Locator;
  readonly comment: Locator;
  readonly subscriptionName: Locator;
  readonly submit: Locator;
  readonly contactSupport: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.region = this.main.getByRole('region', { name: /^(Cancel subscription|取消订阅)$/ });
    this.stepper = this.region.getByRole('list', { name: /^(Steps|步骤)$/ });
    this.acknowledge = this.region.getByRole('checkbox', {
      name: /I have reviewed these steps|我已查看这些步骤/,
    });
    this.next = this.region.getByRole('button', { name: /^(Next|下一步)$/ });
    this.back = this.region.getByRole('button', { name: /^(Back|上一步)$/ });
    this.reason = this.region.getByRole('combobox', { name: /^(Reason|原因)/ });
    this.comment = this.region.getByRole('textbox', { name: /^(Tell us more|详细说明)/ });
    this.subscriptionName = this.region.getByRole('textbox', {
      name: /^(Subscription name|订阅名称)/,
    });
    this.submit = this.region.getByRole('button', { name: /^(Cancel subscription|取消订阅)$/ });
    this.contactSupport = this.region.getByRole('link', {
      name: /^(Contact support|联系支持人员)$/,
    });
  }

  async open(gotoPortal: (path: string) => Promise<void>, subscriptionId: string): Promise<void> {
    await gotoPortal(`/subscriptions/${subscriptionId}/cancel`);
  }

  stepHeading(name: string | RegExp): Locator {
    return this.region.getByRole('heading', { level: 2, name });
  }

  currentStep(): Locator {
    return this.stepper.locator('[aria-current="step"]');
  }

  /** A row of the Prepare step's tables, by resource name. */
  resourceRow(table: string | RegExp, name: string): Locator {
    return this.region
      .getByRole('table', { name: table })
      .getByRole('row')
      .filter({ hasText: name });
  }

  async chooseReason(label: string | RegExp): Promise<void> {
    await this.reason.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** A Review step figure: the `dd` beside its `dt`. */
  figure(term: string): Locator {
    return this.region
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: term }) })
      .locator('dd');
  }
}

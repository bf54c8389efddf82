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
  readonly prepare: PrepareStep;
  readonly review: ReviewStep;
  readonly confirm: ConfirmStep;

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
    this.prepare = new PrepareStep(this);
    this.review = new ReviewStep(this);
    this.confirm = new ConfirmStep(this);
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The wizard one step at a time: `wizard.prepare`, `wizard.review`, `wizard.confirm` below each hold
 * what a suite does on that step, on top of the wizard's shared locators above.
 */
export class PrepareStep {
  constructor(private readonly wizard: CancelWizardPage) {}

  get heading(): Locator {
    return this.wizard.stepHeading(/Prepare|准备/);
  }

  /** R2 back up: a storage account or SQL database download (resolves with the file). */
  async downloadCopy(resource: string) {
    const download = this.wizard.page.waitForEvent('download');
    await this.wizard.region
      .getByRole('button', {
        name: new RegExp(
          `^(Download a copy of ${escape(resource)}|下载 ${escape(resource)} 的副本)$`,
        ),
      })
      .click();
    return download;
  }

  /** R2 back up: a VM image, recorded by the API. */
  async saveImage(vm: string): Promise<void> {
    await this.wizard.region
      .getByRole('button', { name: new RegExp(`^(Save image of|保存) ${escape(vm)}( 的映像)?$`) })
      .click();
  }

  /** R2 shut down: stops a running VM or web app; its row then shows it stopped. */
  async stop(resource: string): Promise<void> {
    await this.wizard.region
      .getByRole('button', { name: new RegExp(`^(Stop|停止) ${escape(resource)}$`) })
      .click();
  }

  /** Acknowledges the advice (it is not a gate) and goes on to Review the impact. */
  async acknowledgeAndContinue(): Promise<void> {
    await this.wizard.acknowledge.check();
    await this.wizard.next.click();
    await this.wizard.review.heading.waitFor();
  }
}

export class ReviewStep {
  constructor(private readonly wizard: CancelWizardPage) {}

  get heading(): Locator {
    return this.wizard.stepHeading(/Review the impact|查看影响/);
  }

  /** A figure of the impact, by its term: Billing stops, Final invoice, Support plan, Your data… */
  figure(term: string): Locator {
    return this.wizard.figure(term);
  }

  async continue(): Promise<void> {
    await this.wizard.next.click();
    await this.wizard.confirm.heading.waitFor();
  }
}

export class ConfirmStep {
  constructor(private readonly wizard: CancelWizardPage) {}

  get heading(): Locator {
    return this.wizard.stepHeading(/Confirm|确认/);
  }

  /** R3: a reason (its label as shown), an optional comment, and the name typed to confirm. */
  async fill(answers: { reason: string | RegExp; name: string; comment?: string }): Promise<void> {
    await this.wizard.chooseReason(answers.reason);
    if (answers.comment !== undefined) await this.wizard.comment.fill(answers.comment);
    await this.wizard.subscriptionName.fill(answers.name);
  }

  /** Sends the cancel request; the portal then returns to the subscription's Overview. */
  async submit(): Promise<void> {
    await this.wizard.submit.click();
    await this.wizard.page.waitForURL(/\/subscriptions\/[0-9a-f-]+$/);
  }
}

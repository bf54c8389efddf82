import { expect, type Locator, type Page } from '@playwright/test';

export type Jump = '+10 minutes' | '+1 hour' | '+1 day' | '+30 days' | '+90 days';
export type FaultFailure = '500' | '503' | 'offline' | 'latency';

const JUMP_NAMES: Record<Jump, RegExp> = {
  '+10 minutes': /^\+10 (minutes|分钟)$/,
  '+1 hour': /^\+1 (hour|小时)$/,
  '+1 day': /^\+1 (day|天)$/,
  '+30 days': /^\+30 (days|天)$/,
  '+90 days': /^\+90 (days|天)$/,
};

/**
 * The Demo panel (top bar "Demo"): scenario, moments, saved moments (export, import, share link),
 * persona, time travel, faults and language, through the
 * same `/__demo/*` endpoints as the `api.demo()` fixture. Every action waits for the mock's answer.
 */
export class DemoPanel {
  readonly dialog: Locator;
  readonly scenario: Locator;
  /** "Real time: …" or "Simulated time: …" in the Time travel section. */
  readonly now: Locator;
  readonly activeFaults: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Demo controls|演示控制)$/ });
    this.scenario = this.dialog.getByRole('combobox', { name: /^(Scenario|场景)$/ });
    this.now = this.dialog.getByText(/^(Real time|Simulated time|真实时间|模拟时间)[:：]/);
    this.activeFaults = this.dialog.getByRole('list');
  }

  button(name: string | RegExp): Locator {
    return this.dialog.getByRole('button', { name });
  }

  /** Loads `scenario` fresh (every change discarded) and waits until the mock has answered. */
  async reset(scenario = 'default'): Promise<void> {
    await this.scenario.selectOption(scenario);
    await this.act(this.button(/^(Reset scenario|重置场景)$/));
  }

  /** Signs in as a persona, by display name ("Sam Lee"). */
  async signInAs(displayName: string): Promise<void> {
    const radio = this.dialog.getByRole('radio', { name: new RegExp(`^${displayName} — `) });
    await radio.check();
    await expect(radio).toBeChecked();
    await expect(this.dialog.getByRole('radiogroup')).toBeEnabled();
  }

  async travel(jump: Jump): Promise<void> {
    await this.act(this.button(JUMP_NAMES[jump]));
  }

  /** `value` as a `datetime-local` input takes it, in the browser's time zone: `2026-03-25T09:00`. */
  async setTime(value: string): Promise<void> {
    // The field's label also names its section, so find the input by its type.
    await this.dialog.locator('input[type="datetime-local"]').fill(value);
    await this.act(this.button(/^(Set|设置)$/));
  }

  async backToRealTime(): Promise<void> {
    await this.act(this.button(/^(Back to real time|返回真实时间)$/));
    await expect(this.button(/^(Back to real time|返回真实时间)$/)).toBeDisabled();
  }

  /** Adds a fault: `call` is `*` (all calls) or an operation id from docs/contract.md §2. */
  async addFault(fault: { call?: string; failure: FaultFailure; once?: boolean }): Promise<void> {
    await this.dialog
      .getByRole('combobox', { name: /^(Call|调用)$/ })
      .selectOption(fault.call ?? '*');
    await this.dialog
      .getByRole('combobox', { name: /^(Failure|故障)$/ })
      .selectOption(fault.failure);
    await this.dialog
      .getByRole('combobox', { name: /^(Applies to|适用于)$/ })
      .selectOption(fault.once === false ? 'always' : 'once');
    await this.act(this.button(/^(Add fault|添加故障)$/));
  }

  async clearFaults(): Promise<void> {
    await this.act(this.button(/^(Clear faults|清除故障)$/));
    await expect(this.dialog.getByText(/^(No faults injected\.|未注入故障。)$/)).toBeVisible();
  }

  async language(name: 'English' | '中文(简体)'): Promise<void> {
    await this.dialog
      .getByRole('combobox', { name: /^(Language|语言)$/ })
      .selectOption({ label: name });
  }

  /** Loads a built-in moment of the seed's story (contract §8) by its button, e.g. 'Disabled'. */
  async loadMoment(name: string | RegExp): Promise<void> {
    await this.act(this.button(name));
  }

  /** The outcome of an export, import or share: `role="status"` or, for a refusal, `role="alert"`. */
  outcome(kind: 'success' | 'refused'): Locator {
    return this.dialog
      .getByRole('region', { name: /^(Save and share|保存和共享)$/ })
      .getByRole(kind === 'success' ? 'status' : 'alert');
  }

  /** Export to file, Import from file and Copy share link, in the Save and share section. */
  savedMomentButton(action: 'export' | 'import' | 'share'): Locator {
    const names = {
      export: /^(Export to file|导出到文件)$/,
      import: /^(Import from file|从文件导入)$/,
      share: /^(Copy share link|复制共享链接)$/,
    };
    return this.button(names[action]);
  }

  /** Copies the share link and returns it (also shown in the panel, for a browser without clipboard). */
  async shareLink(): Promise<string> {
    await this.savedMomentButton('share').click();
    const field = this.dialog.getByRole('textbox', { name: /^(Share link|共享链接)$/ });
    await expect(field).toHaveValue(/snapshot=/);
    return field.inputValue();
  }

  async close(): Promise<void> {
    await this.button(/^(Close|关闭)$/).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Clicks, then waits for the mock's answer (the panel disables its buttons while one is pending). */
  private async act(button: Locator): Promise<void> {
    const answered = this.page.waitForResponse((response) =>
      new URL(response.url()).pathname.startsWith('/__demo/'),
    );
    await button.click();
    await answered;
    await expect(this.button(/^(Add fault|添加故障)$/)).toBeEnabled();
  }
}

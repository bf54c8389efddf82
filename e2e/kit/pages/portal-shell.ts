import type { Locator, Page } from '@playwright/test';
import { DemoPanel } from './demo-panel.js';

/**
 * The portal around every blade: the top bar (global search, Demo, Notifications, Settings, the
 * signed-in account) and the left navigation. Names match in en-US and zh-CN.
 */
export class PortalShell {
  readonly topBar: Locator;
  readonly navigation: Locator;
  readonly search: Locator;
  readonly demoButton: Locator;
  readonly notificationsButton: Locator;
  readonly settingsButton: Locator;
  /** The account in the top bar; its name says who is signed in ("Signed in as Avery Howard, …"). */
  readonly account: Locator;
  /** Badges shown while the demo time or faults are altered. */
  readonly demoBadges: Locator;

  constructor(readonly page: Page) {
    this.topBar = page.getByRole('banner');
    this.navigation = page.getByRole('navigation', { name: /^(Portal navigation|门户导航)$/ });
    // A combobox at full width, a button that opens it on narrow screens.
    this.search = this.topBar
      .getByRole('search')
      .getByRole('combobox')
      .or(this.topBar.getByRole('search').getByRole('button'));
    this.demoButton = this.topBar.getByRole('button', { name: /^(Demo|演示)/ });
    this.notificationsButton = this.topBar.getByRole('button', { name: /^(Notifications|通知)/ });
    this.settingsButton = this.topBar.getByRole('button', { name: /^(Settings|设置)$/ });
    this.account = this.topBar.getByRole('group', { name: /^(Signed in as|已登录为)/ });
    this.demoBadges = this.topBar.getByRole('status');
  }

  /** A left-navigation link: Home, Subscriptions, Cost Management + Billing, Help + support. */
  navLink(name: string | RegExp): Locator {
    return this.navigation.getByRole('link', { name });
  }

  async openDemo(): Promise<DemoPanel> {
    await this.demoButton.click();
    const panel = new DemoPanel(this.page);
    await panel.dialog.waitFor();
    return panel;
  }

  /** Opens the Notifications panel and returns it (a dialog holding the list of notifications). */
  async openNotifications(): Promise<Locator> {
    await this.notificationsButton.click();
    const panel = this.page.getByRole('dialog', { name: /^(Notifications|通知)$/ });
    await panel.waitFor();
    return panel;
  }

  async openSettings(): Promise<Locator> {
    await this.settingsButton.click();
    const panel = this.page.getByRole('dialog', { name: /^(Settings|设置)$/ });
    await panel.waitFor();
    return panel;
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The presentation mode (`?present=seed`, contract §8): the caption card, a region named
 * Presentation (zh-CN 演示模式) with its announced caption, progress and buttons, in either language.
 */
export class PresentationPage {
  readonly region: Locator;
  readonly caption: Locator;
  readonly heading: Locator;
  readonly progress: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly exit: Locator;
  readonly notes: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Presentation|演示模式)$/ });
    this.caption = this.region.locator('[aria-live="polite"]');
    this.heading = this.caption.getByRole('heading');
    this.progress = this.region.getByText(/^\d+ \/ \d+$/);
    this.next = this.region.getByRole('button', { name: /^(Next|下一章)$/ });
    this.previous = this.region.getByRole('button', { name: /^(Previous|上一章)$/ });
    this.exit = this.region.getByRole('button', { name: /^(Exit presentation|退出演示)$/ });
    this.notes = this.region.getByRole('button', { name: /^(Presenter notes|演讲者备注)$/ });
  }

  /** Waits until chapter `n` is set up: its number shows and its moment and blade are loaded. */
  async atChapter(n: number, total = 9): Promise<void> {
    await expect(this.progress).toHaveText(`${n} / ${total}`);
    await expect(this.region.getByRole('status')).toHaveCount(0, { timeout: 15_000 });
  }
}

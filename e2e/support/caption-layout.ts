import { expect, type Page } from '@playwright/test';
import { PresentationPage } from 'azure-subscriptions-clone/playwright';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area two boxes share, in CSS px² (0 when they do not meet). */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, width) * Math.max(0, height);
}

/**
 * The presentation never hides what it talks about: the chapter's outline shows, the caption card
 * and the outline do not meet, the card lies inside the window, and every button of the card is on
 * screen whole.
 */
export async function expectCaptionClearOfOutline(page: Page, show: PresentationPage) {
  const outline = page.locator('[data-presentation-outline]');
  await expect(outline, 'the chapter outlines part of the page').toBeVisible();
  // Measured once both have come to rest, as Playwright waits for an element to be stable before
  // acting on it: the ring glides to a new chapter's part (a 200 ms transition), and the sheet takes
  // its new height, so a measurement in between sees neither where it will stay.
  const boxes = async () =>
    JSON.stringify([await show.region.boundingBox(), await outline.boundingBox()]);
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await boxes();
        const still = now === previous;
        previous = now;
        return still;
      },
      { message: 'the caption and the outline come to rest', intervals: [100] },
    )
    .toBe(true);
  const [card, ring] = JSON.parse(previous) as [Box | null, Box | null];
  expect(card && ring, 'both boxes measured').toBeTruthy();
  const viewport = page.viewportSize()!;
  expect(overlapArea(card!, ring!), 'caption over the outlined part (px²)').toBe(0);
  expect(card!.x).toBeGreaterThanOrEqual(0);
  expect(card!.x + card!.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height + 0.5);
  for (const button of await show.region.getByRole('button').all()) {
    await expect(button).toBeInViewport({ ratio: 1 });
  }
}

/**
 * Walks the story from its first chapter to its last with the card's Next button (tapped on a touch
 * screen), checking at every chapter that the caption covers nothing it outlines, and `also` what
 * the caller adds.
 */
export async function walkEveryChapterClear(
  page: Page,
  gotoPortal: (path: string) => Promise<void>,
  also: () => Promise<void> = async () => undefined,
) {
  await gotoPortal('/?present=seed');
  const show = new PresentationPage(page);
  const touch = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
  for (let chapter = 1; chapter <= 9; chapter += 1) {
    await show.atChapter(chapter);
    await expectCaptionClearOfOutline(page, show);
    await also();
    if (chapter < 9) await (touch ? show.next.tap() : show.next.click());
  }
}

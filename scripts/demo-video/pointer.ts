import type { Locator, Page } from '@playwright/test';

// A headless browser draws no mouse pointer, so a viewer of the video would see buttons react with
// nothing pressing them. The script draws one itself: an arrow that glides to the centre of the
// element it is about to press, and a ring that spreads where the click lands. It is the script's
// own picture, added to the page from outside (never part of the portal), and clicks pass through it.

const POINTER_ID = 'demo-video-pointer';
/** How long the pointer takes to reach its next element, and rests there before pressing. */
const MOVE_MS = 700;
const REST_MS = 350;
/** How long the viewer sees what a click did before the next step. */
const AFTER_CLICK_MS = 900;
/** The portal's top bar, fixed above the blades, and the time a smooth scroll takes. */
const TOP_BAR_PX = 48;
const SCROLL_MS = 800;
/** Typing speed, per character: slow enough to read the name as it is typed. */
const TYPE_DELAY_MS = 110;

/** Hides the pointer (between chapters, so a new chapter opens without it). */
export async function hidePointer(page: Page): Promise<void> {
  await page.evaluate((id) => {
    const pointer = document.getElementById(id);
    if (pointer) pointer.style.opacity = '0';
  }, POINTER_ID);
}

/** Glides the pointer to the centre of `target`, scrolled into view, and returns that point. */
async function pointAt(page: Page, target: Locator): Promise<{ x: number; y: number }> {
  await target.waitFor();
  let box = await target.boundingBox();
  const viewport = page.viewportSize();
  // Half on screen is not enough for a viewer (nor is a button under the top bar): bring the
  // element to the middle, scrolling as smoothly as a hand on a wheel would.
  if (box && viewport && (box.y < TOP_BAR_PX || box.y + box.height > viewport.height - 8)) {
    await target.evaluate((element) =>
      element.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    );
    await page.waitForTimeout(SCROLL_MS);
    box = await target.boundingBox();
  }
  if (!box) throw new Error(`Nothing to point at: ${target.toString()} is not on screen.`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Added on first use, from outside the portal's code. No named functions inside: the runner's
  // transpiler would wrap them in a helper the page does not have.
  await page.evaluate(
    async ({ id, x, y, moveMs }) => {
      let pointer = document.getElementById(id);
      if (!pointer) {
        pointer = document.createElement('div');
        pointer.id = id;
        pointer.setAttribute('aria-hidden', 'true');
        Object.assign(pointer.style, {
          position: 'fixed',
          left: '0',
          top: '0',
          width: '0',
          height: '0',
          zIndex: '2147483647',
          pointerEvents: 'none',
          opacity: '0',
          transform: 'translate(640px, 680px)',
          transition: `transform ${moveMs}ms cubic-bezier(0.4, 0, 0.2, 1), opacity 250ms linear`,
        });
        // An arrow whose tip is the pointer's point, white with a dark edge to read on any background.
        pointer.innerHTML =
          '<svg width="28" height="28" viewBox="0 0 28 28" style="position:absolute;left:-3px;top:-2px;filter:drop-shadow(0 2px 3px rgba(0,0,0,.45))">' +
          '<path d="M4 2 L4 22 L9.5 17 L13 25.5 L16.5 24 L13 15.8 L20.5 15.8 Z" fill="#fff" stroke="#1b1b1b" stroke-width="1.6" stroke-linejoin="round"/>' +
          '</svg>';
        document.documentElement.append(pointer);
        // Shown where it starts, then sent on its way: the glide is what the viewer follows.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        pointer.style.opacity = '1';
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      pointer.style.opacity = '1';
      pointer.style.transform = `translate(${x}px, ${y}px)`;
    },
    { id: POINTER_ID, ...point, moveMs: MOVE_MS },
  );
  await page.waitForTimeout(MOVE_MS + REST_MS);
  return point;
}

/** A ring that spreads from where a click lands and fades, drawn beside the pointer. */
async function ripple(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.evaluate(({ x, y }) => {
    const ring = document.createElement('div');
    ring.setAttribute('aria-hidden', 'true');
    Object.assign(ring.style, {
      position: 'fixed',
      left: `${x - 22}px`,
      top: `${y - 22}px`,
      width: '44px',
      height: '44px',
      borderRadius: '50%',
      border: '3px solid #e8590c',
      background: 'rgba(232, 89, 12, 0.25)',
      boxSizing: 'border-box',
      zIndex: '2147483646',
      pointerEvents: 'none',
    });
    document.documentElement.append(ring);
    ring
      .animate(
        [
          { transform: 'scale(0.3)', opacity: 1 },
          { transform: 'scale(1.4)', opacity: 0 },
        ],
        { duration: 650, easing: 'ease-out' },
      )
      .finished.then(
        () => ring.remove(),
        () => ring.remove(),
      );
  }, point);
}

/** Moves the pointer to `target`, shows the click landing, and clicks it as a user would. */
export async function clickVisibly(page: Page, target: Locator): Promise<void> {
  const point = await pointAt(page, target);
  await ripple(page, point);
  await target.click();
  await page.waitForTimeout(AFTER_CLICK_MS);
}

/** Clicks into a text box visibly, then types `text` into it a key at a time. */
export async function typeVisibly(page: Page, target: Locator, text: string): Promise<void> {
  await clickVisibly(page, target);
  await target.pressSequentially(text, { delay: TYPE_DELAY_MS });
  await page.waitForTimeout(AFTER_CLICK_MS);
}

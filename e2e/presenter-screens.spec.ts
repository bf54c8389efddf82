import { test } from 'azure-subscriptions-clone/playwright';
import { walkEveryChapterClear } from './support/caption-layout';

// A presenter's screens: a 1280 × 720 projector, a laptop, a tablet held upright. On each, every
// chapter's caption card stays clear of the part of the page the chapter outlines, with all of its
// buttons on screen (the card is docked and the portal narrows beside or above it). Phones: e2e/phone.spec.ts.
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 768, height: 1024 },
];

for (const viewport of SCREENS) {
  test.describe(`Presentation on a ${viewport.width} × ${viewport.height} screen`, () => {
    test.use({ viewport, startAt: null });

    test(`Presentation: at ${viewport.width} × ${viewport.height} no chapter's caption covers what it outlines, and its buttons stay on screen`, async ({
      page,
      gotoPortal,
    }) => {
      // Nine chapters, each putting the mock at a moment of the story.
      test.slow();
      await walkEveryChapterClear(page, gotoPortal);
    });
  });
}

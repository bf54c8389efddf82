import type { Expect, Page } from '@playwright/test';
import { CHAPTERS, type ChapterKey } from '@/features/presentation/chapters';
import { accountMessages } from '@/features/account-center/messages';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import type { Locale } from '@/lib/i18n/locale';
import { clickVisibly, typeVisibly } from './pointer';

// Where the story has an action, the video shows it done through the portal's own controls, on the
// real mock, found by role and accessible name in the language being recorded (the blades' own
// message tables), never by where they sit on the screen. Playwright's `expect` is handed in: the
// script loads Playwright only after it has provided an ffmpeg (see demo-video.ts).

/** The reason the video chooses: the one a viewer expects of a subscription no longer used. */
const REASON = 'no-longer-needed';
/** What the Billing stopped chapter outlines on the Overview, where the cancel lands. */
const LANDING_BANNER = CHAPTERS.find((chapter) => chapter.key === 'billingStopped')!.target;
/** How long the viewer sees the outcome of a chapter's action before the next chapter. */
const OUTCOME_MS = 3_500;

/** The confirm chapter: choose a reason, type the name, press Cancel subscription (R3). */
async function cancelSubscription(page: Page, lang: Locale, expect: Expect): Promise<void> {
  const t = cancelWizardMessages[lang];
  const wizard = page.getByRole('main').getByRole('region', { name: t.title, exact: true });
  await clickVisibly(page, wizard.getByRole('combobox', { name: t.reason }));
  await clickVisibly(page, page.getByRole('option', { name: t.reasons[REASON], exact: true }));
  // The name to type is the one the step itself asks for, after its prompt.
  const prompt = (await wizard.getByText(t.typeName).textContent()) ?? '';
  const name = prompt.slice(prompt.indexOf(t.typeName) + t.typeName.length).trim();
  if (name === '') throw new Error('The confirm step shows no subscription name to type.');
  await typeVisibly(page, wizard.getByRole('textbox', { name: t.subscriptionName }), name);
  await clickVisibly(page, wizard.getByRole('button', { name: t.submit, exact: true }));
  // The portal goes back to the subscription's Overview once the API has accepted it: the blade of
  // the next chapter, whose lifecycle banner (what that chapter outlines) says billing has stopped.
  await expect(wizard).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator(LANDING_BANNER).first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(OUTCOME_MS);
}

/** The reactivate chapter: press Reactivate in the Account Center and confirm it (R10). */
async function reactivate(page: Page, lang: Locale, expect: Expect): Promise<void> {
  const t = accountMessages[lang];
  await clickVisibly(
    page,
    page.getByRole('main').getByRole('button', { name: t.reactivate, exact: true }),
  );
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await clickVisibly(page, dialog.getByRole('button', { name: t.confirmReactivate, exact: true }));
  await expect(dialog).toHaveCount(0, { timeout: 20_000 });
  await expect(
    page.getByRole('main').getByRole('button', { name: t.reactivate, exact: true }),
  ).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(OUTCOME_MS);
}

/** What the video does on screen in a chapter, after the viewer has read its caption. */
export const STORY_ACTIONS: Partial<
  Record<ChapterKey, (page: Page, lang: Locale, expect: Expect) => Promise<void>>
> = {
  confirm: cancelSubscription,
  reactivate,
};

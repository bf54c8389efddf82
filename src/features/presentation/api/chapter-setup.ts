import type { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import type { NavigateFunction } from 'react-router';
import { z } from '@/contract/zod';
import { presentationMoveState } from '@/features/presentation/api/presentation-session';
import type { Chapter } from '@/features/presentation/chapters';
import { demoFetch } from '@/lib/demo-client';
import { queryKeys } from '@/lib/api/keys';
import { stopWaitingNotifications } from '@/lib/notifications/notifications-store';

const WAIT_MS = 10_000;

/** The first element `selector` finds within `WAIT_MS`, or null. */
export function waitForElement<E extends Element>(
  selector: string,
  isCancelled: () => boolean,
): Promise<E | null> {
  return new Promise((resolve) => {
    const started = performance.now();
    const look = () => {
      const found = document.querySelector<E>(selector);
      if (found || isCancelled() || performance.now() - started > WAIT_MS) resolve(found);
      else requestAnimationFrame(look);
    };
    look();
  });
}

function withPresentParams(path: string, chapterNumber: number): string {
  return `${path}${path.includes('?') ? '&' : '?'}present=seed&chapter=${chapterNumber}`;
}

/**
 * Puts the portal where a chapter tells its part: the mock at the chapter's moment and persona,
 * through the same `/__demo/*` endpoints the Demo panel uses, then the chapter's blade by the app's
 * own navigation. `isCancelled` says a later chapter was asked for meanwhile.
 */
export async function setUpChapter(
  chapter: Chapter,
  chapterNumber: number,
  { navigate, queryClient }: { navigate: NavigateFunction; queryClient: QueryClient },
  isCancelled: () => boolean,
): Promise<void> {
  await demoFetch('moment', z.unknown(), { body: { id: chapter.moment } });
  stopWaitingNotifications();
  if (isCancelled()) return;
  if (chapter.persona) {
    await demoFetch('persona', z.unknown(), { body: { id: chapter.persona } });
  }
  if (isCancelled()) return;
  // The demo state first: it names the persona every ARM read signs as. The blade's own reads are
  // dropped and read again while the chapter's blade opens, not before it.
  await queryClient.refetchQueries({ queryKey: queryKeys.demoState() });
  void queryClient.resetQueries({ queryKey: queryKeys.all });
  if (isCancelled()) return;
  const moved = { replace: true, state: presentationMoveState(chapterNumber) };
  // Rendered before the wizard's checkbox is looked for below, so that it is never the previous
  // blade's: the router renders a navigation in React's next task otherwise.
  flushSync(() => void navigate(withPresentParams(chapter.path, chapterNumber), moved));
  if (chapter.wizardStep === undefined) return;
  // The wizard's Prepare step: acknowledge its advice as a presenter would, then go to the step.
  const acknowledge = await waitForElement<HTMLInputElement>(
    'main input[type="checkbox"]',
    isCancelled,
  );
  if (isCancelled()) return;
  if (acknowledge && !acknowledge.checked) acknowledge.click();
  void navigate(
    withPresentParams(`${chapter.path}?step=${chapter.wizardStep}`, chapterNumber),
    moved,
  );
}

import type { DemoMomentId } from '@/contract/demo';
import { paths } from '@/config/paths';

// The seed's story as the presentation tells it: each chapter is a built-in moment of the mock
// (contract §8), a persona, and a blade of the portal. Nothing here computes a date or an amount:
// the blades show what the API answers for the moment the mock was put in.

// The `default` scenario's fixed subscriptions (public contract §4).
const PRODUCTION = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
const SANDBOX = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607';

export const CHAPTER_KEYS = [
  'who',
  'prepare',
  'impact',
  'confirm',
  'billingStopped',
  'disabled',
  'reactivate',
  'support',
  'deleted',
] as const;
export type ChapterKey = (typeof CHAPTER_KEYS)[number];

export interface Chapter {
  key: ChapterKey;
  /** The lifecycle rules it shows (docs/lifecycle.md). */
  rules: string;
  moment: DemoMomentId;
  /** Who is signed in; the moment signs in the account administrator. */
  persona?: 'owner';
  /** The blade, as a portal path. */
  path: string;
  /**
   * The cancel wizard opens its later steps only once its preparations are acknowledged (R2): the
   * presentation ticks the box on the Prepare step, as the presenter would, then goes to this step.
   */
  wizardStep?: 'review' | 'confirm';
  /** What the caption points at, inside the blade (the first selector that matches). */
  target: string;
}

export const CHAPTERS: readonly Chapter[] = [
  {
    key: 'who',
    rules: 'R1',
    moment: 'seed-start',
    persona: 'owner',
    path: paths.overview.getHref(PRODUCTION),
    target: 'main [role="toolbar"]',
  },
  {
    key: 'prepare',
    rules: 'R2',
    moment: 'seed-start',
    path: paths.cancel.getHref(PRODUCTION),
    target: 'main table',
  },
  {
    key: 'impact',
    rules: 'R4 R5 R6 R7 R8',
    moment: 'seed-start',
    path: paths.cancel.getHref(PRODUCTION),
    wizardStep: 'review',
    target: 'main dl, main table',
  },
  {
    key: 'confirm',
    rules: 'R3',
    moment: 'seed-start',
    path: paths.cancel.getHref(PRODUCTION),
    wizardStep: 'confirm',
    target: 'main form, main input',
  },
  {
    key: 'billingStopped',
    rules: 'R4 R5',
    moment: 'just-cancelled',
    path: paths.overview.getHref(PRODUCTION),
    target: 'main .fui-MessageBar',
  },
  {
    key: 'disabled',
    rules: 'R6 R7 R8 R9',
    moment: 'disabled',
    path: paths.overview.getHref(PRODUCTION),
    target: 'main .fui-MessageBar',
  },
  {
    key: 'reactivate',
    rules: 'R10',
    moment: 'disabled',
    path: paths.accountCenter.getHref(PRODUCTION),
    target: 'main .fui-MessageBar',
  },
  {
    key: 'support',
    rules: 'R11 R13',
    moment: 'seed-start',
    path: paths.overview.getHref(SANDBOX),
    target: 'main .fui-MessageBar',
  },
  {
    key: 'deleted',
    rules: 'R9',
    moment: 'deleted',
    path: paths.overview.getHref(PRODUCTION),
    target: 'main .fui-MessageBar',
  },
];

/** A chapter number from the address (1-based), kept inside the story. */
export function chapterFromParam(value: string | null): number {
  const parsed = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(parsed)) return 1;
  return Math.min(Math.max(parsed, 1), CHAPTERS.length);
}

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode, RefObject } from 'react';
import { CHAPTERS, type Chapter } from '@/features/presentation/chapters';
import { SIDE_DOCK_MEDIA, SIDE_DOCK_QUERY, SIDE_DOCK_WIDTH } from '@/components/shell/breakpoints';
import { useCaptionDock } from '@/features/presentation/components/caption-dock';
import { SetupStatus } from '@/features/presentation/components/setup-status';
import type { Setup } from '@/features/presentation/components/use-chapter-setup';
import { presentationMessages } from '@/features/presentation/messages';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';
import { useMediaQuery } from '@/lib/use-media-query';

const useStyles = makeStyles({
  // The bottom sheet by default (tablets upright, phones); the side column on a wide screen. Either
  // way docked: the portal leaves it its room (caption-dock.ts), so it covers nothing.
  card: {
    position: 'fixed',
    zIndex: 100,
    left: 0,
    right: 0,
    bottom: 0,
    maxHeight: '50vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow28,
    [SIDE_DOCK_MEDIA]: {
      left: 'auto',
      top: 0,
      width: SIDE_DOCK_WIDTH,
      maxHeight: 'none',
      padding: tokens.spacingHorizontalL,
      borderTop: 'none',
      borderLeft: `2px solid ${tokens.colorBrandStroke1}`,
    },
  },
  // The words scroll inside the card when they are longer than its room; the buttons stay in view.
  body: {
    flex: '0 1 auto',
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Room for the title's focus ring, which the scrolling box would otherwise cut.
    padding: '4px',
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  progress: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  rules: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  title: {
    margin: 0,
    // Room for the focus ring (the title takes focus at each chapter) above the caption.
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  caption: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  // Our own words, set apart from the quotation above them so nobody reads them as the seed's.
  aside: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
  },
  notes: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  // Keys are for a presenter at a keyboard; a phone has none.
  keys: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    '@media (pointer: coarse)': { display: 'none' },
  },
});

interface CaptionCardProps {
  card: RefObject<HTMLElement | null>;
  heading: RefObject<HTMLHeadingElement | null>;
  number: number;
  chapter: Chapter;
  setup: Setup;
  retry: () => void;
  notesShown: boolean;
  /** The card's buttons. */
  controls: ReactNode;
}

/**
 * The card docked beside or under the portal: where the story is, the chapter's title and caption
 * (announced when they change), the chapter's set-up, the presenter notes when shown, the buttons.
 */
export function CaptionCard({
  card,
  heading,
  number,
  chapter,
  setup,
  retry,
  notesShown,
  controls,
}: CaptionCardProps) {
  const styles = useStyles();
  const t = useMessages(presentationMessages);
  const { locale } = useLocale();
  const text = t.chapters[chapter.key];
  useCaptionDock(card, useMediaQuery(SIDE_DOCK_QUERY));
  return (
    <section ref={card} role="region" aria-label={t.region} className={styles.card}>
      <div className={styles.top}>
        <span className={styles.progress} aria-label={t.progressLabel(number, CHAPTERS.length)}>
          {t.progress(number, CHAPTERS.length)}
        </span>
        <span className={styles.rules}>{chapter.rules}</span>
      </div>
      <div className={styles.body}>
        <div aria-live="polite" aria-atomic="true">
          <h2 ref={heading} tabIndex={-1} className={styles.title}>
            {text.title}
          </h2>
          <p className={styles.caption} lang={locale}>
            {text.caption}
          </p>
          {text.aside && <p className={styles.aside}>{text.aside}</p>}
        </div>
        <SetupStatus setup={setup} retry={retry} />
        {notesShown && <p className={styles.notes}>{text.notes}</p>}
      </div>
      {controls}
      <p className={styles.keys}>{t.keys}</p>
    </section>
  );
}

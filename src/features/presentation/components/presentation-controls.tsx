import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  DismissRegular,
  NotepadRegular,
  PauseRegular,
  PlayRegular,
  WindowNewRegular,
} from '@fluentui/react-icons';
import { PHONE_QUERY } from '@/components/shell/breakpoints';
import { CHAPTERS } from '@/features/presentation/chapters';
import { presentationMessages } from '@/features/presentation/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useMediaQuery } from '@/lib/use-media-query';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface PresentationControlsProps {
  number: number;
  autoAdvancing: boolean;
  notesShown: boolean;
  notesWindowOpen: boolean;
  goTo: (chapter: number) => void;
  togglePlaying: () => void;
  toggleNotes: () => void;
  /** Called in the click's own handler, so that no popup blocker stops the window. */
  openNotesWindow: () => void;
  exit: () => Promise<void>;
}

/** The caption card's buttons: the same actions as the presentation's keys, for pointer users. */
export function PresentationControls({
  number,
  autoAdvancing,
  notesShown,
  notesWindowOpen,
  goTo,
  togglePlaying,
  toggleNotes,
  openNotesWindow,
  exit,
}: PresentationControlsProps) {
  const styles = useStyles();
  const t = useMessages(presentationMessages);
  // A phone keeps every button on one row under the caption: Next says its name, the others are
  // their icons (named for screen readers). A notes window is for a presenter's second screen.
  const phone = useMediaQuery(PHONE_QUERY);
  const label = (text: string): { children?: string; 'aria-label'?: string } =>
    phone ? { 'aria-label': text } : { children: text };
  return (
    <div className={styles.controls}>
      <Button
        icon={<ArrowLeftRegular />}
        disabled={number <= 1}
        onClick={() => goTo(number - 1)}
        {...label(t.previous)}
      />
      <Button
        appearance="primary"
        icon={<ArrowRightRegular />}
        iconPosition="after"
        disabled={number >= CHAPTERS.length}
        onClick={() => goTo(number + 1)}
      >
        {t.next}
      </Button>
      <Button
        icon={autoAdvancing ? <PauseRegular /> : <PlayRegular />}
        aria-pressed={autoAdvancing}
        disabled={number >= CHAPTERS.length}
        onClick={togglePlaying}
        {...label(autoAdvancing ? t.pause : t.play)}
      />
      <Button
        icon={<NotepadRegular />}
        aria-expanded={notesShown}
        onClick={toggleNotes}
        {...label(t.notes)}
      />
      {!phone && (
        <Button icon={<WindowNewRegular />} disabled={notesWindowOpen} onClick={openNotesWindow}>
          {t.notesWindow}
        </Button>
      )}
      <Button icon={<DismissRegular />} onClick={() => void exit()} {...label(t.exit)} />
    </div>
  );
}

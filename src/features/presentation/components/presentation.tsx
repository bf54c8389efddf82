import { useCallback, useRef, useState } from 'react';
import type { PresentationSession } from '@/features/presentation/api/presentation-session';
import { CHAPTERS } from '@/features/presentation/chapters';
import { CaptionCard } from '@/features/presentation/components/caption-card';
import { NotesWindow, openNotesWindow } from '@/features/presentation/components/notes-window';
import { PresentationControls } from '@/features/presentation/components/presentation-controls';
import { TargetRing } from '@/features/presentation/components/target-ring';
import { usePresentationKeys } from '@/features/presentation/components/use-presentation-keys';
import { usePresentationNavigation } from '@/features/presentation/components/use-presentation-navigation';
import { presentationMessages } from '@/features/presentation/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/**
 * The seed's story told by the portal itself (contract §8): each chapter puts the mock at a moment of
 * the story and opens its blade, and a caption card beside the UI quotes the seed and outlines what it
 * talks about. The portal stays live underneath.
 *
 * Our own card (Fluent tokens) rather than a tour library: Shepherd.js and Intro.js are AGPL-3.0;
 * driver.js (MIT) and react-joyride (MIT) anchor each step to an element present when the step starts
 * and lay an overlay over the page, while a chapter here first changes the mock and the route, the
 * page must stay usable, and the contract names the region and its live caption, which we control
 * directly this way.
 */
export function Presentation({ session }: { session: PresentationSession }) {
  const t = useMessages(presentationMessages);
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { number, chapter, setup, retry, autoAdvancing, goTo, togglePlaying, exit } =
    usePresentationNavigation(session, { card, heading });
  const [notesShown, setNotesShown] = useState(false);
  const [notesWindow, setNotesWindow] = useState<Window | null>(null);
  const text = t.chapters[chapter.key];

  const toggleNotes = useCallback(() => setNotesShown((value) => !value), []);
  const closeNotesWindow = useCallback(() => setNotesWindow(null), []);

  usePresentationKeys({ number, goTo, exit, togglePlaying, toggleNotes });

  return (
    <>
      <TargetRing selector={setup.kind === 'ready' ? chapter.target : null} />
      <CaptionCard
        card={card}
        heading={heading}
        number={number}
        chapter={chapter}
        setup={setup}
        retry={retry}
        notesShown={notesShown}
        controls={
          <PresentationControls
            number={number}
            autoAdvancing={autoAdvancing}
            notesShown={notesShown}
            notesWindowOpen={notesWindow !== null}
            goTo={goTo}
            togglePlaying={togglePlaying}
            toggleNotes={toggleNotes}
            openNotesWindow={() => setNotesWindow(openNotesWindow(t.notesWindowTitle))}
            exit={exit}
          />
        }
      />
      {notesWindow && (
        <NotesWindow popup={notesWindow} onClosed={closeNotesWindow}>
          <h1>
            {t.progress(number, CHAPTERS.length)} — {text.title}
          </h1>
          <p>{text.caption}</p>
          {text.aside && <p>{text.aside}</p>}
          <p>{text.notes}</p>
        </NotesWindow>
      )}
    </>
  );
}

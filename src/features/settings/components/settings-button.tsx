import { Button, makeStyles, mergeClasses } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { settingsMessages } from '@/features/settings/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

// The pane loads when it is first wanted (hover, focus, click), not with the portal.
const loadPanel = () => import('@/features/settings/components/settings-panel');
const SettingsPanel = lazy(() =>
  loadPanel().then(({ SettingsPanel: Panel }) => ({ default: Panel })),
);
// A failed prefetch is retried, and reported, when the pane opens.
const prefetchPanel = () => void loadPanel().catch(() => undefined);

const useStyles = makeStyles({
  trigger: {
    color: '#ffffff',
    minWidth: '40px',
    height: '40px',
    borderRadius: 0,
    ':hover': { color: '#ffffff', backgroundColor: '#323130' },
    ':hover:active': { color: '#ffffff', backgroundColor: '#484644' },
  },
  open: { backgroundColor: '#323130' },
});

/** The gear in the top bar and the Settings pane it opens. */
export function SettingsButton() {
  const styles = useStyles();
  const t = useMessages(settingsMessages);
  const [open, setOpen] = useState(false);
  // Once opened, the pane stays mounted, so it can animate closed and open again at once.
  const [wanted, setWanted] = useState(false);

  return (
    <>
      <Button
        appearance="transparent"
        className={mergeClasses(styles.trigger, open && styles.open)}
        icon={<SettingsRegular />}
        aria-label={t.title}
        aria-expanded={open}
        aria-haspopup="dialog"
        onPointerEnter={prefetchPanel}
        onFocus={prefetchPanel}
        onClick={() => {
          setWanted(true);
          setOpen((value) => !value);
        }}
      />
      {wanted && (
        <Suspense fallback={null}>
          <SettingsPanel open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}

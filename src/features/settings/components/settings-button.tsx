import { Button, makeStyles, mergeClasses } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { lazyPane, PaneSlot, usePaneToggle } from '@/components/deferred/lazy-pane';
import { settingsMessages } from '@/features/settings/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const panel = lazyPane(() =>
  import('@/features/settings/components/settings-panel').then((module) => module.SettingsPanel),
);

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
  const { open, setOpen, mounted, triggerProps } = usePaneToggle(panel);

  return (
    <>
      <Button
        appearance="transparent"
        className={mergeClasses(styles.trigger, open && styles.open)}
        icon={<SettingsRegular />}
        aria-label={t.title}
        {...triggerProps}
      />
      <PaneSlot mounted={mounted}>
        <panel.Pane open={open} onOpenChange={setOpen} />
      </PaneSlot>
    </>
  );
}

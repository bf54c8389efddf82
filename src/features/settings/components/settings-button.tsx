import { Button } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { lazyPane, PaneSlot, usePaneToggle } from '@/components/deferred/lazy-pane';
import { useTopBarButtonClass } from '@/components/shell/top-bar-button';
import { settingsMessages } from '@/features/settings/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const panel = lazyPane(() =>
  import('@/features/settings/components/settings-panel').then((module) => module.SettingsPanel),
);

/** The gear in the top bar and the Settings pane it opens. */
export function SettingsButton() {
  const t = useMessages(settingsMessages);
  const { open, setOpen, mounted, triggerProps } = usePaneToggle(panel);
  const buttonClass = useTopBarButtonClass(open);

  return (
    <>
      <Button
        appearance="transparent"
        className={buttonClass}
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

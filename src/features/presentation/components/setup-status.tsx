import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { Setup } from '@/features/presentation/components/use-chapter-setup';
import { presentationMessages } from '@/features/presentation/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/** While the chapter is being set up, a spinner; when its set-up failed, why, and Try again. */
export function SetupStatus({ setup, retry }: { setup: Setup; retry: () => void }) {
  const styles = useStyles();
  const t = useMessages(presentationMessages);
  if (setup.kind === 'loading')
    return (
      <div className={styles.status} role="status">
        <Spinner size="tiny" />
        {t.settingUp}
      </div>
    );
  if (setup.kind === 'error')
    return (
      <div className={styles.status} role="alert">
        <p className={styles.error}>{t.failed(setup.reason)}</p>
        <Button size="small" onClick={retry}>
          {t.retry}
        </Button>
      </div>
    );
  return null;
}

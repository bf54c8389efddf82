import { makeStyles, tokens } from '@fluentui/react-components';
import { DeferredAvatar } from '@/components/deferred/deferred-avatar';
import { shellMessages } from '@/components/shell/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    lineHeight: '14px',
    '@media (max-width: 900px)': { display: 'none' },
  },
  name: { fontSize: tokens.fontSizeBase200, color: '#ffffff' },
  directory: { fontSize: tokens.fontSizeBase100, color: '#d2d0ce', textTransform: 'uppercase' },
});

/** The signed-in account, as the portal shows it: name over directory, then the avatar. */
export function AccountBadge({ name, directory }: { name: string; directory: string }) {
  const styles = useStyles();
  const t = useMessages(shellMessages);
  return (
    <div className={styles.root} role="group" aria-label={t.signedInAs(name, directory)}>
      <span className={styles.text} aria-hidden>
        <span className={styles.name}>{name}</span>
        <span className={styles.directory}>{directory}</span>
      </span>
      <DeferredAvatar name={name} size={28} color="colorful" aria-hidden />
    </div>
  );
}

import { makeStyles, type AvatarProps } from '@fluentui/react-components';
import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';

const avatarModule = deferredModule(() => import('@/components/deferred/fluent-avatar'));

const useStyles = makeStyles({
  // Where the avatar will be, as Fluent's Avatar lays itself out, so nothing moves when it arrives.
  placeholder: {
    display: 'inline-block',
    flexShrink: 0,
    verticalAlign: 'middle',
    borderRadius: '50%',
  },
});

/**
 * Fluent's Avatar, downloaded once the page has settled; until then an empty space of its size.
 * `size` is required: the placeholder must know it. Measured: importing Avatar directly would add 8.6 KB
 * gzip to the JavaScript before the list shows (its initials and presence badge code).
 */
export function DeferredAvatar(props: AvatarProps & { size: NonNullable<AvatarProps['size']> }) {
  const styles = useStyles();
  const loaded = useDeferredModule(avatarModule, 'settled');
  if (loaded) return <loaded.Avatar {...props} />;
  return (
    <span
      className={styles.placeholder}
      style={{ width: props.size, height: props.size }}
      aria-hidden
    />
  );
}

import { makeStyles, mergeClasses } from '@fluentui/react-components';

// The top bar's icon buttons (Notifications, Settings): white on the dark bar, square, and shaded
// while their pane is open, as in the portal.

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

/** The class of a top-bar icon button whose pane is `open` or not. */
export function useTopBarButtonClass(open: boolean): string {
  const styles = useStyles();
  return mergeClasses(styles.trigger, open && styles.open);
}

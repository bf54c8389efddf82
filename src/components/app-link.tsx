import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Link, type LinkProps } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
      borderRadius: '2px',
    },
  },
});

/** A router link with Fluent's link look, so in-app navigation never reloads the page. */
export function AppLink({ className, ...props }: LinkProps) {
  const styles = useStyles();
  return (
    <Link
      {...props}
      className={mergeClasses(styles.link, typeof className === 'string' ? className : undefined)}
    />
  );
}

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
  // Inside a sentence colour alone does not tell a link from its text (WCAG 1.4.1): underline it.
  inline: { textDecorationLine: 'underline' },
});

/**
 * A router link with Fluent's link look, so in-app navigation never reloads the page. `inline` for a
 * link within running text (as Fluent's `<Link inline>`).
 */
export function AppLink({ className, inline = false, ...props }: LinkProps & { inline?: boolean }) {
  const styles = useStyles();
  return (
    <Link
      {...props}
      className={mergeClasses(
        styles.link,
        inline && styles.inline,
        typeof className === 'string' ? className : undefined,
      )}
    />
  );
}

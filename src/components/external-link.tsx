import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { externalLinks, type ExternalLinkKey } from '@/config/external-links';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  icon: { marginInlineStart: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
});

/**
 * A public page the seed refers to, under its own title, opened in a new tab so the portal keeps
 * its place; `noopener` so that page cannot reach back into the portal. Screen readers hear that it
 * opens a new tab.
 */
export function ExternalLink({ to }: { to: ExternalLinkKey }) {
  const styles = useStyles();
  const common = useMessages(commonMessages);
  return (
    <Link inline href={externalLinks[to]} target="_blank" rel="noopener noreferrer">
      {common.externalPage[to]}
      <OpenRegular className={styles.icon} role="img" aria-label={common.opensInNewTab} />
    </Link>
  );
}

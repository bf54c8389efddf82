import { makeStyles, tokens } from '@fluentui/react-components';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  text: { margin: 0 },
});

/** R13 "Need help? Contact support", at the foot of every step. */
export function NeedHelp({ subscriptionId }: { subscriptionId: string }) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  return (
    <aside className={styles.root} aria-label={t.needHelp}>
      <h3 className={styles.heading}>{t.needHelp}</h3>
      <p className={styles.text}>
        {t.needHelpBody}
        {t.space}
        <ContactSupportLink inline subscriptionId={subscriptionId}>
          {t.contactSupport}
        </ContactSupportLink>
      </p>
    </aside>
  );
}

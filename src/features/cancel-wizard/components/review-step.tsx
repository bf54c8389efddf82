import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { CancelPreview } from '@/contract/cancel-preview';
import { AppLink } from '@/components/app-link';
import { ExternalLink } from '@/components/external-link';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { cancelPreviewQueryOptions } from '@/features/cancel-wizard/api/get-cancel-preview';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import { lifecycleMessages } from '@/components/lifecycle/messages';
import { stepStyles } from '@/features/cancel-wizard/components/prepare-step';
import { StepFooter } from '@/features/cancel-wizard/components/step-footer';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '860px' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 220px) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  value: {
    display: 'block',
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXXS,
  },
  explain: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  counts: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function Figure({ term, value, explain }: { term: string; value: ReactNode; explain: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.item}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail}>
        <span className={styles.value}>{value}</span>
        <span className={styles.explain}>{explain}</span>
      </dd>
    </div>
  );
}

function Figures({ subscriptionId, preview }: { subscriptionId: string; preview: CancelPreview }) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const lifecycle = useMessages(lifecycleMessages);
  const format = useFormat();
  const { disables, supportPlan } = preview;
  const until = format.date(preview.reactivationDeadline);
  return (
    <dl className={styles.list} aria-label={t.stepLabel.review}>
      <Figure
        term={t.billingStops}
        value={t.immediately(format.dateTime(preview.billingStopsAt))}
        explain={t.billingStopsBody}
      />
      <Figure
        term={t.showsInPortal}
        value={t.upTo10(format.dateTime(preview.showsInPortalBy))}
        explain={lifecycle.showsInPortalRule}
      />
      <Figure
        term={t.disabledTitle}
        value={
          <ul className={styles.counts}>
            <li>{t.vmsDeallocated(disables.virtualMachinesDeallocated)}</li>
            <li>{t.ipsReleased(disables.dynamicIpsReleased)}</li>
            <li>{t.storageReadOnly(disables.storageAccountsReadOnly)}</li>
            <li>{t.webAppsStopped(disables.webAppsStopped)}</li>
          </ul>
        }
        explain={t.disabledBody}
      />
      <Figure
        term={t.finalInvoice}
        value={t.finalInvoiceValue(
          format.date(preview.finalInvoiceDate),
          format.money(preview.finalInvoiceAmount.amount, preview.finalInvoiceAmount.currency),
        )}
        explain={t.finalInvoiceBody}
      />
      <Figure
        term={t.supportPlan}
        value={
          supportPlan
            ? t.supportPlanValue(
                supportPlan.name,
                format.money(supportPlan.monthlyPrice, supportPlan.currency),
                supportPlan.chargeCount,
                format.money(supportPlan.total, supportPlan.currency),
                format.date(supportPlan.lastChargeDate),
              )
            : t.noSupportPlan
        }
        explain={
          <>
            {t.supportPlanBody}
            {t.space}
            <ExternalLink to="supportPlans" />
          </>
        }
      />
      <Figure
        term={t.dataRetention}
        value={t.deletedOn(format.date(preview.dataDeletionDate))}
        explain={
          <>
            {t.dataRetentionBody}
            {t.space}
            <ExternalLink to="trustCenterDataManagement" />
          </>
        }
      />
      <Figure
        term={t.reactivation}
        value={
          preview.reactivationPath === 'self-service'
            ? t.reactivationSelfService(until)
            : t.reactivationSupport(until)
        }
        explain={
          preview.reactivationPath === 'self-service' ? (
            <AppLink to={paths.accountCenter.getHref()}>{t.accountCenter}</AppLink>
          ) : (
            <ContactSupportLink subscriptionId={subscriptionId}>
              {t.contactSupport}
            </ContactSupportLink>
          )
        }
      />
    </dl>
  );
}

/** R4–R11 as they would apply if cancelled now; every date and amount is the API's. */
export function ReviewStep({
  subscriptionId,
  onBack,
  onNext,
}: {
  subscriptionId: string;
  onBack: () => void;
  onNext: () => void;
}) {
  const styles = stepStyles();
  const t = useMessages(cancelWizardMessages);
  const preview = useQuery(cancelPreviewQueryOptions(subscriptionId));
  return (
    <>
      <p className={styles.intro}>{t.reviewIntro}</p>
      {preview.error && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.isPending && <Loading />}
      {preview.data && <Figures subscriptionId={subscriptionId} preview={preview.data} />}
      <StepFooter
        onBack={onBack}
        primary={
          <Button
            appearance="primary"
            icon={<ArrowRightRegular />}
            iconPosition="after"
            onClick={onNext}
          >
            {t.next}
          </Button>
        }
      />
    </>
  );
}

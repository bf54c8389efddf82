import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { AppLink } from '@/components/app-link';
import { ExternalLink } from '@/components/external-link';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import { bannerMessages } from '@/features/overview/banner-messages';
import {
  bannerRole,
  statusBannerFor,
  type StatusBanner as Banner,
} from '@/features/overview/components/banner-kind';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalM },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  para: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

interface StatusBannerProps {
  subscriptionId: string;
  billing: BillingSubscription['properties'];
  state: SubscriptionState | undefined;
}

/** The one banner for the subscription's current moment (R4–R13), every date and amount from the billing read. */
export function StatusBanner({ subscriptionId, billing, state }: StatusBannerProps) {
  const banner = statusBannerFor(billing, state);
  if (!banner) return null;
  return <BannerBar banner={banner} subscriptionId={subscriptionId} billing={billing} />;
}

function BannerBar({
  banner,
  subscriptionId,
  billing,
}: {
  banner: Banner;
  subscriptionId: string;
  billing: BillingSubscription['properties'];
}) {
  const styles = useStyles();
  const t = useMessages(bannerMessages);
  const f = useFormat();
  const role = bannerRole(banner);
  const intent =
    role === 'status'
      ? banner.kind === 'reactivated'
        ? 'success'
        : 'info'
      : banner.kind === 'deleted'
        ? 'error'
        : 'warning';
  const help = (
    <p className={styles.para}>
      {t.needHelp}{' '}
      <ContactSupportLink inline subscriptionId={subscriptionId} billing={billing}>
        {t.contactSupport}
      </ContactSupportLink>
    </p>
  );
  let title: string;
  let body: ReactNode;
  switch (banner.kind) {
    case 'cancellation-pending':
      title = t.pendingTitle;
      body = (
        <>
          <p className={styles.para}>
            {t.pendingBody(
              f.dateTime(banner.cancellation.billingStoppedAt),
              f.dateTime(banner.cancellation.showsInPortalBy),
            )}
          </p>
          {help}
        </>
      );
      break;
    case 'disabled': {
      const c = banner.cancellation;
      const plan = banner.supportPlan;
      title = t.disabledTitle;
      body = (
        <>
          <ul className={styles.list}>
            <li>{t.disabledServices}</li>
            <li>
              {t.finalInvoice(
                f.money(c.finalInvoiceAmount, banner.currency),
                f.date(c.finalInvoiceDate),
                f.dateTime(c.billingStoppedAt),
              )}
            </li>
            {plan && plan.lastChargeDate && (
              <li>
                {t.supportPlan(
                  plan.name,
                  f.money(plan.monthlyPrice, plan.currency),
                  plan.charges.length,
                  f.money(plan.total, plan.currency),
                  f.date(plan.lastChargeDate),
                )}{' '}
                <ExternalLink to="supportPlans" />
              </li>
            )}
            <li>
              {t.dataKept(f.date(c.dataDeletionDate))}{' '}
              <ExternalLink to="trustCenterDataManagement" />
            </li>
            <li>
              {banner.reactivationPath === 'self-service' ? (
                <>
                  {t.reactivateSelf(f.date(c.reactivationDeadline))}{' '}
                  <AppLink inline to={paths.accountCenter.getHref()}>
                    {t.accountCenter}
                  </AppLink>
                  {t.sentenceEnd}
                </>
              ) : (
                <>
                  {t.reactivateSupport(f.date(c.reactivationDeadline))}{' '}
                  <AppLink
                    inline
                    to={paths.newSupportRequest.getHref(
                      subscriptionId,
                      'subscription-reactivation',
                    )}
                  >
                    {t.requestReactivation}
                  </AppLink>
                </>
              )}
            </li>
          </ul>
          {help}
        </>
      );
      break;
    }
    case 'reactivation-pending':
      title = t.reactivationPendingTitle;
      body = (
        <>
          <p className={styles.para}>
            {t.reactivationPendingBody(banner.ticketName, f.dateTime(banner.expectedAt))}
          </p>
          {help}
        </>
      );
      break;
    case 'deleted':
      title = t.deletedTitle;
      body = (
        <>
          {banner.cancellation && (
            <p className={styles.para}>
              {t.deletedBody(f.date(banner.cancellation.dataDeletionDate))}
            </p>
          )}
          {help}
        </>
      );
      break;
    case 'reactivated':
      title = t.reactivatedTitle;
      body = (
        <p className={styles.para}>
          {banner.via === 'support' && `${t.reactivatedBySupport} `}
          {t.reactivatedBody(f.dateTime(banner.reactivatedAt))}
        </p>
      );
      break;
    case 'past-due':
      title = t.pastDueTitle;
      body = (
        <>
          <p className={styles.para}>{t.pastDueBody}</p>
          {help}
        </>
      );
      break;
    case 'warned':
      title = t.warnedTitle;
      body = (
        <>
          <p className={styles.para}>{t.warnedBody}</p>
          {help}
        </>
      );
      break;
  }
  return (
    <MessageBar
      className={styles.bar}
      intent={intent}
      role={role}
      layout="multiline"
      aria-label={title}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}

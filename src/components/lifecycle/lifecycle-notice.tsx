import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AppLink } from '@/components/app-link';
import { ExternalLink } from '@/components/external-link';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import {
  lifecycleNoticeFor,
  noticeRole,
  type LifecycleNoticeKind,
} from '@/components/lifecycle/lifecycle-notice-kind';
import { lifecycleMessages, type LifecycleMessages } from '@/components/lifecycle/messages';
import { paths } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { useFormat, type Formatters } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

type Billing = BillingSubscription['properties'];

/**
 * Where the notice is shown. The Overview tells the whole story; the Account Center is about
 * billing and bringing the subscription back; the wizard says why there is nothing to cancel, or
 * what cancelling means now; Resources say what happens to the resources.
 */
export type NoticeContext = 'overview' | 'account-center' | 'wizard' | 'resources';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  para: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/** Which notices each context shows: a reactivation the Account Center just made says so itself. */
function shownIn(context: NoticeContext, notice: LifecycleNoticeKind): boolean {
  switch (context) {
    case 'overview':
      return true;
    case 'account-center':
    case 'wizard':
      return notice.kind !== 'reactivated';
    case 'resources':
      return (
        notice.kind === 'cancellation-pending' ||
        notice.kind === 'disabled' ||
        notice.kind === 'reactivation-pending' ||
        notice.kind === 'deleted'
      );
  }
}

export interface LifecycleNoticeProps {
  context: NoticeContext;
  subscriptionId: string;
  billing: Billing;
  /** ARM's state, for Past due and Warned; the billing read's phase decides the rest. */
  state: SubscriptionState | undefined;
  /** The title's id, for controls that are described by the notice (Resources' disabled actions). */
  titleId?: string;
  /** Buttons the feature adds (the Account Center's Reactivate). */
  actions?: ReactNode;
  /** A line the feature adds at the end of the body (a link back, a permission note). */
  children?: ReactNode;
}

/** The one lifecycle notice (R4–R13) for the subscription's current moment, every date and amount the API's. */
export function LifecycleNotice(props: LifecycleNoticeProps) {
  const notice = lifecycleNoticeFor(props.billing, props.state);
  if (!notice || !shownIn(props.context, notice)) return null;
  return <NoticeBar notice={notice} {...props} />;
}

interface Text {
  title: string;
  body: ReactNode;
}

function NoticeBar({
  notice,
  context,
  subscriptionId,
  billing,
  titleId,
  actions,
  children,
}: LifecycleNoticeProps & { notice: LifecycleNoticeKind }) {
  const styles = useStyles();
  const t = useMessages(lifecycleMessages);
  const f = useFormat();
  const role = noticeRole(notice);
  const intent =
    role === 'status'
      ? notice.kind === 'reactivated'
        ? 'success'
        : 'info'
      : notice.kind === 'deleted'
        ? 'error'
        : 'warning';
  const p = (text: ReactNode) => <p className={styles.para}>{text}</p>;
  const { title, body } = noticeText({ notice, context, subscriptionId, t, f, p, styles });
  const help = context !== 'wizard' && notice.kind !== 'reactivated' && (
    <p className={styles.para}>
      {t.needHelp}
      {t.space}
      <ContactSupportLink inline subscriptionId={subscriptionId} billing={billing}>
        {t.contactSupport}
      </ContactSupportLink>
    </p>
  );
  return (
    <MessageBar intent={intent} role={role} layout="multiline" aria-label={title}>
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{title}</MessageBarTitle>
        {body}
        {children && <p className={styles.para}>{children}</p>}
        {help}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

function noticeText({
  notice,
  context,
  subscriptionId,
  t,
  f,
  p,
  styles,
}: {
  notice: LifecycleNoticeKind;
  context: NoticeContext;
  subscriptionId: string;
  t: LifecycleMessages;
  f: Formatters;
  p: (text: ReactNode) => ReactNode;
  styles: ReturnType<typeof useStyles>;
}): Text {
  const supportReactivation = (deadline: string) => (
    <>
      {t.reactivateSupport(f.date(deadline))}
      {t.space}
      <AppLink
        inline
        to={paths.newSupportRequest.getHref(subscriptionId, 'subscription-reactivation')}
      >
        {t.requestReactivation}
      </AppLink>
    </>
  );
  const nothingToCancel = context === 'wizard' && p(t.nothingToCancel);
  switch (notice.kind) {
    case 'cancellation-pending': {
      const c = notice.cancellation;
      return {
        title: t.pendingTitle,
        body: (
          <>
            {p(t.pendingBody(f.dateTime(c.billingStoppedAt), f.dateTime(c.showsInPortalBy)))}
            {context === 'resources' && p(t.pendingEffect)}
            {nothingToCancel}
          </>
        ),
      };
    }
    case 'disabled': {
      const c = notice.cancellation;
      const plan = notice.supportPlan;
      const selfService = notice.reactivationPath === 'self-service';
      if (context === 'resources') {
        return {
          title: t.resourcesDisabledTitle,
          body: p(`${t.disabledServices}${t.space}${t.readsStillWork}`),
        };
      }
      if (context === 'wizard') {
        return {
          title: t.disabledTitle,
          body: (
            <>
              {p(t.disabledServices)}
              {nothingToCancel}
            </>
          ),
        };
      }
      if (context === 'account-center') {
        return {
          title: t.disabledTitle,
          body: (
            <>
              {p(t.dataKept(f.date(c.dataDeletionDate)))}
              {p(
                selfService
                  ? t.reactivateHere(f.date(c.reactivationDeadline))
                  : supportReactivation(c.reactivationDeadline),
              )}
            </>
          ),
        };
      }
      return {
        title: t.disabledTitle,
        body: (
          <ul className={styles.list}>
            <li>{t.disabledServices}</li>
            <li>
              {t.finalInvoice(
                f.money(c.finalInvoiceAmount, notice.currency),
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
                )}
                {t.space}
                <ExternalLink to="supportPlans" />
              </li>
            )}
            <li>
              {t.dataKept(f.date(c.dataDeletionDate))}
              {t.space}
              <ExternalLink to="trustCenterDataManagement" />
            </li>
            <li>
              {selfService ? (
                <>
                  {t.reactivateSelf(f.date(c.reactivationDeadline))}
                  {t.space}
                  <AppLink inline to={paths.accountCenter.getHref()}>
                    {t.accountCenter}
                  </AppLink>
                  {t.sentenceEnd}
                </>
              ) : (
                supportReactivation(c.reactivationDeadline)
              )}
            </li>
          </ul>
        ),
      };
    }
    case 'reactivation-pending':
      return {
        // Resources stay read-only until support brings the subscription back (R6, R11).
        title: context === 'resources' ? t.resourcesDisabledTitle : t.reactivationPendingTitle,
        body: (
          <>
            {p(t.reactivationPendingBody(notice.ticketName, f.dateTime(notice.expectedAt)))}
            {nothingToCancel}
          </>
        ),
      };
    case 'deleted':
      return {
        title: t.deletedTitle,
        body:
          context === 'resources'
            ? p(t.deletedNoResources)
            : notice.cancellation && p(t.deletedBody(f.date(notice.cancellation.dataDeletionDate))),
      };
    case 'reactivated':
      return {
        title: t.reactivatedTitle,
        body: p(
          <>
            {notice.via === 'support' && `${t.reactivatedBySupport}${t.space}`}
            {t.reactivatedBody(f.dateTime(notice.reactivatedAt))}
          </>,
        ),
      };
    case 'past-due':
      return {
        title: t.pastDueTitle,
        body: (
          <>
            {p(t.pastDueBody)}
            {context === 'wizard' && p(t.pastDueCancel)}
          </>
        ),
      };
    case 'warned':
      return {
        title: t.warnedTitle,
        body: (
          <>
            {p(t.warnedBody)}
            {context === 'wizard' && p(t.warnedCancel)}
          </>
        ),
      };
  }
}

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { AppLink } from '@/components/app-link';
import { paths } from '@/config/paths';
import type { SupportTicketResource } from '@/contract/support';
import { deskReplyText } from '@/features/support/api/desk-reply';
import { supportMessages } from '@/features/support/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  note: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    maxWidth: '420px',
  },
  replyLabel: { fontWeight: tokens.fontWeightSemibold },
});

export type TicketOutcome = 'open' | 'resolved' | 'refused';

/** ARM's Open/Closed plus our `resolution` (R11), as the list shows it. */
export function ticketOutcome(ticket: SupportTicketResource): TicketOutcome {
  if (ticket.properties.status === 'Open') return 'open';
  return ticket.properties.resolution === 'Refused' ? 'refused' : 'resolved';
}

/** R10, R11: where the reply leads: a prefilled reactivation request, or the Account Center. */
function ReplyLink({ ticket }: { ticket: SupportTicketResource }) {
  const t = useMessages(supportMessages);
  const { subscriptionId, reply } = ticket.properties;
  if (reply?.code === 'reactivation-by-support-request')
    return (
      <AppLink
        inline
        to={paths.newSupportRequest.getHref(subscriptionId, 'subscription-reactivation')}
      >
        {t.requestReactivation}
      </AppLink>
    );
  if (reply?.code === 'reactivation-self-service')
    return (
      <AppLink inline to={paths.accountCenter.getHref(subscriptionId)}>
        {t.openAccountCenter}
      </AppLink>
    );
  return null;
}

export function TicketStatus({ ticket }: { ticket: SupportTicketResource }) {
  const styles = useStyles();
  const t = useMessages(supportMessages);
  const format = useFormat();
  const outcome = ticketOutcome(ticket);
  const { expectedResolutionDate, refusalReason } = ticket.properties;
  const reply = deskReplyText(ticket.properties, t.replies, format);
  // A server without reply codes still sends its English reason.
  const refusal = reply ?? refusalReason;
  return (
    <div className={styles.root}>
      {outcome === 'open' && (
        <Badge appearance="tint" color="informative">
          {t.statusOpen}
        </Badge>
      )}
      {outcome === 'resolved' && (
        <Badge appearance="tint" color="success">
          {t.statusResolved}
        </Badge>
      )}
      {outcome === 'refused' && (
        <Badge appearance="tint" color="danger">
          {t.statusRefused}
        </Badge>
      )}
      {outcome === 'open' && expectedResolutionDate && (
        <span className={styles.note}>{t.expectedBy(format.dateTime(expectedResolutionDate))}</span>
      )}
      {outcome === 'refused' && refusal && (
        <span className={styles.note}>{t.refusedBecause(refusal)}</span>
      )}
      {outcome === 'resolved' && reply && (
        <span className={styles.note}>
          <span className={styles.replyLabel}>{t.replyFromSupport}</span>
          {t.space}
          {reply}
          {t.space}
          <ReplyLink ticket={ticket} />
        </span>
      )}
    </div>
  );
}

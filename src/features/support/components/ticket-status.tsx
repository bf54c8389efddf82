import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { SupportTicketResource } from '@/contract/support';
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
    maxWidth: '360px',
  },
});

export type TicketOutcome = 'open' | 'resolved' | 'refused';

/** ARM's Open/Closed plus our `resolution` (R11), as the list shows it. */
export function ticketOutcome(ticket: SupportTicketResource): TicketOutcome {
  if (ticket.properties.status === 'Open') return 'open';
  return ticket.properties.resolution === 'Refused' ? 'refused' : 'resolved';
}

export function TicketStatus({ ticket }: { ticket: SupportTicketResource }) {
  const styles = useStyles();
  const t = useMessages(supportMessages);
  const format = useFormat();
  const outcome = ticketOutcome(ticket);
  const { expectedResolutionDate, refusalReason } = ticket.properties;
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
      {outcome === 'refused' && refusalReason && (
        <span className={styles.note}>{t.refusedBecause(refusalReason)}</span>
      )}
    </div>
  );
}

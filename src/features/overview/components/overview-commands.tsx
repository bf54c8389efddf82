import {
  makeStyles,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowCounterclockwiseRegular,
  PersonSupportRegular,
  ProhibitedRegular,
  RenameRegular,
} from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import type { Permission } from '@/contract/authorization';
import type { BillingSubscription } from '@/contract/billing';
import type { Subscription } from '@/contract/subscriptions';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import { ReactivateDialog } from '@/components/lifecycle/reactivate-dialog';
import {
  cancelAvailability,
  reactivateAvailability,
  reactivateMode,
  renameAvailability,
  type Availability,
} from '@/features/overview/components/command-availability';
import { ReactivateSupportDialog } from '@/features/overview/components/reactivate-support-dialog';
import { RenameDialog } from '@/features/overview/components/rename-dialog';
import { overviewMessages } from '@/features/overview/messages';
import {
  accountAdministratorIn,
  classicAdministratorsQueryOptions,
} from '@/lib/api/get-classic-administrators';
import { commonMessages, offerDisplayName } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  toolbar: { flexWrap: 'wrap' },
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    minHeight: '32px',
  },
  notes: {
    listStyleType: 'none',
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  noteLabel: { fontWeight: tokens.fontWeightSemibold },
});

interface OverviewCommandsProps {
  subscription: Subscription;
  billing: BillingSubscription['properties'] | undefined;
  permissions: readonly Permission[] | undefined;
  onRefresh: () => void;
}

type Dialog = 'rename' | 'reactivate' | 'reactivate-support' | null;

/** The Overview's command bar; a command that can't run is disabled with the reason written under the bar. */
export function OverviewCommands({
  subscription,
  billing,
  permissions,
  onRefresh,
}: OverviewCommandsProps) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const common = useMessages(commonMessages);
  const navigate = useNavigate();
  const notesId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const id = subscription.subscriptionId;

  const cancel = cancelAvailability(permissions, billing);
  const rename = renameAvailability(permissions, subscription.state);
  const mode = reactivateMode(billing);
  // R11 needs no permission here: anyone may ask support (the request form checks its own rights).
  const reactivate: Availability<string> =
    mode === 'self-service' ? reactivateAvailability(permissions) : { enabled: true };

  const reasonOf = <R extends string>(
    availability: Availability<R>,
    text: Record<Exclude<R, 'loading'>, string>,
  ) => {
    if (availability.enabled) return undefined;
    return availability.reason === 'loading'
      ? t.checkingPermissions
      : text[availability.reason as Exclude<R, 'loading'>];
  };
  const notes = [
    { command: t.cancelSubscription, reason: reasonOf(cancel, t.cancelBlocked) },
    { command: t.rename, reason: reasonOf(rename, t.renameBlocked) },
    ...(mode === 'self-service'
      ? [
          {
            command: t.reactivate,
            reason: reasonOf(reactivateAvailability(permissions), t.reactivateBlocked),
          },
        ]
      : []),
  ].filter((item): item is { command: string; reason: string } => item.reason !== undefined);
  // R1: whoever may not cancel is told whom to ask.
  const askAdmin = !cancel.enabled && cancel.reason === 'not-account-admin';
  const admins = useQuery({ ...classicAdministratorsQueryOptions(id), enabled: askAdmin });
  const admin = askAdmin ? accountAdministratorIn(admins.data) : undefined;
  const describedBy = (availability: Availability<string>) =>
    availability.enabled ? undefined : notesId;

  return (
    <>
      <Toolbar aria-label={t.commands} className={styles.toolbar}>
        <ToolbarButton
          icon={<ProhibitedRegular />}
          disabledFocusable={!cancel.enabled}
          aria-describedby={describedBy(cancel)}
          onClick={() => cancel.enabled && navigate(paths.cancel.getHref(id))}
        >
          {t.cancelSubscription}
        </ToolbarButton>
        <ToolbarButton
          icon={<RenameRegular />}
          disabledFocusable={!rename.enabled}
          aria-describedby={describedBy(rename)}
          onClick={() => rename.enabled && setDialog('rename')}
        >
          {t.rename}
        </ToolbarButton>
        {mode !== 'none' && (
          <ToolbarButton
            icon={<ArrowCounterclockwiseRegular />}
            disabledFocusable={!reactivate.enabled}
            aria-describedby={describedBy(reactivate)}
            onClick={() =>
              reactivate.enabled &&
              setDialog(mode === 'self-service' ? 'reactivate' : 'reactivate-support')
            }
          >
            {t.reactivate}
          </ToolbarButton>
        )}
        <ToolbarDivider />
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={onRefresh}>
          {t.refresh}
        </ToolbarButton>
        <ContactSupportLink className={styles.link} subscriptionId={id} billing={billing}>
          <PersonSupportRegular aria-hidden fontSize={20} />
          {t.contactSupport}
        </ContactSupportLink>
      </Toolbar>
      {notes.length > 0 && (
        <ul id={notesId} className={styles.notes}>
          {notes.map((item) => (
            <li key={item.command}>
              <span className={styles.noteLabel}>
                {item.command}
                {t.labelEnd}
              </span>
              {item.reason}
            </li>
          ))}
          {admin && <li>{t.accountAdminIs(admin.displayName, admin.email)}</li>}
        </ul>
      )}
      <RenameDialog
        subscriptionId={id}
        currentName={subscription.displayName}
        open={dialog === 'rename'}
        onClose={() => setDialog(null)}
      />
      {mode === 'self-service' && (
        <ReactivateDialog
          subscriptionId={id}
          displayName={subscription.displayName}
          open={dialog === 'reactivate'}
          onOpenChange={(open) => setDialog(open ? 'reactivate' : null)}
          text={{
            title: t.reactivateTitle,
            body: t.reactivateBody(subscription.displayName),
            confirm: t.reactivateConfirm,
            pending: t.reactivating,
            cancel: t.cancel,
          }}
        />
      )}
      {mode === 'support' && billing && (
        <ReactivateSupportDialog
          subscriptionId={id}
          offerName={offerDisplayName(common, billing.offerId, billing.offerName)}
          deadline={billing.lifecycle.cancellation?.reactivationDeadline}
          open={dialog === 'reactivate-support'}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

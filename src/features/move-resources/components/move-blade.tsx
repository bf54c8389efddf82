import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { Blade } from '@/components/blade/blade';
import { SectionHeading } from '@/components/blade/section-heading';
import { AlertBar } from '@/components/feedback/alert-bar';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { MoveActions } from '@/features/move-resources/components/move-actions';
import { SourcePicker } from '@/features/move-resources/components/source-picker';
import { TargetPicker } from '@/features/move-resources/components/target-picker';
import { useMoveForm } from '@/features/move-resources/components/use-move-form';
import { moveMessages } from '@/features/move-resources/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '880px',
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** `/subscriptions/{id}/resources/move`: R2 "consider migrating", validated by ARM before it moves. */
export function MoveBlade() {
  const styles = useStyles();
  const t = useMessages(moveMessages);
  const navigate = useNavigate();
  const { subscriptionId = '' } = useParams();
  const [params] = useSearchParams();
  const returnTo =
    params.get('returnTo') === 'cancel'
      ? paths.cancel.getHref(subscriptionId)
      : paths.resources.getHref(subscriptionId);
  const form = useMoveForm(subscriptionId, params.get('resourceGroup'), () => navigate(returnTo));
  const { reads, failed, view, step, targets, validate, move } = form;

  const name = reads.subscription.data?.displayName;

  return (
    <Blade
      title={t.title}
      subtitle={name}
      crumbs={[
        { label: t.subscriptions, to: paths.subscriptions.getHref() },
        ...(name ? [{ label: name, to: paths.overview.getHref(subscriptionId) }] : []),
        { label: t.title, to: paths.moveResources.getHref(subscriptionId) },
      ]}
    >
      <div className={styles.root}>
        <p className={styles.intro}>{t.intro}</p>
        {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
        {reads.subscription.data && reads.subscription.data.state !== 'Enabled' && (
          <AlertBar intent="warning" title={t.disabledTitle}>
            {t.disabledBody}
          </AlertBar>
        )}
        {view.blocked === 'not-allowed' && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{t.notAllowed}</MessageBarBody>
          </MessageBar>
        )}
        {(reads.groups.isPending || reads.resources.isPending) && !failed && <Loading />}
        {reads.groups.data && reads.resources.data && (
          <section aria-labelledby="move-source-heading">
            <SectionHeading id="move-source-heading">{t.source}</SectionHeading>
            <SourcePicker
              {...form.source}
              groups={reads.groups.data}
              group={view.sourceGroup}
              resources={view.sourceResources}
            />
          </section>
        )}
        <section aria-labelledby="move-target-heading">
          <SectionHeading id="move-target-heading">{t.target}</SectionHeading>
          {targets.error && <QueryError error={targets.error} onRetry={targets.retry} />}
          {targets.isPending && !targets.error ? (
            <Loading />
          ) : (
            <TargetPicker
              {...form.target}
              targets={targets.targets}
              subscriptionError={targets.selectedDenied ? t.noTargets : undefined}
              groups={view.targetGroupOptions}
              groupError={view.sameAsSource ? t.sameGroup : undefined}
            />
          )}
        </section>
        {step.kind === 'move' && !move.error && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t.validated}</MessageBarBody>
          </MessageBar>
        )}
        {validate.error && <QueryError error={validate.error} onRetry={form.runValidate} />}
        {move.error && <QueryError error={move.error} onRetry={form.runMove} />}
        <MoveActions
          step={step}
          validating={validate.isPending}
          moving={move.isPending}
          onValidate={form.runValidate}
          onMove={form.runMove}
          onCancel={() => navigate(returnTo)}
        />
      </div>
    </Blade>
  );
}

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { Blade } from '@/components/blade/blade';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
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
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: {
    flexBasis: '100%',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
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
  const pending = validate.isPending || move.isPending;
  const hints = {
    'not-allowed': t.notAllowed,
    'same-group': t.sameGroup,
    'target-denied': t.noTargets,
    incomplete: t.validateNeeds,
  };
  const hint =
    step.kind === 'blocked'
      ? hints[step.reason]
      : step.kind === 'validate'
        ? t.moveNeedsValidation
        : undefined;

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
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.disabledTitle}</MessageBarTitle>
              {t.disabledBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {view.blocked === 'not-allowed' && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{t.notAllowed}</MessageBarBody>
          </MessageBar>
        )}
        {(reads.groups.isPending || reads.resources.isPending) && !failed && <Loading />}
        {reads.groups.data && reads.resources.data && (
          <section aria-labelledby="move-source-heading">
            <h2 id="move-source-heading" className={styles.heading}>
              {t.source}
            </h2>
            <SourcePicker
              {...form.source}
              groups={reads.groups.data}
              group={view.sourceGroup}
              resources={view.sourceResources}
            />
          </section>
        )}
        <section aria-labelledby="move-target-heading">
          <h2 id="move-target-heading" className={styles.heading}>
            {t.target}
          </h2>
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
        <div className={styles.actions}>
          <Button
            onClick={form.runValidate}
            disabled={step.kind === 'blocked' || pending}
            icon={validate.isPending ? <Spinner size="tiny" /> : undefined}
          >
            {t.validate}
          </Button>
          <Button
            appearance="primary"
            onClick={form.runMove}
            disabled={step.kind !== 'move' || pending}
            icon={move.isPending ? <Spinner size="tiny" /> : undefined}
          >
            {t.move}
          </Button>
          <Button onClick={() => navigate(returnTo)}>{t.cancel}</Button>
          {hint && <span className={styles.hint}>{hint}</span>}
        </div>
      </div>
    </Blade>
  );
}

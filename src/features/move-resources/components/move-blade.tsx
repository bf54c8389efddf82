import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { ACTIONS, isAllowed } from '@/contract/authorization';
import { Blade } from '@/components/blade/blade';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import type { MovePlan } from '@/features/move-resources/api/move-plan';
import { useMoveResources } from '@/features/move-resources/api/move-resources';
import { useValidateMove } from '@/features/move-resources/api/validate-move';
import { useMoveTargets } from '@/features/move-resources/api/use-move-targets';
import { SourcePicker } from '@/features/move-resources/components/source-picker';
import { TargetPicker, type GroupMode } from '@/features/move-resources/components/target-picker';
import { moveMessages } from '@/features/move-resources/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useSingleFlight } from '@/lib/use-single-flight';
import { resourceGroupOfResource } from '@/contract/resource-id';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { resourcesQueryOptions } from '@/lib/api/get-resources';
import { resourceGroupsQueryOptions } from '@/lib/api/get-resource-groups';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';

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

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

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

  const [subscription, permissions, groups, resources] = useQueries({
    queries: [
      subscriptionQueryOptions(subscriptionId),
      permissionsQueryOptions(subscriptionId),
      resourceGroupsQueryOptions(subscriptionId),
      resourcesQueryOptions(subscriptionId),
    ],
  });
  const [chosenGroup, setChosenGroup] = useState<string | null>(params.get('resourceGroup'));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [targetId, setTargetId] = useState<string | null>(null);
  const [mode, setMode] = useState<GroupMode>('existing');
  const [existingGroup, setExistingGroup] = useState<string | null>(null);
  const [newGroup, setNewGroup] = useState('');
  const [validatedPlan, setValidatedPlan] = useState<string | null>(null);
  // Validate and Move share one guard: neither starts while the other is on its way.
  const oneAtATime = useSingleFlight((call: () => Promise<unknown>) => call());

  const targets = useMoveTargets(targetId);
  const targetGroups = useQuery({
    ...resourceGroupsQueryOptions(targetId ?? ''),
    enabled: targetId !== null,
  });
  const validate = useValidateMove();
  const move = useMoveResources(() => navigate(returnTo));

  const groupList = groups.data ?? [];
  const sourceGroup =
    groupList.find((g) => chosenGroup !== null && same(g.name, chosenGroup))?.name ??
    groupList[0]?.name ??
    null;
  const inGroup = (resources.data ?? []).filter(
    (r) => sourceGroup !== null && same(resourceGroupOfResource(r.id), sourceGroup),
  );
  const resourceIds = inGroup.filter((r) => selected.has(r.id)).map((r) => r.id);
  const targetGroup = mode === 'existing' ? (existingGroup ?? '') : newGroup.trim();
  const sameAsSource =
    targetId !== null &&
    same(targetId, subscriptionId) &&
    sourceGroup !== null &&
    same(targetGroup, sourceGroup);
  const sourceAllowed = permissions.data
    ? isAllowed(permissions.data, ACTIONS.moveResources)
    : true;

  const plan: MovePlan | null =
    sourceGroup &&
    resourceIds.length > 0 &&
    targetId &&
    targetGroup &&
    !sameAsSource &&
    !targets.selectedDenied
      ? {
          sourceSubscriptionId: subscriptionId,
          sourceGroup,
          resourceIds,
          targetSubscriptionId: targetId,
          targetGroup,
          createGroup: mode === 'new',
          location: inGroup.find((r) => r.id === resourceIds[0])?.location ?? 'eastus',
        }
      : null;
  const planKey = plan ? JSON.stringify(plan) : null;
  const isValidated = planKey !== null && planKey === validatedPlan;

  const runValidate = () => {
    if (!plan) return;
    const key = planKey;
    oneAtATime(() => {
      move.reset();
      return validate.mutateAsync(plan).then(() => setValidatedPlan(key));
    });
  };
  const runMove = () => {
    if (!plan || !isValidated) return;
    oneAtATime(() => move.mutateAsync(plan));
  };

  const name = subscription.data?.displayName;
  const failed = [subscription, permissions, groups, resources].find((query) => query.error);
  const pending = validate.isPending || move.isPending;
  const hint = !sourceAllowed
    ? t.notAllowed
    : sameAsSource
      ? t.sameGroup
      : !plan
        ? t.validateNeeds
        : !isValidated
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
        {subscription.data && subscription.data.state !== 'Enabled' && (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.disabledTitle}</MessageBarTitle>
              {t.disabledBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {!sourceAllowed && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{t.notAllowed}</MessageBarBody>
          </MessageBar>
        )}
        {(groups.isPending || resources.isPending) && !failed && <Loading />}
        {groups.data && resources.data && (
          <section aria-labelledby="move-source-heading">
            <h2 id="move-source-heading" className={styles.heading}>
              {t.source}
            </h2>
            <SourcePicker
              groups={groupList}
              group={sourceGroup}
              onGroupChange={(group) => {
                setChosenGroup(group);
                setSelected(new Set());
              }}
              resources={inGroup}
              selected={selected}
              onSelectedChange={setSelected}
              error={undefined}
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
              targets={targets.targets}
              subscriptionId={targetId}
              onSubscriptionChange={(id) => {
                setTargetId(id);
                setExistingGroup(null);
              }}
              subscriptionError={targets.selectedDenied ? t.noTargets : undefined}
              groups={(targetGroups.data ?? []).filter(
                (g) =>
                  !(
                    targetId &&
                    same(targetId, subscriptionId) &&
                    sourceGroup &&
                    same(g.name, sourceGroup)
                  ),
              )}
              mode={mode}
              onModeChange={setMode}
              existingGroup={existingGroup}
              onExistingGroupChange={setExistingGroup}
              newGroup={newGroup}
              onNewGroupChange={setNewGroup}
              groupError={sameAsSource ? t.sameGroup : undefined}
            />
          )}
        </section>
        {isValidated && !move.error && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t.validated}</MessageBarBody>
          </MessageBar>
        )}
        {validate.error && <QueryError error={validate.error} onRetry={runValidate} />}
        {move.error && <QueryError error={move.error} onRetry={runMove} />}
        <div className={styles.actions}>
          <Button
            onClick={runValidate}
            disabled={!plan || !sourceAllowed || pending}
            icon={validate.isPending ? <Spinner size="tiny" /> : undefined}
          >
            {t.validate}
          </Button>
          <Button
            appearance="primary"
            onClick={runMove}
            disabled={!isValidated || pending}
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

import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMoveResources } from '@/features/move-resources/api/move-resources';
import { useMoveTargets } from '@/features/move-resources/api/use-move-targets';
import { useValidateMove } from '@/features/move-resources/api/validate-move';
import { nextStep, planKey, planMove, type GroupMode } from '@/features/move-resources/move-plan';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { resourceGroupsQueryOptions } from '@/lib/api/get-resource-groups';
import { resourcesQueryOptions } from '@/lib/api/get-resources';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';
import { useSingleFlight } from '@/lib/use-single-flight';

/** The Move resources blade's reads, the user's choices, and Validate and Move on the plan they make. */
export function useMoveForm(
  subscriptionId: string,
  initialGroup: string | null,
  onMoved: () => void,
) {
  const [subscription, permissions, groups, resources] = useQueries({
    queries: [
      subscriptionQueryOptions(subscriptionId),
      permissionsQueryOptions(subscriptionId),
      resourceGroupsQueryOptions(subscriptionId),
      resourcesQueryOptions(subscriptionId),
    ],
  });
  const [chosenGroup, setChosenGroup] = useState<string | null>(initialGroup);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [targetId, setTargetId] = useState<string | null>(null);
  const [mode, setMode] = useState<GroupMode>('existing');
  const [existingGroup, setExistingGroup] = useState<string | null>(null);
  const [newGroup, setNewGroup] = useState('');
  const [validatedKey, setValidatedKey] = useState<string | null>(null);
  // Validate and Move share one guard: neither starts while the other is on its way.
  const oneAtATime = useSingleFlight((call: () => Promise<unknown>) => call());

  const targets = useMoveTargets(targetId);
  const targetGroups = useQuery({
    ...resourceGroupsQueryOptions(targetId ?? ''),
    enabled: targetId !== null,
  });
  const validate = useValidateMove();
  const move = useMoveResources(onMoved);

  const view = planMove({
    sourceSubscriptionId: subscriptionId,
    sourcePermissions: permissions.data,
    groups: groups.data ?? [],
    resources: resources.data ?? [],
    chosenGroup,
    selected,
    targetSubscriptionId: targetId,
    targetDenied: targets.selectedDenied,
    targetGroups: targetGroups.data ?? [],
    mode,
    existingGroup,
    newGroup,
  });
  const step = nextStep(view, validatedKey);

  const runValidate = () => {
    if (step.kind === 'blocked') return;
    const key = planKey(step.plan);
    oneAtATime(() => {
      move.reset();
      return validate.mutateAsync(step.plan).then(() => setValidatedKey(key));
    });
  };
  const runMove = () => {
    if (step.kind === 'move') oneAtATime(() => move.mutateAsync(step.plan));
  };

  return {
    reads: { subscription, groups, resources },
    failed: [subscription, permissions, groups, resources].find((query) => query.error),
    view,
    step,
    targets,
    validate,
    move,
    runValidate,
    runMove,
    source: {
      onGroupChange: (group: string) => {
        setChosenGroup(group);
        setSelected(new Set());
      },
      selected,
      onSelectedChange: setSelected,
    },
    target: {
      subscriptionId: targetId,
      onSubscriptionChange: (id: string) => {
        setTargetId(id);
        setExistingGroup(null);
      },
      mode,
      onModeChange: setMode,
      existingGroup,
      onExistingGroupChange: setExistingGroup,
      newGroup,
      onNewGroupChange: setNewGroup,
    },
  };
}

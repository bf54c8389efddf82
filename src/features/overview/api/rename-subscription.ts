import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { subscriptionNameProblem, type RenameRequest } from '@/contract/cancel';
import { subscriptionOpResultSchema, type SubscriptionOpResult } from '@/contract/subscriptions';
import { armFetch } from '@/lib/api-client';
import type { ArmError } from '@/lib/api-error';
import { notifyFinished, notifyStarted } from '@/lib/notifications/notify-operation';
import { queryKeys } from '@/lib/api/keys';

export interface RenameSubscriptionInput {
  subscriptionId: string;
  /** The current name, for the notification. */
  currentName: string;
  subscriptionName: string;
}

export type RenameProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'forbidden'; characters: string[] };

/**
 * The contract's rename rule (1–64 characters counted as code points, none of `< > ; | % & \ ? /`,
 * no control characters), so the form can explain it before sending. ARM keeps a name of spaces
 * only as sent, but the form treats it as empty: nobody means to name a subscription with blanks.
 * A refused invisible character is named by its code (U+202E) among the forbidden ones.
 */
export function renameProblem(name: string): RenameProblem | undefined {
  if (name.trim().length === 0) return { kind: 'empty' };
  const problem = subscriptionNameProblem(name);
  if (problem === undefined) return undefined;
  switch (problem.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'too-long':
      return { kind: 'too-long', max: problem.max };
    case 'forbidden':
      return { kind: 'forbidden', characters: problem.characters };
    case 'control':
      return { kind: 'forbidden', characters: [problem.character] };
  }
}

export function renameSubscription(
  subscriptionId: string,
  subscriptionName: string,
): Promise<SubscriptionOpResult> {
  return armFetch({
    method: 'POST',
    path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Subscription/rename`,
    apiVersion: API_VERSIONS.subscriptionOps,
    body: { subscriptionName } satisfies RenameRequest,
    schema: subscriptionOpResultSchema,
  });
}

export function useRenameSubscription() {
  const queryClient = useQueryClient();
  return useMutation<
    SubscriptionOpResult,
    ArmError,
    RenameSubscriptionInput,
    { notificationId: string }
  >({
    mutationFn: ({ subscriptionId, subscriptionName }) =>
      renameSubscription(subscriptionId, subscriptionName),
    onMutate: ({ subscriptionId, currentName }) => ({
      notificationId: notifyStarted({
        operation: 'rename',
        target: currentName,
        link: paths.overview.getHref(subscriptionId),
      }),
    }),
    onSuccess: (_result, _input, context) => {
      notifyFinished(context.notificationId);
      // The name shows in the subscription reads and in the billing read's displayName.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.billingList() }),
      ]);
    },
    onError: (error, _input, context) => {
      if (context) notifyFinished(context.notificationId, error);
    },
  });
}

import { HttpResponse } from 'msw';
import type { StoredSubscription } from '@/domain/model';
import type { Role } from '@/domain/roles';
import { pause } from '@/config/pause';

// In the browser the mock answers on the page's own thread (MSW's worker hands each request to the
// page), so a list of 5,000 subscriptions built in one go would freeze the portal for a few hundred
// milliseconds, every time the list polls. A real ARM server builds it elsewhere; this one builds it a
// slice at a time and lets the page paint and handle input in between.

/** Items serialised between two pauses: a few milliseconds of work each. */
export const LIST_SLICE = 250;

/**
 * ARM's `{ "value": [...] }` answer: `toItem` maps each entry (or drops it with `undefined`). Lists
 * no longer than one slice are answered without pausing.
 */
export async function armJsonList<T>(
  entries: readonly T[],
  toItem: (entry: T) => object | undefined,
): Promise<Response> {
  const parts: string[] = [];
  for (let start = 0; start < entries.length; start += LIST_SLICE) {
    if (start > 0) await pause();
    const end = Math.min(entries.length, start + LIST_SLICE);
    for (let index = start; index < end; index += 1) {
      const item = toItem(entries[index] as T);
      if (item !== undefined) parts.push(JSON.stringify(item));
    }
  }
  return new HttpResponse(`{"value":[${parts.join(',')}]}`, {
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A list across subscriptions: ARM lists only those the caller holds a role on, each with that role. */
export function armSubscriptionList(
  subscriptions: readonly StoredSubscription[],
  personaId: string,
  toItem: (sub: StoredSubscription, role: Role) => object,
): Promise<Response> {
  return armJsonList(subscriptions, (sub) => {
    const role = sub.roles[personaId];
    return role === undefined ? undefined : toItem(sub, role);
  });
}

// Which launch parameters decide who is signed in (contract §3). Kept apart from launch-params.ts,
// which needs zod and the demo client, so that the entry (main.tsx) can ask without loading them.

/**
 * `?scenario=`, `?moment=`, `?snapshot=` or `?as=` with a value: the address decides who is signed
 * in (a moment signs in the admin, a snapshot its own persona), not the saved state.
 */
export function launchNamesIdentity(search: string): boolean {
  const params = new URLSearchParams(search);
  return Boolean(
    params.get('scenario') || params.get('moment') || params.get('snapshot') || params.get('as'),
  );
}

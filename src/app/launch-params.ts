import { z } from 'zod';
import { demoFetch } from '@/lib/demo-client';
import { isLocale, saveLocale } from '@/lib/i18n/locale';

const LAUNCH_PARAMS = ['scenario', 'as', 'lang'] as const;

/** What a launch URL asks the mock for (contract §3). */
export interface LaunchParams {
  scenario: string | null;
  persona: string | null;
}

/**
 * Reads `?scenario=`, `?as=` and `?lang=` (contract §3) and removes them from the address bar at once,
 * before the router reads it, so a reload keeps the saved state instead of loading the scenario
 * again. The language applies now; the scenario and persona wait for the mock (`applyLaunchParams`).
 */
export function takeLaunchParams(): LaunchParams {
  const url = new URL(window.location.href);
  const lang = url.searchParams.get('lang');
  if (lang && isLocale(lang)) saveLocale(lang);
  const params = {
    scenario: url.searchParams.get('scenario'),
    persona: url.searchParams.get('as'),
  };
  if (LAUNCH_PARAMS.some((name) => url.searchParams.has(name))) {
    for (const name of LAUNCH_PARAMS) url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return params;
}

/** Loads the scenario, then signs in as the persona, once the mock answers. */
export async function applyLaunchParams({ scenario, persona }: LaunchParams): Promise<void> {
  if (scenario) await demoFetch('reset', z.unknown(), { body: { scenario } });
  if (persona) await demoFetch('persona', z.unknown(), { body: { id: persona } });
}

import { z } from '@/contract/zod';
import { demoFetch } from '@/lib/demo-client';
import { isLocale, saveLocale } from '@/lib/i18n/locale';
import { launchNamesIdentity } from '@/app/launch-identity';
import { setPersonaId } from '@/lib/session';

const LAUNCH_PARAMS = ['scenario', 'as', 'lang'] as const;

export interface LaunchRequest {
  scenario?: string;
  persona?: string;
}

/**
 * Reads `?scenario=`, `?as=` and `?lang=` (contract §3) before the first render. The language
 * applies at once; the scenario and persona once the mock answers (`applyLaunchRequest`).
 */
export function readLaunchParams(search: string): LaunchRequest {
  const params = new URLSearchParams(search);
  const request: LaunchRequest = {};
  const scenario = params.get('scenario');
  const persona = params.get('as');
  const lang = params.get('lang');
  if (scenario) request.scenario = scenario;
  if (persona) request.persona = persona;
  if (lang && isLocale(lang)) saveLocale(lang);
  // The token is now the asked persona's, or unknown until the new scenario's demo state.
  if (launchNamesIdentity(search)) setPersonaId(persona || null);
  return request;
}

/** Loads the scenario, then signs in the persona, through the demo endpoints, once the mock answers. */
export async function applyLaunchRequest(request: LaunchRequest): Promise<void> {
  // These calls are part of start-up: they must not wait for it to finish.
  const early = { beforeStartup: true };
  if (request.scenario) {
    await demoFetch('reset', z.unknown(), { body: { scenario: request.scenario } }, early);
  }
  if (request.persona) {
    await demoFetch('persona', z.unknown(), { body: { id: request.persona } }, early);
  }
}

/**
 * `search` without the launch parameters, or null when it has none. They leave the address bar only
 * once applied, so a reload before that applies them still, and a suite can wait for it.
 */
export function withoutLaunchParams(search: string): string | null {
  const params = new URLSearchParams(search);
  if (!LAUNCH_PARAMS.some((name) => params.has(name))) return null;
  for (const name of LAUNCH_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

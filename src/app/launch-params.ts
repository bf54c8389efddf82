import { z } from 'zod';
import { demoFetch } from '@/lib/demo-client';
import { isLocale, saveLocale } from '@/lib/i18n/locale';

const LAUNCH_PARAMS = ['scenario', 'as', 'lang'] as const;

/**
 * Applies `?scenario=`, `?as=` and `?lang=` (contract §3) once, then removes them from the address bar
 * so a reload keeps the saved state instead of loading the scenario again.
 */
export async function applyLaunchParams(): Promise<void> {
  const url = new URL(window.location.href);
  const scenario = url.searchParams.get('scenario');
  const persona = url.searchParams.get('as');
  const lang = url.searchParams.get('lang');
  if (scenario) await demoFetch('reset', z.unknown(), { body: { scenario } });
  if (persona) await demoFetch('persona', z.unknown(), { body: { id: persona } });
  if (lang && isLocale(lang)) saveLocale(lang);
  if (LAUNCH_PARAMS.some((name) => url.searchParams.has(name))) {
    for (const name of LAUNCH_PARAMS) url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
}

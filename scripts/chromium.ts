import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// One place that says which Chromium the end-to-end suite, the bench and the screenshots use, and
// with which switches. Browsers cannot be downloaded everywhere this runs, so a system Chromium comes
// first and Playwright's own browser is the fallback where a user has installed one.

/** The switches a container's Chromium needs; it also must not reach any outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Where a system Chromium is looked for, in order. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((path): path is string => Boolean(path));
}

export function systemChromium(
  exists: (path: string) => boolean = existsSync,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return chromiumCandidates(env).find((path) => exists(path));
}

/** The one line printed when no browser can be had: both ways to get one. */
export const NO_BROWSER_MESSAGE =
  'No Chromium for the end-to-end tests: install a system one (Debian: `apt-get install -y chromium`, or set CHROMIUM_PATH) or Playwright’s own (`npx playwright install chromium`, where its download host is reachable).';

export type BrowserChoice =
  { kind: 'system'; path: string } | { kind: 'playwright'; path: string } | { kind: 'none' };

export interface BrowserProbe {
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium is (or would be) installed. */
  playwrightPath: () => string;
  /** Tries `playwright install chromium`; true when it succeeded. */
  install: () => boolean;
}

/**
 * Finds a browser for `npm test`: a system Chromium, else Playwright's own, else Playwright's install
 * once; `none` means both ways failed, and the caller stops at once with NO_BROWSER_MESSAGE instead
 * of letting every test fail on its own.
 */
export function chooseBrowser(
  probe: BrowserProbe,
  env: NodeJS.ProcessEnv = process.env,
): BrowserChoice {
  const system = systemChromium(probe.exists, env);
  if (system !== undefined) return { kind: 'system', path: system };
  const own = probe.playwrightPath();
  if (probe.exists(own)) return { kind: 'playwright', path: own };
  if (probe.install() && probe.exists(own)) return { kind: 'playwright', path: own };
  return { kind: 'none' };
}

/** The real probe: the file system, and Playwright's installer with a time limit. */
export async function realProbe(): Promise<BrowserProbe> {
  const { chromium } = await import('@playwright/test');
  return {
    exists: existsSync,
    playwrightPath: () => chromium.executablePath(),
    install: () => {
      console.log('No Chromium found: trying `npx playwright install chromium` …');
      const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
        stdio: 'inherit',
        timeout: 300_000,
      });
      return result.status === 0;
    },
  };
}

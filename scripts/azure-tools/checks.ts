// What each line of the shell recipes of docs/azure-tools.md must answer. A line is matched by its
// command; a line without a check must exit 0 with nothing on stderr; a check whose command is no
// longer on the page fails the run, so the page and the suite cannot drift apart.

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type Verdict = true | string;

export interface StepCheck {
  recipe: string;
  /** Matches the command as the page writes it. */
  command: RegExp;
  /** Warnings are expected on stderr (e.g. `az cloud set` tells where to sign in). */
  stderrAllowed?: boolean;
  /** The step is meant to fail (a refusal): its check reads the exit code and stderr. */
  fails?: boolean;
  check: (run: StepRun) => Verdict;
}

const PRODUCTION = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
const DEV_TEST = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602';

function json<T>(run: StepRun): T {
  return JSON.parse(run.stdout) as T;
}

function equal(actual: unknown, wanted: unknown): Verdict {
  return JSON.stringify(actual) === JSON.stringify(wanted)
    ? true
    : `expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`.slice(0, 300);
}

const answersId = (id: string) => (run: StepRun) =>
  equal(json<{ subscriptionId: string }>(run).subscriptionId, id);

interface Named {
  name: string;
}

export const CHECKS: StepCheck[] = [
  { recipe: 'cli', command: /^az cloud set /, stderrAllowed: true, check: () => true },
  {
    recipe: 'cli',
    command: /^az login /,
    check: (run) => equal(json<unknown[]>(run).length, 7),
  },
  {
    recipe: 'cli',
    command: /^az account list --refresh --all$/,
    check: (run) => equal(json<unknown[]>(run).length, 7),
  },
  {
    recipe: 'cli',
    command: /^az account show$/,
    check: (run) => {
      const account = json<{ id: string; user: { name: string; type: string } }>(run);
      return equal(
        [account.id, account.user],
        [PRODUCTION, { name: 'admin', type: 'servicePrincipal' }],
      );
    },
  },
  {
    recipe: 'cli',
    command: /^az group list$/,
    check: (run) =>
      equal(
        json<Named[]>(run).some((g) => g.name === 'rg-prod-web'),
        true,
      ),
  },
  {
    recipe: 'cli',
    command: /^az group show --name rg-prod-web$/,
    check: (run) => equal(json<Named>(run).name, 'rg-prod-web'),
  },
  {
    recipe: 'cli',
    command: /^az group exists --name rg-prod-web$/,
    check: (run) => equal(run.stdout.trim(), 'true'),
  },
  {
    recipe: 'cli',
    command: /^az group exists --name rg-missing$/,
    check: (run) => equal(run.stdout.trim(), 'false'),
  },
  {
    recipe: 'cli',
    command: /^az resource list$/,
    check: (run) => {
      const list = json<{ id?: string; name?: string; type?: string; location?: string }[]>(run);
      if (list.length === 0) return 'no resources listed';
      const partial = list.filter((r) => !r.id || !r.name || !r.type || !r.location);
      return equal(partial, []);
    },
  },
  {
    recipe: 'cli',
    command: /^az resource list --output table$/,
    check: (run) => {
      const [header = '', rule = '', ...rows] = run.stdout.trimEnd().split('\n');
      if (!/^Name\s+ResourceGroup\s+Location\s+Type/.test(header) || !/^-+\s+-+/.test(rule)) {
        return `no table header in ${JSON.stringify(run.stdout.slice(0, 200))}`;
      }
      return rows.some((row) => row.startsWith('vm-prod-web-01 '))
        ? true
        : 'vm-prod-web-01 is not a row';
    },
  },
  {
    recipe: 'cli',
    command: /^az resource list --resource-group rg-prod-web$/,
    check: (run) => {
      const list = json<{ resourceGroup: string }[]>(run);
      if (list.length === 0) return 'no resources listed';
      return equal([...new Set(list.map((r) => r.resourceGroup.toLowerCase()))], ['rg-prod-web']);
    },
  },
  {
    recipe: 'cli',
    command: /^az account list-locations --output table$/,
    check: (run) => (/\beastus\b/.test(run.stdout) ? true : 'eastus is not listed'),
  },
  { recipe: 'cli', command: /^az rest .*\/rename\?/, check: answersId(DEV_TEST) },
  { recipe: 'cli', command: /^az rest .*\/cancel\?/, check: answersId(PRODUCTION) },
  { recipe: 'cli', command: /^az rest .*\/enable\?/, check: answersId(PRODUCTION) },
  { recipe: 'cli-owner', command: /^az cloud set /, stderrAllowed: true, check: () => true },
  {
    recipe: 'cli-owner',
    command: /^az login .*--username owner /,
    check: (run) => equal(json<unknown[]>(run).length, 7),
  },
  {
    recipe: 'cli-owner',
    command: /^az rest .*\/cancel\?/,
    stderrAllowed: true,
    fails: true,
    check: (run) =>
      run.code !== 0 && /Forbidden\(.*"AuthorizationFailed"/.test(run.stderr)
        ? true
        : `expected Forbidden with AuthorizationFailed, got exit ${run.code}: ${run.stderr.slice(0, 200)}`,
  },
  {
    recipe: 'curl',
    command: /^curl .*\/subscriptions\?api-version=/,
    check: (run) => equal(json<{ value: unknown[] }>(run).value.length, 7),
  },
  {
    recipe: 'curl',
    command: /^curl .*\/metadata\/identity\/oauth2\/token/,
    check: (run) => {
      const token = json<{ access_token?: string; client_id?: string }>(run);
      return equal([typeof token.access_token, token.client_id], ['string', 'admin']);
    },
  },
];

/** The verdict on one step: its check's, or exit 0 and a quiet stderr when it has none. */
export function judge(recipe: string, command: string, run: StepRun): Verdict {
  const check = CHECKS.find((c) => c.recipe === recipe && c.command.test(command));
  if (check?.stderrAllowed !== true && run.stderr.trim() !== '') {
    return `stderr: ${run.stderr.trim().replace(/\s+/g, ' ').slice(0, 300)}`;
  }
  if (check?.fails !== true && run.code !== 0) return `exit code ${run.code}`;
  if (check === undefined) return true;
  try {
    return check.check(run);
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)} in ${JSON.stringify(run.stdout.slice(0, 200))}`;
  }
}

/** Checks whose command the page no longer has: the page changed without the suite. */
export function orphanChecks(steps: { recipe: string; command: string }[]): StepCheck[] {
  return CHECKS.filter(
    (check) => !steps.some((s) => s.recipe === check.recipe && check.command.test(s.command)),
  );
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS, judge, orphanChecks } from './checks';
import { readRecipes, shellSteps, stepName } from './recipes';

// The recipes of docs/azure-tools.md are what `npm run test:azure-tools` runs: this keeps the page and
// the suite's checks in step on every `npm test`, where the Azure CLI may not be installed.

const DOC = readFileSync(
  fileURLToPath(new URL('../../docs/azure-tools.md', import.meta.url)),
  'utf8',
);

describe('Azure tools: the recipes of docs/azure-tools.md', () => {
  const recipes = readRecipes(DOC);

  it('Azure tools: the page has the CLI, owner, Python, JavaScript and curl recipes', () => {
    expect([...recipes.keys()].sort()).toEqual([
      'cli',
      'cli-owner',
      'curl',
      'javascript',
      'python',
    ]);
    expect(recipes.get('python')).toContain('ClientSecretCredential(');
    expect(recipes.get('javascript')).toContain('const credential = {');
  });

  it('Azure tools: every check of the suite matches a line of the page', () => {
    const steps = ['cli', 'cli-owner', 'curl'].flatMap((recipe) =>
      shellSteps(recipes.get(recipe) ?? '').map((step) => ({ recipe, command: step.command })),
    );
    expect(orphanChecks(steps)).toEqual([]);
    expect(CHECKS.length).toBeGreaterThan(15);
  });

  it('Azure tools: a shell recipe runs line by line, each after the assignments above it', () => {
    const steps = shellSteps('export A=1\n# a comment\n\nB=$(echo 2)\necho "$A$B"\n');
    expect(steps).toEqual([
      { command: 'export A=1', setup: [] },
      { command: 'B=$(echo 2)', setup: ['export A=1'] },
      { command: 'echo "$A$B"', setup: ['export A=1', 'B=$(echo 2)'] },
    ]);
  });

  it('Azure tools: a step is named by its command, long URLs and bodies shortened', () => {
    expect(
      stepName(
        `az rest --method post --url "$API/subscriptions/x/providers/Microsoft.Subscription/rename?api-version=2021-10-01" --body '{"a": 1}'`,
      ),
    ).toBe("az rest --method post --url …/rename --body '…'");
  });

  it('Azure tools: a step without a check passes on exit 0 and a quiet stderr, and fails on a warning', () => {
    expect(judge('cli', 'az group list --output none', { code: 0, stdout: '', stderr: '' })).toBe(
      true,
    );
    expect(
      judge('cli', 'az account list --refresh --all', {
        code: 0,
        stdout: '[]',
        stderr: 'WARNING: api-version 2019-11-01 is not supported\n',
      }),
    ).toBe('stderr: WARNING: api-version 2019-11-01 is not supported');
  });
});

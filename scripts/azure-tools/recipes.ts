// The recipes of docs/azure-tools.md, read from the page itself so that the suite runs them exactly as
// a reader copies them. A recipe is the fenced block right after a `<!-- recipe: <name> -->` comment.

const RECIPE = /<!-- recipe: ([\w-]+) -->\s*\n```[\w-]*\n([\s\S]*?)\n```/g;

/** Every recipe of the page by name, its text as written. */
export function readRecipes(markdown: string): Map<string, string> {
  const recipes = new Map<string, string>();
  for (const [, name, body] of markdown.matchAll(RECIPE)) {
    if (recipes.has(name as string)) throw new Error(`two recipes are named '${name}'`);
    recipes.set(name as string, body as string);
  }
  return recipes;
}

export interface ShellStep {
  /** The line as the page writes it. */
  command: string;
  /** Assignments made by earlier lines (`export X=…`, `X=$(…)`), which this step runs first. */
  setup: string[];
}

/** A variable set for the lines after it: `export NAME=…` or `NAME=…`. */
const ASSIGNMENT = /^(export\s+)?[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * A shell recipe as steps, one per line: each line runs in a shell of its own, after the assignments
 * of the lines before it, so that a reader's session (one shell, line after line) and the suite's
 * (one process per step, checked one by one) do the same.
 */
export function shellSteps(recipe: string): ShellStep[] {
  const steps: ShellStep[] = [];
  const setup: string[] = [];
  for (const raw of recipe.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    steps.push({ command: line, setup: [...setup] });
    if (ASSIGNMENT.test(line)) setup.push(line);
  }
  return steps;
}

/** A step's name on the report: the command with its long URL and body shortened. */
export function stepName(command: string): string {
  const name = command
    .replace(/"\$API\/subscriptions\/[^"]*\/([A-Za-z]+)\?[^"]*"/, '…/$1')
    .replace(/--body '[^']*'/, "--body '…'")
    .replace(/\s+/g, ' ');
  return name.length > 72 ? `${name.slice(0, 71)}…` : name;
}

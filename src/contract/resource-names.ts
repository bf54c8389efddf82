// Names the API accepts for what a user creates inside a resource, held once here so that the mock
// refuses exactly what the portal's form warns about (and a saved world is checked by the same rule).

/** Why Azure Storage would refuse a container name: 3–63 lowercase letters, numbers and single hyphens, starting with a letter or number. */
export type ContainerNameProblem = 'length' | 'characters' | 'edges' | 'hyphens';

export function containerNameProblem(name: string): ContainerNameProblem | undefined {
  if (name.length < 3 || name.length > 63) return 'length';
  if (!/^[a-z0-9-]+$/.test(name)) return 'characters';
  if (!/^[a-z0-9]/.test(name) || name.endsWith('-')) return 'edges';
  if (name.includes('--')) return 'hyphens';
  return undefined;
}

export function isValidContainerName(name: string): boolean {
  return containerNameProblem(name) === undefined;
}

/** Image names (Microsoft.Compute): 1–80 of letters, digits, '.', '_' and '-', starting alphanumeric, not ending with '.'. */
export function isValidImageName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(name) && !name.endsWith('.');
}

/** The first `{vm}-image-{n}` not taken yet, so a second save never collides with the first (409). */
export function nextImageName(vmName: string, taken: readonly { name: string }[]): string {
  const names = new Set(taken.map((image) => image.name.toLowerCase()));
  let index = taken.length + 1;
  while (names.has(`${vmName}-image-${index}`.toLowerCase())) index += 1;
  return `${vmName}-image-${index}`;
}

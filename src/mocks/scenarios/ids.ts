import { hashString } from '@/domain/random';

/** A GUID-shaped id derived from a seed, so generated data keeps its ids across reloads. */
export function deterministicGuid(seed: string): string {
  const hex = [0, 1, 2, 3]
    .map((i) => hashString(`${i}:${seed}`).toString(16).padStart(8, '0'))
    .join('');
  // Shaped as a version-4 GUID (version nibble 4, variant 8–b) so ARM-id validators accept it.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

import { describe, expect, it } from 'vitest';
import { containerNameProblem, isValidContainerName, isValidImageName } from './resource-names';

describe('container names', () => {
  it('accepts 3–63 lowercase letters, numbers and single hyphens', () => {
    expect(containerNameProblem('backups')).toBeUndefined();
    expect(containerNameProblem('a-1-b')).toBeUndefined();
    expect(containerNameProblem('abc')).toBeUndefined();
    expect(containerNameProblem('a'.repeat(63))).toBeUndefined();
  });

  it('explains what is wrong with a name Azure would refuse', () => {
    expect(containerNameProblem('ab')).toBe('length');
    expect(containerNameProblem('a'.repeat(64))).toBe('length');
    expect(containerNameProblem('Backups')).toBe('characters');
    expect(containerNameProblem('my_data')).toBe('characters');
    expect(containerNameProblem('-abc')).toBe('edges');
    expect(containerNameProblem('abc-')).toBe('edges');
    expect(containerNameProblem('a--b')).toBe('hyphens');
  });

  it('is the same rule as the one the API applies (a valid name has no problem)', () => {
    for (const name of ['backups', 'a-1-b', 'ab', 'Backups', '-abc', 'abc-', 'a--b', 'é-abc']) {
      expect(isValidContainerName(name)).toBe(containerNameProblem(name) === undefined);
    }
  });
});

describe('image names', () => {
  it("accepts 1–80 letters, digits, '.', '_' and '-', starting alphanumeric", () => {
    expect(isValidImageName('vm-1_image.v2')).toBe(true);
    expect(isValidImageName('a'.repeat(80))).toBe(true);
  });

  it('refuses a leading symbol, a trailing dot, other characters and 81 characters', () => {
    expect(isValidImageName('-img')).toBe(false);
    expect(isValidImageName('img.')).toBe(false);
    expect(isValidImageName('my image')).toBe(false);
    expect(isValidImageName('a'.repeat(81))).toBe(false);
    expect(isValidImageName('')).toBe(false);
  });
});

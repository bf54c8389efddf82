import { describe, expect, it } from 'vitest';
import { containerNameProblem } from '@/features/resources/api/create-container';

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
});

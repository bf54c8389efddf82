import { describe, expect, it } from 'vitest';
import { relativeTime } from '@/features/notifications/relative-time';

const NOW = Date.parse('2026-03-15T09:00:00Z');

describe('Notifications: relative time', () => {
  it('says nothing under a minute, so the panel can say "Just now"', () => {
    expect(relativeTime('en-US', NOW - 59_000, NOW)).toBeNull();
    expect(relativeTime('en-US', NOW + 5_000, NOW)).toBeNull();
  });

  it('counts minutes, hours and days in the chosen language', () => {
    expect(relativeTime('en-US', NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(relativeTime('en-US', NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(relativeTime('en-US', NOW - 86_400_000, NOW)).toBe('yesterday');
    expect(relativeTime('zh-CN', NOW - 5 * 60_000, NOW)).toBe('5分钟前');
  });
});

import { describe, expect, it } from 'vitest';
import { nextImageName } from '@/features/cancel-wizard/components/image-name';

describe('R2: save an image of a VM', () => {
  it('R2: names the next image after the ones already saved, never reusing a name', () => {
    expect(nextImageName('vm-web', [])).toBe('vm-web-image-1');
    expect(nextImageName('vm-web', [{ name: 'vm-web-image-1' }])).toBe('vm-web-image-2');
    expect(nextImageName('vm-web', [{ name: 'VM-WEB-IMAGE-2' }])).toBe('vm-web-image-3');
  });
});

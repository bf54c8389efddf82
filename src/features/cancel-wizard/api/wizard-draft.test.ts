// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearDraft,
  EMPTY_DRAFT,
  loadDraft,
  saveDraft,
} from '@/features/cancel-wizard/api/wizard-draft';
import { parseStep } from '@/features/cancel-wizard/api/wizard-steps';

const ID = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';

describe('Wizard: answers kept per subscription until submitted', () => {
  beforeEach(() => sessionStorage.clear());

  it('Wizard: saves, reloads and clears the answers of one subscription', () => {
    const draft = {
      acknowledged: true,
      reason: 'other' as const,
      comment: 'why',
      confirmation: 'Contoso',
    };
    saveDraft(ID, draft);
    expect(loadDraft(ID)).toEqual(draft);
    expect(loadDraft('another-subscription')).toEqual(EMPTY_DRAFT);
    clearDraft(ID);
    expect(loadDraft(ID)).toEqual(EMPTY_DRAFT);
  });

  it('Wizard: a damaged or foreign entry is dropped, not half-applied', () => {
    sessionStorage.setItem(`azclone.cancel-wizard.v1.${ID}`, '{not json');
    expect(loadDraft(ID)).toEqual(EMPTY_DRAFT);
    sessionStorage.setItem(
      `azclone.cancel-wizard.v1.${ID}`,
      JSON.stringify({ acknowledged: true, reason: 'bored' }),
    );
    expect(loadDraft(ID)).toEqual(EMPTY_DRAFT);
  });

  it('Wizard: an unknown step in the URL means the first step', () => {
    expect(parseStep('review')).toBe('review');
    expect(parseStep('confirm')).toBe('confirm');
    expect(parseStep('finish')).toBe('prepare');
    expect(parseStep(null)).toBe('prepare');
  });
});

import { describe, expect, it } from 'vitest';
import { confirmProblems } from '@/features/cancel-wizard/api/confirm-validation';
import { EMPTY_DRAFT } from '@/features/cancel-wizard/api/wizard-draft';

describe('R3: the confirmation form', () => {
  it('R3: needs a reason and the exact name', () => {
    expect(confirmProblems(EMPTY_DRAFT, 'Contoso Production')).toEqual(['reason', 'name']);
  });

  it('R3: the name is compared case-sensitively', () => {
    const draft = {
      ...EMPTY_DRAFT,
      reason: 'too-expensive' as const,
      confirmation: 'contoso production',
    };
    expect(confirmProblems(draft, 'Contoso Production')).toEqual(['name']);
    expect(
      confirmProblems({ ...draft, confirmation: 'Contoso Production' }, 'Contoso Production'),
    ).toEqual([]);
  });

  it('R3: "Other" needs no comment; one may still be given', () => {
    const draft = { ...EMPTY_DRAFT, reason: 'other' as const, confirmation: 'X' };
    expect(confirmProblems(draft, 'X')).toEqual([]);
    expect(confirmProblems({ ...draft, comment: '   ' }, 'X')).toEqual([]);
    expect(confirmProblems({ ...draft, comment: 'Moving on' }, 'X')).toEqual([]);
  });
});

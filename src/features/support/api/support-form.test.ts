import { describe, expect, it } from 'vitest';
import {
  formFromQuery,
  supportFormProblems,
  titleLength,
} from '@/features/support/api/support-form';

describe('Support request form', () => {
  it('R13: a Contact support link prefills the subscription and the problem type', () => {
    const form = formFromQuery(
      new URLSearchParams('subscriptionId=abc&problemType=subscription-reactivation'),
    );
    expect(form).toMatchObject({ subscriptionId: 'abc', problemType: 'subscription-reactivation' });
  });

  it('R13: an unknown problem type is left for the user to choose', () => {
    expect(formFromQuery(new URLSearchParams('problemType=coffee')).problemType).toBeNull();
  });

  it('Support: title 1–140 characters and description of at least 10 are required', () => {
    const valid = {
      subscriptionId: 'abc',
      problemType: 'billing' as const,
      title: 'Invoice',
      description: 'A question about it',
    };
    expect(supportFormProblems(valid)).toEqual([]);
    expect(supportFormProblems({ ...valid, title: '  ' })).toEqual(['titleEmpty']);
    expect(supportFormProblems({ ...valid, title: 'x'.repeat(141) })).toEqual(['titleTooLong']);
    // Characters as people count them: 140 emoji fit.
    expect(supportFormProblems({ ...valid, title: '😀'.repeat(140) })).toEqual([]);
    expect(supportFormProblems({ ...valid, description: 'too short' })).toEqual([
      'descriptionTooShort',
    ]);
    expect(
      supportFormProblems({ subscriptionId: null, problemType: null, title: '', description: '' }),
    ).toEqual(['subscription', 'problemType', 'titleEmpty', 'descriptionTooShort']);
  });
});

describe('Support form: the title counter', () => {
  it('counts characters as the API does, so an emoji is one', () => {
    expect(titleLength('  😀😀 a  ')).toBe(4);
  });
});

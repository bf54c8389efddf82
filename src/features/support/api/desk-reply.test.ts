import { describe, expect, it } from 'vitest';
import type { SupportTicketResource } from '@/contract/support';
import { deskReplyText } from '@/features/support/api/desk-reply';
import { supportMessages } from '@/features/support/messages';
import { createFormatters } from '@/lib/i18n/format';

type Ticket = SupportTicketResource['properties'];

const base: Ticket = {
  supportTicketId: '2000000000000001',
  title: 'Reactivate Contoso Sandbox',
  description: 'We still need it.',
  problemType: 'subscription-reactivation',
  subscriptionId: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607',
  status: 'Closed',
  createdDate: '2026-06-12T09:00:00.000Z',
  modifiedDate: '2026-06-12T09:00:00.000Z',
};

const refused: Ticket = {
  ...base,
  resolution: 'Refused',
  refusalReason:
    'The subscription was canceled on 2026-03-12T09:00:00.000Z. It could be reactivated until 2026-06-10T09:00:00.000Z (90 days); its data has since been permanently deleted.',
  refusalCode: 'reactivation-window-closed',
  refusalParameters: {
    cancelledAt: '2026-03-12T09:00:00.000Z',
    reactivationPossibleUntil: '2026-06-10T09:00:00.000Z',
  },
  reply: {
    code: 'reactivation-window-closed',
    parameters: {
      cancelledAt: '2026-03-12T09:00:00.000Z',
      reactivationPossibleUntil: '2026-06-10T09:00:00.000Z',
    },
    date: '2026-06-12T09:00:00.000Z',
  },
};

describe('Support: the desk reply in the portal language', () => {
  it('R11: a refusal reads in zh-CN with formatted dates, not the API’s English and ISO timestamps', () => {
    const format = createFormatters('zh-CN');
    const text = deskReplyText(refused, supportMessages['zh-CN'].replies, format);
    expect(text).toContain(format.dateTime('2026-03-12T09:00:00.000Z'));
    expect(text).toContain(format.dateTime('2026-06-10T09:00:00.000Z'));
    expect(text).toContain('90 天');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toContain('The subscription');
  });

  it('R11: the same refusal reads in en-US with en-US dates', () => {
    const format = createFormatters('en-US');
    expect(deskReplyText(refused, supportMessages['en-US'].replies, format)).toBe(
      `The subscription was canceled on ${format.dateTime('2026-03-12T09:00:00.000Z')}. It could be reactivated until ${format.dateTime('2026-06-10T09:00:00.000Z')} (90 days); its data has since been permanently deleted.`,
    );
  });

  it('R13: an open request has no reply yet; every reply code has a sentence in both languages', () => {
    const format = createFormatters('zh-CN');
    expect(
      deskReplyText({ ...base, status: 'Open' }, supportMessages['zh-CN'].replies, format),
    ).toBeUndefined();
    for (const locale of ['en-US', 'zh-CN'] as const) {
      for (const code of Object.keys(supportMessages[locale].replies)) {
        const text = deskReplyText(
          {
            ...base,
            reply: {
              code: code as keyof (typeof supportMessages)['en-US']['replies'],
              parameters: { reactivationPossibleUntil: '2026-06-10T09:00:00.000Z' },
              date: base.createdDate,
            },
          },
          supportMessages[locale].replies,
          createFormatters(locale),
        );
        expect(text?.length, `${locale} ${code}`).toBeGreaterThan(10);
      }
    }
  });
});

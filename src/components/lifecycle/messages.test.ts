import { describe, expect, it } from 'vitest';
import { lifecycleMessages } from '@/components/lifecycle/messages';

const en = lifecycleMessages['en-US'];
const zh = lifecycleMessages['zh-CN'];

const DATE = '2027年2月24日';
const TIME = '2027年2月24日 09:10';

const AMOUNT = 'US$100.00';

/** Every zh-CN sentence of the table, with the API's dates, amounts and names filled in. */
function zhSentences(): string[] {
  return [
    zh.pendingTitle,
    zh.pendingBody(TIME, TIME),
    zh.showsInPortalRule,
    zh.pendingEffect,
    zh.disabledTitle,
    zh.resourcesDisabledTitle,
    zh.disabledServices,
    zh.readsStillWork,
    zh.finalInvoice(AMOUNT, DATE, TIME),
    zh.supportPlan('Standard', AMOUNT, 6, 'US$600.00', DATE),
    zh.dataKept(DATE),
    zh.reactivateSelf(DATE),
    zh.reactivateHere(DATE),
    zh.accountCenter,
    zh.reactivateSupport(DATE),
    zh.requestReactivation,
    zh.reactivationPendingTitle,
    zh.reactivationPendingBody('T-1', TIME),
    zh.reactivatedTitle,
    zh.reactivatedBody(TIME),
    zh.reactivatedBySupport,
    zh.deletedTitle,
    zh.deletedBody(DATE),
    zh.deletedNoResources,
    zh.pastDueTitle,
    zh.pastDueBody,
    zh.warnedTitle,
    zh.warnedBody,
    zh.pastDueCancel,
    zh.warnedCancel,
    zh.nothingToCancel,
    zh.needHelp,
    zh.contactSupport,
  ];
}

describe('Lifecycle message table (zh-CN typography)', () => {
  it('addresses the reader as 你, never 用户', () => {
    for (const sentence of zhSentences()) expect(sentence).not.toContain('用户');
  });

  it('no space between Chinese characters or next to Chinese punctuation, and none around a date', () => {
    const han = '[\\u4e00-\\u9fff，。：；（）“”、？]';
    for (const sentence of zhSentences()) {
      expect(sentence).not.toMatch(new RegExp(`${han} ${han}`));
      expect(sentence).not.toMatch(new RegExp(`${han} \\d{4}年`));
      expect(sentence).not.toMatch(new RegExp(`\\d日 ${han}`));
    }
  });

  it('a space between Chinese and Latin words or digits ("Azure 订阅", "10 分钟")', () => {
    expect(zh.pendingBody(TIME, TIME)).toContain('多达 10 分钟');
    expect(zh.disabledServices).toContain('临时 IP 地址');
    expect(zh.dataKept(DATE)).toContain('等待 90 天');
  });

  it('R5, R9: every number is the same in both languages', () => {
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
    expect(numbers(zh.pendingBody('', ''))).toEqual(numbers(en.pendingBody('', '')));
    expect(numbers(zh.dataKept(''))).toEqual(numbers(en.dataKept('')));
    expect(numbers(zh.reactivateSupport(''))).toEqual(numbers(en.reactivateSupport('')));
  });
});

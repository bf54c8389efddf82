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

  it('R4–R11: every number and date of every sentence is the same in both languages', () => {
    // The same sample values in both languages: the API's dates and amounts as the UI passes them.
    const at = '2027-02-24 09:10';
    const day = '2027-02-24';
    const samples: [keyof typeof en, unknown[]][] = [
      ['pendingBody', [at, '2027-02-24 09:20']],
      ['finalInvoice', ['US$123.45', day, at]],
      ['supportPlan', ['Standard', 'US$100.00', 6, 'US$600.00', '2027-08-24']],
      ['dataKept', ['2027-05-25']],
      ['reactivateSelf', ['2027-05-25']],
      ['reactivateHere', ['2027-05-25']],
      ['reactivateSupport', ['2027-05-25']],
      ['reactivationPendingBody', ['T-42', at]],
      ['reactivatedBody', [at]],
      ['deletedBody', ['2027-05-25']],
    ];
    const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).sort();
    for (const [key, args] of samples) {
      const call = (table: typeof en | typeof zh) =>
        (table[key] as (...values: unknown[]) => string)(...args);
      expect(numbers(call(zh)), key).toEqual(numbers(call(en)));
    }
    const functions = Object.keys(en).filter(
      (key) => typeof en[key as keyof typeof en] === 'function',
    );
    expect(functions.sort()).toEqual(samples.map(([key]) => key).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (typeof en[key] === 'string')
        expect(numbers(zh[key] as string), key).toEqual(numbers(en[key] as string));
    }
  });

  it('R5, R9: every number is the same in both languages', () => {
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
    expect(numbers(zh.pendingBody('', ''))).toEqual(numbers(en.pendingBody('', '')));
    expect(numbers(zh.dataKept(''))).toEqual(numbers(en.dataKept('')));
    expect(numbers(zh.reactivateSupport(''))).toEqual(numbers(en.reactivateSupport('')));
  });
});

import { describe, expect, it } from 'vitest';
import {
  commonMessages,
  offerDisplayName,
  supportPlanDisplayName,
} from '@/lib/i18n/common-messages';

const en = commonMessages['en-US'];
const zh = commonMessages['zh-CN'];

describe('Offer and support plan names', () => {
  it('zh-CN: an offer is named by its offer ID, whatever case ARM sends it in', () => {
    expect(offerDisplayName(zh, 'MS-AZR-0003P', 'Pay-As-You-Go')).toBe('即用即付');
    expect(offerDisplayName(zh, 'ms-azr-0044p', 'Free Trial')).toBe('免费试用版');
    expect(offerDisplayName(en, 'MS-AZR-0017P', 'Enterprise Agreement')).toBe(
      'Enterprise Agreement',
    );
  });

  it('zh-CN: an offer outside the table keeps the name the API gives, and none stays none', () => {
    expect(offerDisplayName(zh, 'MS-AZR-9999P', 'Some Offer')).toBe('Some Offer');
    expect(offerDisplayName(zh, undefined, undefined)).toBeUndefined();
  });

  it('zh-CN: R8 support plans read as Microsoft names them, an unknown plan as the API does', () => {
    expect(supportPlanDisplayName(zh, 'Standard')).toBe('标准');
    expect(supportPlanDisplayName(zh, 'Professional Direct')).toBe('专业直接');
    expect(supportPlanDisplayName(en, 'Developer')).toBe('Developer');
    expect(supportPlanDisplayName(zh, 'Premier')).toBe('Premier');
  });
});

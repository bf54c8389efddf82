import type { ExternalLinkKey } from '@/config/external-links';
import type { RoleDefinitionName } from '@/contract/authorization';
import type { ResourceKind } from '@/contract/resources';
import type { SubscriptionState } from '@/contract/subscriptions';
import { defineMessages } from '@/lib/i18n/locale';

/** The offers of lifecycle.md's table, by offer ID: the ID is what the API gives in every language. */
type OfferId =
  | 'MS-AZR-0003P'
  | 'MS-AZR-0044P'
  | 'MS-AZR-0063P'
  | 'MS-AZR-0059P'
  | 'MS-AZR-0017P'
  | 'MS-AZR-0170P';

/** Paid support plans, by the name the billing read gives them. */
type SupportPlanName = 'Developer' | 'Standard' | 'Professional Direct';

// What every blade calls a subscription's state, a role, a kind of resource, an offer and a support
// plan, written once so the list, the Overview, the Account Center, the cancel wizard, the banners
// and the search cannot disagree. zh-CN follows Microsoft's own zh-CN names (docs/i18n-terms.md).
export const commonMessages = defineMessages({
  'en-US': {
    status: {
      Enabled: 'Active',
      Warned: 'Warned',
      PastDue: 'Past due',
      Disabled: 'Disabled',
      Deleted: 'Deleted',
    } satisfies Record<SubscriptionState, string>,
    role: {
      'Account admin': 'Account admin',
      'Service admin': 'Service admin',
      'Co-administrator': 'Co-administrator',
      Owner: 'Owner',
      Contributor: 'Contributor',
      Reader: 'Reader',
    } satisfies Record<RoleDefinitionName, string>,
    resourceKind: {
      vm: 'Virtual machine',
      storage: 'Storage account',
      sqlDatabase: 'SQL database',
      webApp: 'Web app',
    } satisfies Record<ResourceKind, string>,
    opensInNewTab: '(opens in a new tab)',
    /** The public pages the seed refers to, by their own titles (config/external-links.ts). */
    externalPage: {
      trustCenterDataManagement: 'Microsoft Trust Center - How we manage your data',
      supportPlans: 'Azure support plans',
    } satisfies Record<ExternalLinkKey, string>,
    offer: {
      'MS-AZR-0003P': 'Pay-As-You-Go',
      'MS-AZR-0044P': 'Free Trial',
      'MS-AZR-0063P': 'Visual Studio Enterprise',
      'MS-AZR-0059P': 'Visual Studio Professional',
      'MS-AZR-0017P': 'Enterprise Agreement',
      'MS-AZR-0170P': 'Azure for Students',
    } satisfies Record<OfferId, string>,
    supportPlan: {
      Developer: 'Developer',
      Standard: 'Standard',
      'Professional Direct': 'Professional Direct',
    } satisfies Record<SupportPlanName, string>,
  },
  'zh-CN': {
    status: {
      Enabled: '活动',
      Warned: '已警告',
      PastDue: '已逾期',
      Disabled: '已禁用',
      Deleted: '已删除',
    } satisfies Record<SubscriptionState, string>,
    role: {
      'Account admin': '帐户管理员',
      'Service admin': '服务管理员',
      'Co-administrator': '共同管理员',
      Owner: '所有者',
      Contributor: '参与者',
      Reader: '读者',
    } satisfies Record<RoleDefinitionName, string>,
    resourceKind: {
      vm: '虚拟机',
      storage: '存储帐户',
      sqlDatabase: 'SQL 数据库',
      webApp: '应用服务',
    } satisfies Record<ResourceKind, string>,
    opensInNewTab: '（在新标签页中打开）',
    externalPage: {
      trustCenterDataManagement: 'Microsoft 信任中心 - 我们如何管理用户的数据',
      supportPlans: 'Azure 支持计划',
    } satisfies Record<ExternalLinkKey, string>,
    offer: {
      'MS-AZR-0003P': '即用即付',
      'MS-AZR-0044P': '免费试用版',
      'MS-AZR-0063P': 'Visual Studio Enterprise',
      'MS-AZR-0059P': 'Visual Studio Professional',
      'MS-AZR-0017P': '企业协议',
      'MS-AZR-0170P': 'Azure 学生版',
    } satisfies Record<OfferId, string>,
    supportPlan: {
      Developer: '开发人员',
      Standard: '标准',
      'Professional Direct': '专业直接',
    } satisfies Record<SupportPlanName, string>,
  },
});

export type CommonMessages = (typeof commonMessages)['en-US'];

/**
 * An offer's name in the chosen language, found by its offer ID (case as ARM may send it); an offer
 * outside lifecycle.md's table keeps the name the API gives.
 */
export function offerDisplayName(
  common: CommonMessages,
  offerId: string | undefined,
  apiName: string,
): string;
export function offerDisplayName(
  common: CommonMessages,
  offerId: string | undefined,
  apiName: string | undefined,
): string | undefined;
export function offerDisplayName(
  common: CommonMessages,
  offerId: string | undefined,
  apiName: string | undefined,
): string | undefined {
  const known = Object.entries(common.offer).find(
    ([id]) => id.toLowerCase() === offerId?.toLowerCase(),
  );
  return known?.[1] ?? apiName;
}

/** A support plan's name in the chosen language; a plan outside the price list keeps the API's name. */
export function supportPlanDisplayName(common: CommonMessages, apiName: string): string {
  return (common.supportPlan as Record<string, string | undefined>)[apiName] ?? apiName;
}

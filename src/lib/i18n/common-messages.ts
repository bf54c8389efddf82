import type { ExternalLinkKey } from '@/config/external-links';
import type { RoleDefinitionName } from '@/contract/authorization';
import type { ResourceKind } from '@/contract/resources';
import type { SubscriptionState } from '@/contract/subscriptions';
import { defineMessages } from '@/lib/i18n/locale';

// What every blade calls a subscription's state, a role and a kind of resource, written once so the
// list, the Overview, the Account Center, the cancel wizard and the search cannot disagree.
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
      webApp: 'App Service',
    } satisfies Record<ResourceKind, string>,
    opensInNewTab: '(opens in a new tab)',
    /** The public pages the seed refers to, by their own titles (config/external-links.ts). */
    externalPage: {
      trustCenterDataManagement: 'Microsoft Trust Center - How we manage your data',
      supportPlans: 'Azure support plans',
    } satisfies Record<ExternalLinkKey, string>,
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
  },
});

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
  },
});

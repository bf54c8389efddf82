import type { RoleDefinitionName } from '@/contract/authorization';
import type { SubscriptionState } from '@/contract/subscriptions';
import { defineMessages } from '@/lib/i18n/locale';

export const subscriptionsMessages = defineMessages({
  'en-US': {
    title: 'Subscriptions',
    subscriptionName: 'Subscription name',
    subscriptionId: 'Subscription ID',
    myRole: 'My role',
    offer: 'Offer',
    status: 'Status',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} subscriptions`,
    empty: 'No subscriptions to display',
    emptyBody: 'This directory has no subscriptions you can see.',
    status_: {
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
  },
  'zh-CN': {
    title: '订阅',
    subscriptionName: '订阅名称',
    subscriptionId: '订阅 ID',
    myRole: '我的角色',
    offer: '套餐',
    status: '状态',
    showing: (shown: number, total: number) => `显示 ${total} 个订阅中的 ${shown} 个`,
    empty: '没有可显示的订阅',
    emptyBody: '此目录中没有你可以查看的订阅。',
    status_: {
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
  },
});

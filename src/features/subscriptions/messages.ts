import { formattersFor } from '@/lib/i18n/format';
import { defineMessages } from '@/lib/i18n/locale';

// Counts read "5,000", grouped the way each language groups digits.
const enCount = (value: number): string => formattersFor('en-US').number(value);
const zhCount = (value: number): string => formattersFor('zh-CN').number(value);

export const subscriptionsMessages = defineMessages({
  'en-US': {
    title: 'Subscriptions',
    subscriptionName: 'Subscription name',
    subscriptionId: 'Subscription ID',
    myRole: 'My role',
    offer: 'Offer',
    status: 'Status',
    currentCost: 'Current cost',
    showing: (shown: number, total: number) =>
      `Showing ${enCount(shown)} of ${enCount(total)} subscriptions`,
    empty: 'No subscriptions to display',
    emptyBody: 'This directory has no subscriptions you can see.',
    emptyHint:
      'If you expected to see one here, ask its account administrator to give you a role on it.',
    noMatch: 'No subscriptions match your search and filters',
    noMatchBody: 'Try another name or ID, or clear the filters to see every subscription.',
    clearFilters: 'Clear filters',
    resetFilters: 'Reset filters',
    clearFilter: 'Clear this filter',
    search: 'Search',
    searchPlaceholder: 'Search by name or ID',
    clearSearch: 'Clear search',
    filters: 'Filters',
    commands: 'Commands',
    refresh: 'Refresh',
    filterAll: (label: string) => `${label} == all`,
    filterSome: (label: string, values: readonly string[]) =>
      values.length === 1
        ? `${label} == ${values[0] ?? ''}`
        : `${label} in ${values.slice(0, 2).join(', ')}${values.length > 2 ? ` +${values.length - 2}` : ''}`,
    none: 'None',
  },
  'zh-CN': {
    title: '订阅',
    subscriptionName: '订阅名称',
    subscriptionId: '订阅 ID',
    myRole: '我的角色',
    offer: '套餐',
    status: '状态',
    currentCost: '当前费用',
    showing: (shown: number, total: number) =>
      `显示 ${zhCount(total)} 个订阅中的 ${zhCount(shown)} 个`,
    empty: '没有可显示的订阅',
    emptyBody: '此目录中没有你可以查看的订阅。',
    emptyHint: '如果你希望在此处看到某个订阅，请让其帐户管理员为你分配该订阅的角色。',
    noMatch: '没有与你的搜索和筛选器匹配的订阅',
    noMatchBody: '请尝试其他名称或 ID，或清除筛选器以查看所有订阅。',
    clearFilters: '清除筛选器',
    resetFilters: '重置筛选器',
    clearFilter: '清除此筛选器',
    search: '搜索',
    searchPlaceholder: '按名称或 ID 搜索',
    clearSearch: '清除搜索',
    filters: '筛选器',
    commands: '命令',
    refresh: '刷新',
    filterAll: (label: string) => `${label} == 全部`,
    filterSome: (label: string, values: readonly string[]) =>
      values.length === 1
        ? `${label} == ${values[0] ?? ''}`
        : `${label} 属于 ${values.slice(0, 2).join('、')}${values.length > 2 ? ` +${values.length - 2}` : ''}`,
    none: '无',
  },
});

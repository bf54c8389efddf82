import { defineMessages } from '@/lib/i18n/locale';

export const globalSearchMessages = defineMessages({
  'en-US': {
    label: 'Search resources, services, and docs (G+/)',
    open: 'Search resources, services, and docs (G+/)',
    results: 'Search results',
    services: 'Services',
    subscriptions: 'Subscriptions',
    resources: 'Resources',
    subscription: 'Subscription',
    service: 'Service',
    noResults: (query: string) => `No results were found for '${query}'.`,
    searching: 'Searching…',
    hint: 'Try a subscription name or ID, a service such as Subscriptions, or a resource name.',
    /** Between the sentence and the hint after it. */
    space: ' ',
    otherResource: 'Resource',
  },
  'zh-CN': {
    label: '搜索资源、服务和文档(G+/)',
    open: '搜索资源、服务和文档(G+/)',
    results: '搜索结果',
    services: '服务',
    subscriptions: '订阅',
    resources: '资源',
    subscription: '订阅',
    service: '服务',
    noResults: (query: string) => `找不到“${query}”的结果。`,
    searching: '正在搜索…',
    hint: '请尝试订阅名称或 ID、服务（例如“订阅”）或资源名称。',
    // No space next to Chinese punctuation.
    space: '',
    otherResource: '资源',
  },
});

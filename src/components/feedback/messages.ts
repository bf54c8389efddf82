import { defineMessages } from '@/lib/i18n/locale';

export const feedbackMessages = defineMessages({
  'en-US': {
    loading: 'Loading…',
    retry: 'Retry',
    errorTitle: (status: number) =>
      status === 0 ? 'Could not reach Azure' : `The request failed (${status})`,
    code: 'Error code',
    subscriptions: 'Subscriptions',
    notFoundTitle: 'Subscription not found',
    notFoundBody: (id: string) =>
      `No subscription with the ID “${id}” exists in this directory, or you don’t have access to it.`,
    malformedBody: (id: string) =>
      `“${id}” is not a valid subscription ID. A subscription ID is a GUID, such as 00000000-0000-0000-0000-000000000000.`,
    backToSubscriptions: 'Go to Subscriptions',
  },
  'zh-CN': {
    loading: '正在加载…',
    retry: '重试',
    errorTitle: (status: number) => (status === 0 ? '无法连接到 Azure' : `请求失败 (${status})`),
    code: '错误代码',
    subscriptions: '订阅',
    notFoundTitle: '找不到订阅',
    notFoundBody: (id: string) => `此目录中不存在 ID 为“${id}”的订阅，或者你无权访问它。`,
    malformedBody: (id: string) =>
      `“${id}”不是有效的订阅 ID。订阅 ID 是一个 GUID，例如 00000000-0000-0000-0000-000000000000。`,
    backToSubscriptions: '转到“订阅”',
  },
});

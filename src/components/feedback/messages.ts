import { defineMessages } from '@/lib/i18n/locale';

export const feedbackMessages = defineMessages({
  'en-US': {
    loading: 'Loading…',
    retry: 'Retry',
    errorTitle: (status: number) =>
      status === 0 ? 'Could not reach Azure' : `The request failed (${status})`,
    code: 'Error code',
  },
  'zh-CN': {
    loading: '正在加载…',
    retry: '重试',
    errorTitle: (status: number) => (status === 0 ? '无法连接到 Azure' : `请求失败 (${status})`),
    code: '错误代码',
  },
});

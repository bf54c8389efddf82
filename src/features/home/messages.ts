import { defineMessages } from '@/lib/i18n/locale';

export const homeMessages = defineMessages({
  'en-US': {
    title: 'Home',
    welcome: 'Welcome to Azure',
    intro:
      'Manage your subscriptions: see their status and billing, cancel one, or bring one back.',
    services: 'Azure services',
  },
  'zh-CN': {
    title: '主页',
    welcome: '欢迎使用 Azure',
    intro: '管理你的订阅：查看状态和计费，取消订阅，或重新激活订阅。',
    services: 'Azure 服务',
  },
});

import { defineMessages } from '@/lib/i18n/locale';

export const notificationsPanelMessages = defineMessages({
  'en-US': {
    title: 'Notifications',
    unread: (count: number) =>
      count === 1 ? '1 unread notification' : `${count} unread notifications`,
    dismissAll: 'Dismiss all',
    dismiss: (title: string) => `Dismiss: ${title}`,
    close: 'Close',
    empty: 'No notifications',
    emptyBody:
      'Operations you start in the portal, such as canceling or renaming a subscription, show up here.',
    view: 'Go to resource',
    justNow: 'Just now',
  },
  'zh-CN': {
    title: '通知',
    unread: (count: number) => `${count} 条未读通知`,
    dismissAll: '全部关闭',
    dismiss: (title: string) => `关闭：${title}`,
    close: '关闭',
    empty: '没有通知',
    emptyBody: '你在门户中启动的操作（例如取消或重命名订阅）会显示在此处。',
    view: '转到资源',
    justNow: '刚刚',
  },
});

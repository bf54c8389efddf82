import { defineMessages } from '@/lib/i18n/locale';
import type {
  NotificationOperation,
  PortalNotification,
} from '@/lib/notifications/notifications-store';

type Status = PortalNotification['status'];
/** A stopped entry keeps the words of the operation it was waiting on; its status line says why. */
type Phrases = Record<Exclude<Status, 'stopped'>, (target: string) => string>;

// One sentence per operation and status, naming what it acted on. Entries store facts only, so the
// same entry reads right after the language changes.
export const notificationMessages = defineMessages<{
  operations: Record<NotificationOperation, Phrases>;
  status: Record<Status, string>;
}>({
  'en-US': {
    operations: {
      cancel: {
        'in-progress': (t) => `Canceling subscription '${t}'…`,
        succeeded: (t) => `Subscription '${t}' canceled`,
        failed: (t) => `Could not cancel subscription '${t}'`,
      },
      reactivate: {
        'in-progress': (t) => `Reactivating subscription '${t}'…`,
        succeeded: (t) => `Subscription '${t}' reactivated`,
        failed: (t) => `Could not reactivate subscription '${t}'`,
      },
      rename: {
        'in-progress': (t) => `Renaming subscription '${t}'…`,
        succeeded: (t) => `Subscription '${t}' renamed`,
        failed: (t) => `Could not rename subscription '${t}'`,
      },
      'vm-start': {
        'in-progress': (t) => `Starting virtual machine '${t}'…`,
        succeeded: (t) => `Virtual machine '${t}' started`,
        failed: (t) => `Could not start virtual machine '${t}'`,
      },
      'vm-stop': {
        'in-progress': (t) => `Stopping virtual machine '${t}'…`,
        succeeded: (t) => `Virtual machine '${t}' stopped`,
        failed: (t) => `Could not stop virtual machine '${t}'`,
      },
      'vm-deallocate': {
        'in-progress': (t) => `Deallocating virtual machine '${t}'…`,
        succeeded: (t) => `Virtual machine '${t}' deallocated`,
        failed: (t) => `Could not deallocate virtual machine '${t}'`,
      },
      'webapp-start': {
        'in-progress': (t) => `Starting web app '${t}'…`,
        succeeded: (t) => `Web app '${t}' started`,
        failed: (t) => `Could not start web app '${t}'`,
      },
      'webapp-stop': {
        'in-progress': (t) => `Stopping web app '${t}'…`,
        succeeded: (t) => `Web app '${t}' stopped`,
        failed: (t) => `Could not stop web app '${t}'`,
      },
      'create-container': {
        'in-progress': (t) => `Creating container in '${t}'…`,
        succeeded: (t) => `Container created in '${t}'`,
        failed: (t) => `Could not create a container in '${t}'`,
      },
      'save-image': {
        'in-progress': (t) => `Saving an image of '${t}'…`,
        succeeded: (t) => `Image of '${t}' saved`,
        failed: (t) => `Could not save an image of '${t}'`,
      },
      'download-backup': {
        'in-progress': (t) => `Downloading a copy of '${t}'…`,
        succeeded: (t) => `Copy of '${t}' downloaded`,
        failed: (t) => `Could not download a copy of '${t}'`,
      },
      move: {
        'in-progress': (t) => `Moving resources to '${t}'…`,
        succeeded: (t) => `Resources moved to '${t}'`,
        failed: (t) => `Could not move resources to '${t}'`,
      },
      'support-request': {
        'in-progress': (t) => `Creating support request '${t}'…`,
        succeeded: (t) => `Support request '${t}' created`,
        failed: (t) => `Could not create support request '${t}'`,
      },
      'support-answer': {
        'in-progress': (t) => `Waiting for support to answer '${t}'…`,
        succeeded: (t) => `Support answered '${t}'`,
        failed: (t) => `Support refused '${t}'`,
      },
      language: {
        'in-progress': (t) => `Switching the language to ${t}…`,
        succeeded: (t) => `Language changed to ${t}`,
        failed: (t) => `Could not change the language to ${t}`,
      },
    },
    status: {
      'in-progress': 'In progress',
      succeeded: 'Succeeded',
      failed: 'Failed',
      stopped: 'Stopped: the demo state was replaced, so this will not finish',
    },
  },
  'zh-CN': {
    operations: {
      cancel: {
        'in-progress': (t) => `正在取消订阅“${t}”…`,
        succeeded: (t) => `已取消订阅“${t}”`,
        failed: (t) => `无法取消订阅“${t}”`,
      },
      reactivate: {
        'in-progress': (t) => `正在重新激活订阅“${t}”…`,
        succeeded: (t) => `已重新激活订阅“${t}”`,
        failed: (t) => `无法重新激活订阅“${t}”`,
      },
      rename: {
        'in-progress': (t) => `正在重命名订阅“${t}”…`,
        succeeded: (t) => `已重命名订阅“${t}”`,
        failed: (t) => `无法重命名订阅“${t}”`,
      },
      'vm-start': {
        'in-progress': (t) => `正在启动虚拟机“${t}”…`,
        succeeded: (t) => `已启动虚拟机“${t}”`,
        failed: (t) => `无法启动虚拟机“${t}”`,
      },
      'vm-stop': {
        'in-progress': (t) => `正在停止虚拟机“${t}”…`,
        succeeded: (t) => `已停止虚拟机“${t}”`,
        failed: (t) => `无法停止虚拟机“${t}”`,
      },
      'vm-deallocate': {
        'in-progress': (t) => `正在解除分配虚拟机“${t}”…`,
        succeeded: (t) => `已解除分配虚拟机“${t}”`,
        failed: (t) => `无法解除分配虚拟机“${t}”`,
      },
      'webapp-start': {
        'in-progress': (t) => `正在启动应用服务“${t}”…`,
        succeeded: (t) => `已启动应用服务“${t}”`,
        failed: (t) => `无法启动应用服务“${t}”`,
      },
      'webapp-stop': {
        'in-progress': (t) => `正在停止应用服务“${t}”…`,
        succeeded: (t) => `已停止应用服务“${t}”`,
        failed: (t) => `无法停止应用服务“${t}”`,
      },
      'create-container': {
        'in-progress': (t) => `正在“${t}”中创建容器…`,
        succeeded: (t) => `已在“${t}”中创建容器`,
        failed: (t) => `无法在“${t}”中创建容器`,
      },
      'save-image': {
        'in-progress': (t) => `正在保存“${t}”的映像…`,
        succeeded: (t) => `已保存“${t}”的映像`,
        failed: (t) => `无法保存“${t}”的映像`,
      },
      'download-backup': {
        'in-progress': (t) => `正在下载“${t}”的副本…`,
        succeeded: (t) => `已下载“${t}”的副本`,
        failed: (t) => `无法下载“${t}”的副本`,
      },
      move: {
        'in-progress': (t) => `正在将资源移到“${t}”…`,
        succeeded: (t) => `已将资源移到“${t}”`,
        failed: (t) => `无法将资源移到“${t}”`,
      },
      'support-request': {
        'in-progress': (t) => `正在创建支持请求“${t}”…`,
        succeeded: (t) => `已创建支持请求“${t}”`,
        failed: (t) => `无法创建支持请求“${t}”`,
      },
      'support-answer': {
        'in-progress': (t) => `正在等待支持人员答复“${t}”…`,
        succeeded: (t) => `支持人员已答复“${t}”`,
        failed: (t) => `支持人员已拒绝“${t}”`,
      },
      language: {
        'in-progress': (t) => `正在将语言切换为 ${t}…`,
        succeeded: (t) => `语言已更改为 ${t}`,
        failed: (t) => `无法将语言更改为 ${t}`,
      },
    },
    status: {
      'in-progress': '正在进行',
      succeeded: '已成功',
      failed: '失败',
      stopped: '已停止：演示状态已被替换，此操作不会再完成',
    },
  },
});

/** The entry's one-line title in the chosen language. */
export function notificationTitle(
  messages: (typeof notificationMessages)['en-US'],
  entry: Pick<PortalNotification, 'operation' | 'status' | 'target'>,
): string {
  if (entry.status !== 'stopped')
    return messages.operations[entry.operation][entry.status](entry.target);
  // The in-progress words without what says it is still going on: the ellipsis, and zh-CN's 正在
  // ("Canceling subscription 'X'", 取消订阅“X”).
  return messages.operations[entry.operation]['in-progress'](entry.target).replace(/^正在|…$/g, '');
}

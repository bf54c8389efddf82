import { commonMessages, supportPlanDisplayName } from '@/lib/i18n/common-messages';
import { defineMessages } from '@/lib/i18n/locale';

const en = commonMessages['en-US'];
const zh = commonMessages['zh-CN'];

// Every lifecycle sentence the portal shows in a notice (R4–R13), written once for the Overview,
// the Account Center, the cancel wizard and Resources. Worded after the seed
// (cancel-azure-subscription.zh-CN.md); the zh-CN text keeps the seed's sentences but speaks to the
// reader as 你, with the API's dates as one run (no spaces around them) and a space between Chinese
// and Latin words or digits. Every number and date is the same in both languages.

export const lifecycleMessages = defineMessages({
  'en-US': {
    // R4, R5
    pendingTitle: 'Cancellation in progress',
    pendingBody: (stoppedAt: string, showsBy: string) =>
      `Billing stopped immediately, at ${stoppedAt}. However, the cancellation may take up to 10 minutes to show in the portal (by ${showsBy}). This page updates by itself.`,
    /** R5 before cancelling (the wizard's review): the same rule, no dates yet. */
    showsInPortalRule: 'It can take up to 10 minutes for the cancellation to show in the portal.',
    pendingEffect:
      'When it shows, virtual machines will be deallocated, temporary IP addresses released, and storage made read-only.',
    // R6, R12
    disabledTitle: 'This subscription is canceled and disabled',
    resourcesDisabledTitle: 'This subscription is disabled; its resources are read-only',
    disabledServices:
      'Services are disabled: virtual machines are deallocated, temporary IP addresses are released, and storage is read-only.',
    readsStillWork: 'Every change to its resources is refused; reading and downloading still work.',
    // R7, R8, R9
    finalInvoice: (amount: string, date: string, stoppedAt: string) =>
      `Final invoice: ${amount}, sent on the standard invoice date after the billing period ends (${date}). It covers usage up to ${stoppedAt}.`,
    supportPlan: (plan: string, price: string, count: number, total: string, last: string) =>
      `Your paid ${supportPlanDisplayName(en, plan)} support plan is canceled with the subscription, but it is still charged monthly for the remaining ${count} months: ${price} a month, ${total} in total, the last charge on ${last}.`,
    dataKept: (date: string) =>
      `We wait 90 days before permanently deleting your data, in case you need to access it or change your mind: it will be deleted on ${date}. You aren’t charged for keeping it.`,
    // R10, R11
    reactivateSelf: (deadline: string) =>
      `If you canceled this Pay-As-You-Go subscription by accident, you can reactivate it until ${deadline}: select Reactivate in the command bar, or go to`,
    reactivateHere: (deadline: string) =>
      `If you canceled this Pay-As-You-Go subscription by accident, you can reactivate it here until ${deadline}.`,
    accountCenter: 'Account Center',
    sentenceEnd: '.',
    reactivateSupport: (deadline: string) =>
      `This isn’t a Pay-As-You-Go subscription: contact support within 90 days of cancellation (until ${deadline}) to reactivate it.`,
    requestReactivation: 'Request reactivation from support',
    reactivationPendingTitle: 'Reactivation in progress',
    reactivationPendingBody: (ticket: string, at: string) =>
      `Support accepted your reactivation request ${ticket}. This subscription is expected to be active again at ${at}. This page updates by itself.`,
    reactivatedTitle: 'Subscription reactivated',
    reactivatedBody: (at: string) =>
      `Billing resumed at ${at}. Virtual machines stay deallocated until you start them, and released temporary IP addresses aren’t given back.`,
    reactivatedBySupport: 'Support reactivated this subscription.',
    // R9
    deletedTitle: 'This subscription has been deleted',
    deletedBody: (date: string) =>
      `Its data was permanently deleted on ${date}, 90 days after the cancellation. Nothing can be reactivated.`,
    deletedNoResources:
      'Its data was permanently deleted 90 days after the cancellation, so it has no resources.',
    // ARM's own states
    pastDueTitle: 'Payment past due',
    pastDueBody:
      'This subscription has an outstanding balance. Pay it to keep the subscription from being disabled.',
    warnedTitle: 'This subscription has been warned',
    warnedBody: 'This subscription will be disabled unless the issue on its account is resolved.',
    // The cancel wizard: what cancelling means now (R14: nothing, once it is cancelled)
    pastDueCancel:
      'You can still cancel it. Billing stops immediately, as with any cancellation, but canceling doesn’t settle the outstanding balance: it stays due.',
    warnedCancel:
      'You can still cancel it. Canceling doesn’t resolve the issue on its account, but billing stops immediately and everything below applies as to any subscription.',
    nothingToCancel:
      'There is nothing left to cancel: this subscription has already been canceled.',
    // R13
    needHelp:
      'Need help? If you still have questions, contact support to get your issue resolved quickly.',
    contactSupport: 'Contact support',
    /** Between a sentence and the link after it. */
    space: ' ',
  },
  'zh-CN': {
    pendingTitle: '正在取消订阅',
    pendingBody: (stoppedAt: string, showsBy: string) =>
      `计费已于${stoppedAt}立即停止。但是，可能需要花费多达 10 分钟，取消才会显示在门户中（最晚${showsBy}）。此页面会自动更新。`,
    showsInPortalRule: '可能需要花费多达 10 分钟，取消才会显示在门户中。',
    pendingEffect:
      '取消显示在门户中后，虚拟机将解除分配，临时 IP 地址将被释放，并且存储将变为只读。',
    disabledTitle: '此订阅已取消并已禁用',
    resourcesDisabledTitle: '此订阅已禁用；其资源为只读',
    disabledServices: '服务已被禁用：虚拟机已解除分配，临时 IP 地址已释放，并且存储是只读的。',
    readsStillWork: '对其资源的所有更改都会被拒绝；你仍可读取和下载。',
    finalInvoice: (amount: string, date: string, stoppedAt: string) =>
      `我们会在周期结束后于标准发票日期（${date}）发送最终帐单：${amount}，涵盖截至${stoppedAt}的使用量。`,
    supportPlan: (plan: string, price: string, count: number, total: string, last: string) =>
      `付费的 Azure 支持计划（${supportPlanDisplayName(zh, plan)}）随订阅一起取消后，仍会按月向你收取余下 ${count} 个月的费用：每月 ${price}，共计 ${total}，最后一次收费日期为${last}。`,
    dataKept: (date: string) =>
      `我们会先等待 90 天，才会永久删除你的数据（将于${date}删除），这样做是考虑到你可能需要访问这些数据，或者改变了主意。我们不会因为保留这些数据而向你收费。`,
    reactivateSelf: (deadline: string) =>
      `如果意外取消了即用即付订阅，可在${deadline}之前重新激活：选择命令栏中的“重新激活”，或`,
    reactivateHere: (deadline: string) =>
      `如果意外取消了即用即付订阅，可在${deadline}之前在此处重新激活订阅。`,
    accountCenter: '在帐户中心重新激活订阅',
    sentenceEnd: '。',
    reactivateSupport: (deadline: string) =>
      `如果你的订阅不是即用即付订阅，可在取消后的 90 天内（${deadline}之前）联系支持人员来重新激活你的订阅。`,
    requestReactivation: '联系支持人员重新激活',
    reactivationPendingTitle: '正在重新激活订阅',
    reactivationPendingBody: (ticket: string, at: string) =>
      `支持人员已接受你的重新激活请求 ${ticket}。此订阅预计将于${at}恢复活动状态。此页面会自动更新。`,
    reactivatedTitle: '订阅已重新激活',
    reactivatedBody: (at: string) =>
      `已于${at}恢复计费。虚拟机将保持解除分配状态，直到你启动它们；已释放的临时 IP 地址不会重新分配给你。`,
    reactivatedBySupport: '支持人员已重新激活此订阅。',
    deletedTitle: '此订阅已删除',
    deletedBody: (date: string) =>
      `我们会先等待 90 天，才会永久删除你的数据；此订阅的数据已于${date}永久删除，无法再重新激活。`,
    deletedNoResources: '其数据已在取消 90 天后永久删除，因此没有资源。',
    pastDueTitle: '付款已逾期',
    pastDueBody: '此订阅有未付余额。请付款，以免订阅被禁用。',
    warnedTitle: '此订阅已收到警告',
    warnedBody: '除非解决其帐户上的问题，否则此订阅将被禁用。',
    pastDueCancel:
      '你仍可以取消此订阅。与任何取消一样，计费将立即停止，但取消不会结清未付余额，你仍需支付这笔余额。',
    warnedCancel:
      '你仍可以取消此订阅。取消不会解决其帐户上的问题，但计费将立即停止，以下所有内容与任何订阅相同。',
    nothingToCancel: '没有可取消的内容：此订阅已被取消。',
    needHelp: '需要帮助？如果仍有疑问，请联系支持人员以快速解决问题。',
    contactSupport: '联系支持人员',
    // No space next to Chinese punctuation or between Chinese words.
    space: '',
  },
});

export type LifecycleMessages = (typeof lifecycleMessages)['en-US'];

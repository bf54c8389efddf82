import type { RenameProblem } from '@/features/overview/api/rename-subscription';
import { commonMessages, supportPlanDisplayName } from '@/lib/i18n/common-messages';
import { defineMessages } from '@/lib/i18n/locale';
import type {
  CancelBlock,
  ReactivateBlock,
  RenameBlock,
} from '@/features/overview/components/command-availability';

type Blocks<K extends string> = Record<Exclude<K, 'loading'>, string>;

export const overviewMessages = defineMessages({
  'en-US': {
    subscriptions: 'Subscriptions',
    bladeSubtitle: 'Subscription',
    loadingTitle: 'Subscription',
    commands: 'Subscription commands',
    cancelSubscription: 'Cancel subscription',
    rename: 'Rename',
    reactivate: 'Reactivate',
    contactSupport: 'Contact support',
    refresh: 'Refresh',
    checkingPermissions: 'Checking what you can do with this subscription…',
    cancelBlocked: {
      'not-account-admin': 'Only the account administrator can cancel this subscription.',
      'already-cancelled': 'This subscription is already canceled.',
      'reactivation-pending':
        'This subscription is being reactivated, so it can’t be canceled now.',
      deleted: 'This subscription has been deleted.',
    } satisfies Blocks<CancelBlock>,
    renameBlocked: {
      'read-only-role': 'Your role on this subscription is read-only, so you can’t rename it.',
      disabled: 'This subscription is disabled; it is read-only and can’t be renamed.',
      deleted: 'This subscription has been deleted and can’t be renamed.',
    } satisfies Blocks<RenameBlock>,
    reactivateBlocked: {
      'not-account-admin': 'Only the account administrator can reactivate this subscription.',
    } satisfies Blocks<ReactivateBlock>,
    accountAdminIs: (name: string, email: string) =>
      `This subscription’s account administrator is ${name} (${email}).`,
    essentials: 'Essentials',
    subscriptionId: 'Subscription ID',
    directory: 'Directory',
    myRole: 'My role',
    offer: 'Offer',
    offerId: 'Offer ID',
    status: 'Status',
    billingPeriod: 'Billing period',
    currency: 'Currency',
    subscriptionName: 'Subscription name',
    copyId: 'Copy subscription ID',
    copied: 'Copied',
    copyFailed: 'Couldn’t copy. Select the ID and copy it yourself.',
    range: (from: string, to: string) => `${from} – ${to}`,
    costTitle: 'Cost this billing period',
    costPeriod: (range: string) => `Billing period ${range}`,
    billingStopped: (at: string) => `Billing stopped on ${at}. This amount no longer grows.`,
    creditRemaining: 'Credit remaining',
    supportPlan: 'Support plan',
    supportPlanValue: (name: string, price: string) =>
      `${supportPlanDisplayName(commonMessages['en-US'], name)}, ${price} a month`,
    resourcesTitle: 'Resources',
    resourceTypes: {
      vm: 'Virtual machines',
      storage: 'Storage accounts',
      sql: 'SQL databases',
      web: 'Web apps',
    },
    viewAllResources: 'View all resources',
    noResources: 'This subscription has no resources.',
    renameTitle: 'Rename subscription',
    renameLabel: 'Subscription name',
    renameHint: 'Up to 64 characters. These aren’t allowed: < > ; | % & \\ ? /',
    renameProblem: (problem: RenameProblem): string => {
      switch (problem.kind) {
        case 'empty':
          return 'Enter a name for the subscription.';
        case 'too-long':
          return `The name can be at most ${problem.max} characters.`;
        case 'forbidden':
          return `The name can’t contain ${problem.characters.join(' ')}.`;
      }
    },
    renameUnchanged: 'Enter a name different from the current one.',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    reactivateTitle: 'Reactivate subscription',
    reactivateBody: (name: string) =>
      `Reactivate “${name}”? Billing resumes from the moment you confirm. Virtual machines stay deallocated until you start them, and released temporary IP addresses aren’t given back.`,
    reactivateConfirm: 'Reactivate subscription',
    reactivating: 'Reactivating…',
    reactivateSupportTitle: 'Reactivation needs a support request',
    reactivateSupportBody: (offer: string, deadline: string) =>
      `This is a ${offer} subscription, not Pay-As-You-Go, so it can’t be reactivated here. Contact support within 90 days of cancellation (until ${deadline}) to reactivate it.`,
    requestReactivation: 'Request reactivation from support',
    /** After a command's name, before why it is unavailable. */
    labelEnd: ': ',
  },
  'zh-CN': {
    subscriptions: '订阅',
    bladeSubtitle: '订阅',
    loadingTitle: '订阅',
    commands: '订阅命令',
    cancelSubscription: '取消订阅',
    rename: '重命名',
    reactivate: '重新激活',
    contactSupport: '联系支持人员',
    refresh: '刷新',
    checkingPermissions: '正在检查你可以对此订阅执行的操作…',
    cancelBlocked: {
      'not-account-admin': '只有帐户管理员可以取消此订阅。',
      'already-cancelled': '此订阅已取消。',
      'reactivation-pending': '此订阅正在重新激活，因此现在无法取消。',
      deleted: '此订阅已删除。',
    } satisfies Blocks<CancelBlock>,
    renameBlocked: {
      'read-only-role': '你在此订阅上的角色为只读，因此无法重命名。',
      disabled: '此订阅已禁用；它是只读的，无法重命名。',
      deleted: '此订阅已删除，无法重命名。',
    } satisfies Blocks<RenameBlock>,
    reactivateBlocked: {
      'not-account-admin': '只有帐户管理员可以重新激活此订阅。',
    } satisfies Blocks<ReactivateBlock>,
    accountAdminIs: (name: string, email: string) => `此订阅的帐户管理员是 ${name}（${email}）。`,
    essentials: '概要',
    subscriptionId: '订阅 ID',
    directory: '目录',
    myRole: '我的角色',
    offer: '套餐',
    offerId: '套餐 ID',
    status: '状态',
    billingPeriod: '计费周期',
    currency: '货币',
    subscriptionName: '订阅名称',
    copyId: '复制订阅 ID',
    copied: '已复制',
    copyFailed: '无法复制。请选择 ID 并自行复制。',
    range: (from: string, to: string) => `${from} – ${to}`,
    costTitle: '本计费周期的费用',
    costPeriod: (range: string) => `计费周期：${range}`,
    billingStopped: (at: string) => `计费已于${at}停止，此金额不会再增加。`,
    creditRemaining: '剩余额度',
    supportPlan: '支持计划',
    supportPlanValue: (name: string, price: string) =>
      `${supportPlanDisplayName(commonMessages['zh-CN'], name)}，每月 ${price}`,
    resourcesTitle: '资源',
    resourceTypes: {
      vm: '虚拟机',
      storage: '存储帐户',
      sql: 'SQL 数据库',
      web: '应用服务',
    },
    viewAllResources: '查看所有资源',
    noResources: '此订阅没有资源。',
    renameTitle: '重命名订阅',
    renameLabel: '订阅名称',
    renameHint: '最多 64 个字符。不允许使用：< > ; | % & \\ ? /',
    renameProblem: (problem: RenameProblem): string => {
      switch (problem.kind) {
        case 'empty':
          return '请输入订阅名称。';
        case 'too-long':
          return `名称最多只能包含 ${problem.max} 个字符。`;
        case 'forbidden':
          return `名称不能包含 ${problem.characters.join(' ')}。`;
      }
    },
    renameUnchanged: '请输入与当前名称不同的名称。',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    close: '关闭',
    reactivateTitle: '重新激活订阅',
    reactivateBody: (name: string) =>
      `是否重新激活“${name}”？从你确认的那一刻起恢复计费。虚拟机将保持解除分配状态，直到你启动它们；已释放的临时 IP 地址不会重新分配给你。`,
    reactivateConfirm: '重新激活订阅',
    reactivating: '正在重新激活…',
    reactivateSupportTitle: '需要通过支持请求重新激活',
    reactivateSupportBody: (offer: string, deadline: string) =>
      `此订阅是“${offer}”订阅，不是即用即付订阅，无法在此处重新激活。可在取消后的 90 天内（${deadline}之前）联系支持人员来重新激活你的订阅。`,
    requestReactivation: '联系支持人员重新激活',
    labelEnd: '：',
  },
});

import type { BillingSubscription, Invoice } from '@/contract/billing';
import { commonMessages, supportPlanDisplayName } from '@/lib/i18n/common-messages';
import { defineMessages } from '@/lib/i18n/locale';

type BillingStatus = BillingSubscription['properties']['billingStatus'];

export const accountMessages = defineMessages({
  'en-US': {
    title: 'Cost Management + Billing',
    subtitle: 'Account Center',
    mySubscriptions: 'My subscriptions',
    filter: 'Filter subscriptions',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} subscriptions`,
    empty: 'No subscriptions to display',
    name: 'Subscription name',
    offer: 'Offer',
    status: 'Status',
    billing: 'Billing',
    spend: 'This period’s spend',
    period: 'Billing period',
    select: (name: string) => `Show billing for ${name}`,
    selectHint: 'Select a subscription to see its billing.',
    billingStatus: { Active: 'Active', Stopped: 'Stopped' } satisfies Record<BillingStatus, string>,
    // Details
    summary: 'Billing summary',
    currentPeriod: 'Current billing period',
    periodRange: (start: string, end: string) => `${start} – ${end}`,
    invoiceDate: 'Next invoice date',
    monthToDate: 'Spend this period',
    creditRemaining: 'Credit remaining',
    offerId: 'Offer ID',
    invoices: 'Invoices',
    noInvoices: 'No invoices yet.',
    invoiceId: 'Invoice',
    date: 'Date',
    amount: 'Amount',
    invoiceStatus: { Paid: 'Paid', Due: 'Due', Scheduled: 'Scheduled' } satisfies Record<
      Invoice['status'],
      string
    >,
    finalInvoice: 'Final invoice',
    supportPlan: 'Support plan',
    noSupportPlan: 'This subscription has no paid support plan.',
    planLine: (name: string, price: string) =>
      `${supportPlanDisplayName(commonMessages['en-US'], name)}, ${price} a month`,
    planStatus: { Active: 'Active', Cancelled: 'Canceled' },
    scheduledCharges: 'Scheduled support plan charges',
    chargesNote: (total: string, last: string) =>
      `A canceled paid support plan is still billed monthly for the remaining 6 months: ${total} in all, the last charge on ${last}.`,
    cancellation: 'Cancellation',
    requestedAt: 'Canceled on',
    requestedBy: 'Canceled by',
    billingStopped: 'Billing stopped',
    finalInvoiceDate: 'Final invoice date',
    dataDeletion: 'Data permanently deleted on',
    reactivateUntil: 'Can be reactivated until',
    // Lifecycle banners
    pendingTitle: 'Cancellation in progress',
    pendingBody: (by: string) =>
      `Billing stopped immediately. It can take up to 10 minutes for the cancellation to show in the portal (by ${by}).`,
    disabledTitle: 'This subscription is canceled',
    disabledBody: (until: string) =>
      `Its services are disabled. Your data is kept at no charge until ${until}, then permanently deleted.`,
    deletedTitle: 'This subscription was permanently deleted',
    deletedBody:
      'Its data was deleted 90 days after the cancellation; it can no longer be reactivated.',
    selfServiceHint:
      'If you accidentally canceled this Pay-As-You-Go subscription, you can reactivate it here.',
    supportHint: (until: string) =>
      `This subscription isn’t Pay-As-You-Go: contact support within 90 days of cancellation (until ${until}) to reactivate it.`,
    requestReactivation: 'Request reactivation from support',
    reactivationPending: (at: string) =>
      `Support is reactivating this subscription; expected by ${at}.`,
    reactivate: 'Reactivate',
    reactivateNotAllowed: 'Only the account administrator can reactivate this subscription.',
    reactivated: (name: string) => `${name} is active again. Billing has resumed.`,
    dialogTitle: (name: string) => `Reactivate ${name}?`,
    dialogBody:
      'Billing resumes from now. Storage becomes writable again; virtual machines stay deallocated until you start them, and released temporary IP addresses are not given back.',
    confirmReactivate: 'Reactivate',
    cancel: 'Cancel',
    contactSupport: 'Contact support',
  },
  'zh-CN': {
    title: '成本管理 + 计费',
    subtitle: '帐户中心',
    mySubscriptions: '我的订阅',
    filter: '筛选订阅',
    showing: (shown: number, total: number) => `显示 ${total} 个订阅中的 ${shown} 个`,
    empty: '没有可显示的订阅',
    name: '订阅名称',
    offer: '套餐',
    status: '状态',
    billing: '计费',
    spend: '本期费用',
    period: '计费周期',
    select: (name: string) => `显示 ${name} 的计费信息`,
    selectHint: '选择一个订阅以查看其计费信息。',
    billingStatus: { Active: '活动', Stopped: '已停止' } satisfies Record<BillingStatus, string>,
    summary: '计费摘要',
    currentPeriod: '当前计费周期',
    periodRange: (start: string, end: string) => `${start} – ${end}`,
    invoiceDate: '下一个发票日期',
    monthToDate: '本期费用',
    creditRemaining: '剩余额度',
    offerId: '套餐 ID',
    invoices: '发票',
    noInvoices: '尚无发票。',
    invoiceId: '发票',
    date: '日期',
    amount: '金额',
    invoiceStatus: { Paid: '已付款', Due: '应付', Scheduled: '已计划' } satisfies Record<
      Invoice['status'],
      string
    >,
    finalInvoice: '最终帐单',
    supportPlan: '支持计划',
    noSupportPlan: '此订阅没有付费支持计划。',
    planLine: (name: string, price: string) =>
      `${supportPlanDisplayName(commonMessages['zh-CN'], name)}，每月 ${price}`,
    planStatus: { Active: '活动', Cancelled: '已取消' },
    scheduledCharges: '支持计划的计划收费',
    chargesNote: (total: string, last: string) =>
      `取消付费的 Azure 支持计划后，仍会按月向用户收取余下 6 个月的费用：共 ${total}，最后一次收费于 ${last}。`,
    cancellation: '取消',
    requestedAt: '取消时间',
    requestedBy: '取消者',
    billingStopped: '计费停止时间',
    finalInvoiceDate: '最终帐单日期',
    dataDeletion: '数据永久删除日期',
    reactivateUntil: '可重新激活截止日期',
    pendingTitle: '正在取消',
    pendingBody: (by: string) =>
      `在取消后，计费将立即停止。可能需要花费多达 10 分钟，取消才会显示在门户中（最晚 ${by}）。`,
    disabledTitle: '此订阅已取消',
    disabledBody: (until: string) =>
      `其服务已被禁用。我们会免费保留你的数据直到 ${until}，之后将永久删除。`,
    deletedTitle: '此订阅已被永久删除',
    deletedBody: '其数据已在取消 90 天后删除，无法再重新激活。',
    selfServiceHint: '如果意外取消了即用即付订阅，可在帐户中心重新激活订阅。',
    supportHint: (until: string) =>
      `如果你的订阅不是即用即付订阅，可在取消后的 90 天内（${until} 之前）联系支持人员来重新激活你的订阅。`,
    requestReactivation: '联系支持人员重新激活',
    reactivationPending: (at: string) => `支持人员正在重新激活此订阅，预计在 ${at} 之前完成。`,
    reactivate: '重新激活',
    reactivateNotAllowed: '只有帐户管理员可以重新激活此订阅。',
    reactivated: (name: string) => `${name} 已重新激活，计费已恢复。`,
    dialogTitle: (name: string) => `重新激活 ${name}？`,
    dialogBody:
      '计费将从现在起恢复。存储将重新变为可写；虚拟机保持解除分配状态，直到你启动它们；已释放的临时 IP 地址不会恢复。',
    confirmReactivate: '重新激活',
    cancel: '取消',
    contactSupport: '联系支持人员',
  },
});

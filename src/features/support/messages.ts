import type { DeskReplyCode, SupportTicketResource } from '@/contract/support';
import { defineMessages } from '@/lib/i18n/locale';

type ProblemType = SupportTicketResource['properties']['problemType'];

/** The dates a reply quotes, already formatted in the portal's language and time zone. */
export interface ReplyDates {
  cancelledAt: string;
  until: string;
}
type Replies = Record<DeskReplyCode, (dates: ReplyDates) => string>;

export const supportMessages = defineMessages({
  'en-US': {
    title: 'Help + support',
    listSubtitle: 'All support requests',
    newTitle: 'New support request',
    create: 'Create a support request',
    refresh: 'Refresh',
    requests: 'Support requests',
    empty: 'No support requests yet',
    emptyBody: 'Requests you create show here with their status.',
    columnTitle: 'Title',
    ticketId: 'Request ID',
    subscription: 'Subscription',
    problemType: 'Problem type',
    status: 'Status',
    created: 'Created',
    resolved: 'Resolved',
    statusOpen: 'Open',
    statusResolved: 'Resolved',
    statusRefused: 'Refused',
    expectedBy: (at: string) => `Expected by ${at}`,
    refusedBecause: (reason: string) => `Reason: ${reason}`,
    replyFromSupport: 'Reply from support:',
    /** Between the label, the reply and the link after it. */
    space: ' ',
    replies: {
      'subscription-reactivated': () =>
        'Your subscription has been reactivated and is active again; billing resumes from now. Virtual machines stay deallocated until you start them.',
      'reactivation-by-support-request': ({ until }) =>
        `This subscription isn’t Pay-As-You-Go, so support reactivates it: file a subscription reactivation request before ${until} (90 days after cancellation).`,
      'reactivation-self-service': ({ until }) =>
        `This Pay-As-You-Go subscription can be reactivated by its account administrator in the Account Center until ${until}.`,
      'request-answered': () =>
        'A support engineer answered your request and closed it. If you still have questions, create a new request.',
      'reactivation-window-closed': ({ cancelledAt, until }) =>
        `The subscription was canceled on ${cancelledAt}. It could be reactivated until ${until} (90 days); its data has since been permanently deleted.`,
      'not-cancelled': () => 'The subscription is not canceled, so there is nothing to reactivate.',
    } satisfies Replies,
    requestReactivation: 'Request reactivation from support',
    openAccountCenter: 'Open the Account Center',
    problemTypes: {
      billing: 'Billing',
      'subscription-reactivation': 'Subscription reactivation',
      technical: 'Technical',
      'subscription-management': 'Subscription management',
      quota: 'Quota',
    } satisfies Record<ProblemType, string>,
    // Form
    formIntro:
      'Tell us about the problem. A support engineer answers in the list of your support requests.',
    subscriptionPlaceholder: 'Select a subscription',
    openSubscriptions: 'Show subscriptions',
    subscriptionRequired: 'Select the subscription the request is about.',
    noMatch: 'No subscription matches',
    moreMatches: (shown: number) => `Showing the first ${shown} matches; type to narrow down.`,
    problemTypePlaceholder: 'Select a problem type',
    problemTypeRequired: 'Select a problem type.',
    reactivationHint:
      'If your subscription is not Pay-As-You-Go, support can reactivate it within 90 days of cancellation.',
    requestTitle: 'Title',
    titleRequired: 'Enter a title.',
    titleTooLong: (max: number) => `The title can have at most ${max} characters.`,
    titleCount: (count: number, max: number) => `${count} of ${max} characters`,
    description: 'Description',
    descriptionTooShort: (min: number) => `Describe the problem in at least ${min} characters.`,
    descriptionHint: (min: number) => `At least ${min} characters.`,
    submit: 'Create',
    cancel: 'Cancel',
    notAllowed: 'Your role on this subscription does not allow creating support requests.',
    fixErrors: 'Fix the fields marked in red to create the request.',
  },
  'zh-CN': {
    title: '帮助 + 支持',
    listSubtitle: '所有支持请求',
    newTitle: '新建支持请求',
    create: '创建支持请求',
    refresh: '刷新',
    requests: '支持请求',
    empty: '尚无支持请求',
    emptyBody: '你创建的请求将与其状态一起显示在此处。',
    columnTitle: '标题',
    ticketId: '请求 ID',
    subscription: '订阅',
    problemType: '问题类型',
    status: '状态',
    created: '创建时间',
    resolved: '解决时间',
    // A state, not the verb "open": the desk is working on it.
    statusOpen: '处理中',
    statusResolved: '已解决',
    statusRefused: '已拒绝',
    expectedBy: (at: string) => `预计在${at}之前`,
    refusedBecause: (reason: string) => `原因：${reason}`,
    replyFromSupport: '支持人员的答复：',
    // No space next to Chinese punctuation.
    space: '',
    replies: {
      'subscription-reactivated': () =>
        '你的订阅已重新激活，已恢复为活动状态；计费从此时起恢复。虚拟机在你启动之前保持解除分配状态。',
      'reactivation-by-support-request': ({ until }) =>
        `此订阅不是即用即付订阅，需由支持人员重新激活：请在${until}之前（取消后的 90 天内）创建“订阅重新激活”支持请求。`,
      'reactivation-self-service': ({ until }) =>
        `此即用即付订阅可由其帐户管理员在帐户中心重新激活，期限为${until}。`,
      'request-answered': () =>
        '支持工程师已答复并关闭了你的请求。如果仍有疑问，请创建新的支持请求。',
      'reactivation-window-closed': ({ cancelledAt, until }) =>
        `该订阅已于${cancelledAt}取消，可重新激活的期限为${until}（90 天）；其数据已被永久删除。`,
      'not-cancelled': () => '该订阅未取消，因此无需重新激活。',
    } satisfies Replies,
    requestReactivation: '联系支持人员重新激活',
    openAccountCenter: '打开帐户中心',
    problemTypes: {
      billing: '计费',
      'subscription-reactivation': '订阅重新激活',
      technical: '技术',
      'subscription-management': '订阅管理',
      quota: '配额',
    } satisfies Record<ProblemType, string>,
    formIntro: '请描述问题。支持工程师将在你的支持请求列表中答复。',
    subscriptionPlaceholder: '选择订阅',
    openSubscriptions: '显示订阅',
    subscriptionRequired: '请选择与请求相关的订阅。',
    noMatch: '没有匹配的订阅',
    moreMatches: (shown: number) => `显示前 ${shown} 个匹配项；键入以缩小范围。`,
    problemTypePlaceholder: '选择问题类型',
    problemTypeRequired: '请选择问题类型。',
    reactivationHint:
      '如果你的订阅不是即用即付订阅，可在取消后的 90 天内联系支持人员来重新激活你的订阅。',
    requestTitle: '标题',
    titleRequired: '请输入标题。',
    titleTooLong: (max: number) => `标题最多 ${max} 个字符。`,
    titleCount: (count: number, max: number) => `${count}/${max} 个字符`,
    description: '说明',
    descriptionTooShort: (min: number) => `请用至少 ${min} 个字符描述问题。`,
    descriptionHint: (min: number) => `至少 ${min} 个字符。`,
    submit: '创建',
    cancel: '取消',
    notAllowed: '你在此订阅上的角色不允许创建支持请求。',
    fixErrors: '请修正标为红色的字段，然后创建请求。',
  },
});

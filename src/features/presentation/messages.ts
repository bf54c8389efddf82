import type { ChapterKey } from '@/features/presentation/chapters';
import { defineMessages } from '@/lib/i18n/locale';

interface ChapterText {
  title: string;
  /**
   * In zh-CN, the seed's own words verbatim (one sentence, or a passage of adjacent sentences read
   * as one); in en-US, the same words. Nothing of ours goes inside the quotation: see `aside`.
   */
  caption: string;
  /** Our own words shown under the quotation, apart from it, when the quote alone is not enough. */
  aside?: string;
  /** What the presenter says or shows next; not announced. */
  notes: string;
}

export const presentationMessages = defineMessages<{
  region: string;
  progress: (index: number, total: number) => string;
  progressLabel: (index: number, total: number) => string;
  next: string;
  previous: string;
  play: string;
  pause: string;
  exit: string;
  notes: string;
  notesWindow: string;
  notesWindowTitle: string;
  keys: string;
  settingUp: string;
  failed: (reason: string) => string;
  retry: string;
  chapters: Record<ChapterKey, ChapterText>;
}>({
  'en-US': {
    region: 'Presentation',
    progress: (index, total) => `${index} / ${total}`,
    progressLabel: (index, total) => `Chapter ${index} of ${total}`,
    next: 'Next',
    previous: 'Previous',
    play: 'Auto-advance',
    pause: 'Pause',
    exit: 'Exit presentation',
    notes: 'Presenter notes',
    notesWindow: 'Notes window',
    notesWindowTitle: 'Presenter notes',
    keys: '→ next · ← previous · Space auto-advance · N notes · Esc exit',
    settingUp: 'Setting up this chapter…',
    failed: (reason) => `This chapter could not be set up: ${reason}`,
    retry: 'Try again',
    chapters: {
      who: {
        title: 'Who may cancel',
        caption: 'You can cancel your Azure subscription as the account administrator.',
        notes:
          'Signed in as Sam Lee, an Owner. Cancel subscription is disabled and says why; the API answers 403 even if the UI is bypassed (R1).',
      },
      prepare: {
        title: 'Prepare',
        caption: 'Before you cancel your subscription, do the following:',
        aside: 'Back up your data, shut down your services, consider migrating your data.',
        notes:
          'Signed in as Avery Howard, the account administrator. Each resource offers Download a copy, Save image or Stop; the steps are advice, not gates (R2).',
      },
      impact: {
        title: 'The impact',
        caption:
          'If you cancel a paid Azure support plan, you are still billed monthly for the remaining 6 months.',
        aside:
          'The final invoice is sent on the standard invoice date after the billing period ends.',
        notes:
          'Every date and amount on this step comes from the API for this very moment: billing stops now, the final invoice, support plan × 6, data kept for 90 days (R4–R8).',
      },
      confirm: {
        title: 'Confirm',
        caption: 'Follow the prompts and finish the cancellation.',
        notes:
          'The final button stays disabled until a reason is chosen and the exact name is typed (R3). Submitting cancels in the mock; the next chapter shows the moment right after either way.',
      },
      billingStopped: {
        title: 'Billing stopped',
        caption:
          'After you cancel, billing is stopped immediately. However, it can take up to 10 minutes for the cancellation to show in the portal.',
        notes:
          'Canceled a minute ago. Status still reads Active: the portal is behind for up to ten minutes, and the page updates by itself (R4, R5).',
      },
      disabled: {
        title: 'Ten minutes later: Disabled',
        caption:
          'After that, services are disabled. That means virtual machines are deallocated, temporary IP addresses are released, and storage is read-only.',
        notes:
          'The banner lists the final invoice, the support plan charges for 6 more months and the deletion date, 90 days after the cancellation (R6–R9).',
      },
      reactivate: {
        title: 'Reactivate a Pay-As-You-Go subscription',
        caption:
          'If you accidentally canceled a Pay-As-You-Go subscription, you can reactivate it in the Account Center.',
        notes:
          'The Account Center: Reactivate is self-service for the account administrator until deletion; billing resumes from that instant (R10).',
      },
      support: {
        title: 'Not Pay-As-You-Go: through support',
        caption:
          'If your subscription isn’t Pay-As-You-Go, contact support within 90 days of cancellation to reactivate your subscription.',
        notes:
          'Contoso Sandbox, a Visual Studio subscription canceled 85 days before: Request reactivation from support opens a prefilled support request; the mock desk resolves it in an hour (R11, R13).',
      },
      deleted: {
        title: '90 days later: deleted',
        caption:
          'We wait 90 days before permanently deleting your data in case you need to access it or you change your mind. We do not charge you for keeping the data.',
        notes:
          'Canceled 91 days ago: Deleted, no resources, nothing can be reactivated (R9). Exit presentation puts back what was there before.',
      },
    },
  },
  'zh-CN': {
    region: '演示模式',
    progress: (index, total) => `${index} / ${total}`,
    progressLabel: (index, total) => `第 ${index} 章，共 ${total} 章`,
    next: '下一章',
    previous: '上一章',
    play: '自动播放',
    pause: '暂停',
    exit: '退出演示',
    notes: '演讲者备注',
    notesWindow: '备注窗口',
    notesWindowTitle: '演讲者备注',
    keys: '→ 下一章 · ← 上一章 · 空格键：自动播放 · N：备注 · Esc：退出',
    settingUp: '正在准备本章…',
    failed: (reason) => `无法准备本章：${reason}`,
    retry: '重试',
    chapters: {
      who: {
        title: '谁可以取消',
        caption: '可以以帐户管理员身份取消 Azure 订阅。',
        notes:
          '以所有者 Sam Lee 身份登录。“取消订阅”已禁用并说明原因；即使绕过界面，API 也会返回 403（R1）。',
      },
      prepare: {
        title: '准备',
        caption: '在取消订阅之前，请执行以下操作：',
        aside: '备份数据、关闭服务、考虑迁移数据。',
        notes:
          '以帐户管理员 Avery Howard 身份登录。每个资源都提供“下载副本”“保存映像”或“停止”；这些步骤是建议，不是门槛（R2）。',
      },
      impact: {
        title: '影响',
        caption: '取消付费的 Azure 支持计划后，仍会按月向用户收取余下 6 个月的费用。',
        aside: '最终帐单在计费周期结束后的标准发票日期发送。',
        notes:
          '此步骤中的每个日期和金额都来自 API 此时此刻的答复：计费立即停止、最终帐单、支持计划 × 6、数据保留 90 天（R4–R8）。',
      },
      confirm: {
        title: '确认',
        caption: '按照提示进行操作并完成取消。',
        notes:
          '在选择原因并准确键入名称之前，最后的按钮保持禁用（R3）。提交会在模拟后端中取消订阅；无论是否提交，下一章都会展示提交之后的时刻。',
      },
      billingStopped: {
        title: '计费已停止',
        caption: '在取消后，计费将立即停止。但是，可能需要花费多达 10 分钟，取消才会显示在门户中。',
        notes: '一分钟前已取消。状态仍为“活动”：门户最多滞后十分钟，页面会自动更新（R4、R5）。',
      },
      disabled: {
        title: '十分钟后：已禁用',
        caption:
          '在那之后，服务被禁用。那意味着虚拟机已解除分配，临时 IP 地址已释放，并且存储是只读的。',
        notes: '横幅列出最终帐单、支持计划余下 6 个月的费用，以及取消后 90 天的删除日期（R6–R9）。',
      },
      reactivate: {
        title: '重新激活即用即付订阅',
        caption: '如果意外取消了即用即付订阅，可在帐户中心重新激活订阅。',
        notes: '帐户中心：在删除之前，帐户管理员可以自助重新激活；计费从那一刻恢复（R10）。',
      },
      support: {
        title: '非即用即付：通过支持人员',
        caption:
          '如果你的订阅不是即用即付订阅，可在取消后的 90 天内联系支持人员来重新激活你的订阅。',
        notes:
          'Contoso Sandbox 是 85 天前取消的 Visual Studio 订阅：“联系支持人员重新激活”会打开预填的支持请求；模拟支持台一小时后解决（R11、R13）。',
      },
      deleted: {
        title: '90 天后：已删除',
        caption:
          '我们会先等待 90 天，才会永久删除用户的数据，这样做是考虑到用户可能需要访问这些数据，或者改变了主意。我们不会因为保留这些数据而向你收费。',
        notes:
          '91 天前已取消：已删除，没有资源，无法重新激活（R9）。“退出演示”会恢复演示之前的状态。',
      },
    },
  },
});

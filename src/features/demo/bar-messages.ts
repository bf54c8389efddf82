import { defineMessages } from '@/lib/i18n/locale';

// What the top bar's Demo button and badges say, apart from the panel's own table (messages.ts):
// the bar is in every page's first load, the panel's strings (2.3 KB gzip) load with the panel.
export const demoBarMessages = defineMessages({
  'en-US': {
    button: 'Demo',
    altered: 'Demo settings altered',
    simulatedTime: 'Simulated time',
    faults: 'Fault injection',
    simulatedBadge: (time: string) => `Simulated time: ${time}`,
    faultsBadge: (count: number) => `${count} fault${count === 1 ? '' : 's'} injected`,
  },
  'zh-CN': {
    button: '演示',
    altered: '演示设置已更改',
    simulatedTime: '模拟时间',
    faults: '故障注入',
    simulatedBadge: (time: string) => `模拟时间：${time}`,
    faultsBadge: (count: number) => `已注入 ${count} 个故障`,
  },
});

import { defineMessages } from '@/lib/i18n/locale';

export const settingsMessages = defineMessages({
  'en-US': {
    title: 'Settings',
    close: 'Close',
    languageAndRegion: 'Language + region',
    language: 'Language',
    languageHint: 'The portal switches right away and remembers your choice on this device.',
    formats: 'Regional format',
    formatsHint: 'Dates, times and amounts follow the language you choose. For example:',
    dateExample: 'Date and time',
    amountExample: 'Amount',
  },
  'zh-CN': {
    title: '设置',
    close: '关闭',
    languageAndRegion: '语言和区域',
    language: '语言',
    languageHint: '门户会立即切换，并在此设备上记住你的选择。',
    formats: '区域格式',
    formatsHint: '日期、时间和金额将遵循你选择的语言。例如：',
    dateExample: '日期和时间',
    amountExample: '金额',
  },
});

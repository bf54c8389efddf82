import type { FluentIcon } from '@fluentui/react-icons';
import { HomeRegular, KeyRegular, MoneyRegular, PersonSupportRegular } from '@fluentui/react-icons';
import type { shellMessages } from '@/components/shell/messages';

type ShellLabel = {
  [K in keyof (typeof shellMessages)['en-US']]: (typeof shellMessages)['en-US'][K] extends string
    ? K
    : never;
}[keyof (typeof shellMessages)['en-US']];

export interface NavItem {
  to: string;
  label: ShellLabel;
  icon: FluentIcon;
  /** Also shown as a tile on Home. */
  service: boolean;
}

/** The left navigation; each entry has a real blade behind it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'home', icon: HomeRegular, service: false },
  { to: '/subscriptions', label: 'subscriptions', icon: KeyRegular, service: true },
  { to: '/account', label: 'costManagementBilling', icon: MoneyRegular, service: true },
  { to: '/support', label: 'helpSupport', icon: PersonSupportRegular, service: true },
];

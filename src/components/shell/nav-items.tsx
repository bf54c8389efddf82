import type { FluentIcon } from '@fluentui/react-icons';
import { HomeRegular, KeyRegular, MoneyRegular, PersonSupportRegular } from '@fluentui/react-icons';
import type { shellMessages } from '@/components/shell/messages';
import { paths } from '@/config/paths';

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
  { to: paths.home.getHref(), label: 'home', icon: HomeRegular, service: false },
  { to: paths.subscriptions.getHref(), label: 'subscriptions', icon: KeyRegular, service: true },
  {
    to: paths.accountCenter.getHref(),
    label: 'costManagementBilling',
    icon: MoneyRegular,
    service: true,
  },
  { to: paths.support.getHref(), label: 'helpSupport', icon: PersonSupportRegular, service: true },
];

// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { BillingSubscription } from '@/contract/billing';
import type { Locale } from '@/lib/i18n/locale';
import { LifecycleNotice, type NoticeContext } from '@/components/lifecycle/lifecycle-notice';
import type { SubscriptionState } from '@/contract/subscriptions';
import { renderInPortal } from '@/testing/render';

type Billing = BillingSubscription['properties'];

const ID = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';

const DISABLED = {
  currency: 'USD',
  reactivationPath: 'self-service',
  offerName: 'Pay-As-You-Go',
  lifecycle: {
    phase: 'disabled',
    cancellation: {
      requestedAt: '2026-03-15T09:00:00.000Z',
      requestedBy: 'avery@contoso.com',
      billingStoppedAt: '2026-03-15T09:00:00.000Z',
      showsInPortalBy: '2026-03-15T09:10:00.000Z',
      disabledAt: '2026-03-15T09:07:00.000Z',
      finalInvoiceDate: '2026-04-05T00:00:00.000Z',
      finalInvoiceAmount: 412.5,
      dataDeletionDate: '2026-06-13T09:00:00.000Z',
      reactivationDeadline: '2026-06-13T09:00:00.000Z',
    },
  },
  supportPlan: {
    name: 'Standard',
    monthlyPrice: 100,
    currency: 'USD',
    status: 'Cancelled',
    charges: Array.from({ length: 6 }, () => ({ date: '2026-04-15T09:00:00.000Z', amount: 100 })),
    total: 600,
    lastChargeDate: '2026-09-15T09:00:00.000Z',
  },
} as unknown as Billing;

function renderBanner(
  billing: Billing,
  locale: Locale,
  context: NoticeContext = 'overview',
  state: SubscriptionState = 'Disabled',
  extra: Pick<ComponentProps<typeof LifecycleNotice>, 'titleId' | 'actions'> = {},
) {
  return renderInPortal(
    <MemoryRouter>
      <LifecycleNotice
        context={context}
        subscriptionId={ID}
        billing={billing}
        state={state}
        {...extra}
      />
    </MemoryRouter>,
    locale,
  );
}

const PENDING = {
  ...DISABLED,
  lifecycle: { phase: 'cancellation-pending', cancellation: DISABLED.lifecycle.cancellation },
} as Billing;

const ACTIVE = { ...DISABLED, lifecycle: { phase: 'active' } } as Billing;

afterEach(cleanup);

describe('LifecycleNotice', () => {
  it('R6: the Disabled banner is an alert with the API’s dates and amounts', () => {
    renderBanner(DISABLED, 'en-US');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('temporary IP addresses are released');
    expect(alert.textContent).toContain('Final invoice: $412.50');
    expect(alert.textContent).toContain('$100.00 a month, $600.00 in total');
    expect(alert.textContent).toContain('you can reactivate it until');
    expect(screen.getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe(
      `/support/new?subscriptionId=${ID}&problemType=billing`,
    );
  });

  it('R11: Contact support from a Disabled subscription only support can bring back prefills a reactivation request', () => {
    renderBanner({ ...DISABLED, reactivationPath: 'support' }, 'en-US');
    expect(screen.getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe(
      `/support/new?subscriptionId=${ID}&problemType=subscription-reactivation`,
    );
  });

  it('Seed pointers: the support plans and Trust Center pages the seed cites open in a new tab, without opener', () => {
    renderBanner(DISABLED, 'zh-CN');
    for (const [name, href] of [
      [/Azure 支持计划/, 'https://azure.microsoft.com/support/plans/'],
      [/Microsoft 信任中心/, 'https://go.microsoft.com/fwLink/p/?LinkID=822930&clcid=0x409'],
    ] as const) {
      const link = screen.getByRole('link', { name });
      expect(link.getAttribute('href')).toBe(href);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  it('R8: both languages say the paid plan is canceled with the subscription and still charged 6 months', () => {
    renderBanner(DISABLED, 'en-US');
    expect(screen.getByRole('alert').textContent).toContain(
      'Your paid Standard support plan is canceled with the subscription, but it is still charged monthly for the remaining 6 months',
    );
    cleanup();
    renderBanner(DISABLED, 'zh-CN');
    expect(screen.getByRole('alert').textContent).toContain(
      '付费的 Azure 支持计划（标准）随订阅一起取消后，仍会按月向你收取余下 6 个月的费用',
    );
  });

  it('R8: no support plan line without a plan', () => {
    renderBanner({ ...DISABLED, supportPlan: undefined }, 'en-US');
    expect(screen.getByRole('alert').textContent).not.toContain('support plan');
  });

  it('R6 (zh-CN): speaks the seed’s words', () => {
    renderBanner(DISABLED, 'zh-CN');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('虚拟机已解除分配，临时 IP 地址已释放，并且存储是只读的');
    expect(alert.textContent).toContain(
      '付费的 Azure 支持计划（标准）随订阅一起取消后，仍会按月向你收取余下 6 个月的费用',
    );
    expect(alert.textContent).toContain('如果意外取消了即用即付订阅');
  });

  it('renders nothing for an ordinary active subscription', () => {
    const { container } = renderBanner(
      { ...DISABLED, lifecycle: { phase: 'active' } } as Billing,
      'en-US',
    );
    expect(container.querySelector('[role="alert"], [role="status"]')).toBeNull();
  });
});

describe('LifecycleNotice in each context', () => {
  const contexts: NoticeContext[] = ['overview', 'account-center', 'wizard', 'resources'];

  it.each(contexts)(
    'R5 (%s): one status notice with the same sentence, billing stopped and up to 10 minutes',
    (context) => {
      renderBanner(PENDING, 'en-US', context, 'Enabled');
      const status = screen.getByRole('status', { name: 'Cancellation in progress' });
      expect(status.textContent).toContain('Billing stopped immediately, at');
      expect(status.textContent).toContain('may take up to 10 minutes to show in the portal (by');
    },
  );

  it('R5 (zh-CN): the seed’s sentence, the date as one run with no spaces around it', () => {
    renderBanner(PENDING, 'zh-CN', 'overview', 'Enabled');
    const text = screen.getByRole('status', { name: '正在取消订阅' }).textContent ?? '';
    expect(text).toContain('计费已于2026年3月15日');
    expect(text).toContain('可能需要花费多达 10 分钟，取消才会显示在门户中（最晚2026年3月15日');
  });

  it('R13: Contact support sits in the notice, except in the wizard, which has its own link', () => {
    renderBanner(PENDING, 'en-US', 'overview', 'Enabled');
    expect(screen.getByRole('link', { name: 'Contact support' })).toBeTruthy();
    cleanup();
    renderBanner(PENDING, 'en-US', 'wizard', 'Enabled');
    expect(screen.queryByRole('link', { name: 'Contact support' })).toBeNull();
  });

  it('R12: Resources name the read-only resources in the title that describes their disabled actions', () => {
    renderBanner(DISABLED, 'en-US', 'resources', 'Disabled', { titleId: 'note' });
    expect(document.getElementById('note')?.textContent).toBe(
      'This subscription is disabled; its resources are read-only',
    );
    expect(screen.getByRole('alert').textContent).toContain('reading and downloading still work');
  });

  it('R14: the wizard says there is nothing left to cancel once a cancellation is open', () => {
    renderBanner(DISABLED, 'en-US', 'wizard');
    expect(screen.getByRole('alert').textContent).toContain('There is nothing left to cancel');
  });

  it('Warned and Past due: the wizard explains what cancelling means instead of blocking', () => {
    renderBanner(ACTIVE, 'en-US', 'wizard', 'PastDue');
    expect(screen.getByRole('alert', { name: 'Payment past due' }).textContent).toContain(
      'You can still cancel it.',
    );
    cleanup();
    renderBanner(ACTIVE, 'zh-CN', 'wizard', 'Warned');
    expect(screen.getByRole('alert', { name: '此订阅已收到警告' }).textContent).toContain(
      '你仍可以取消此订阅',
    );
    cleanup();
    renderBanner(ACTIVE, 'en-US', 'overview', 'PastDue');
    expect(screen.getByRole('alert').textContent).not.toContain('You can still cancel it.');
  });

  it('the Account Center adds its own actions beside the notice', () => {
    renderBanner(DISABLED, 'en-US', 'account-center', 'Disabled', {
      actions: <button type="button">Reactivate</button>,
    });
    const alert = screen.getByRole('alert', { name: 'This subscription is canceled and disabled' });
    expect(alert.textContent).toContain('you can reactivate it here until');
    expect(screen.getByRole('button', { name: 'Reactivate' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { BillingSubscription } from '@/contract/billing';
import type { Locale } from '@/lib/i18n/locale';
import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { StatusBanner } from '@/features/overview/components/status-banner';

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

function renderBanner(billing: Billing, locale: Locale) {
  return render(
    <MemoryRouter>
      <LocaleProvider initial={locale}>
        <FluentProvider theme={webLightTheme}>
          <StatusBanner subscriptionId={ID} billing={billing} state="Disabled" />
        </FluentProvider>
      </LocaleProvider>
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe('StatusBanner', () => {
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
      '付费的 Azure 支持计划（标准）已随订阅一起取消，但仍会按月向用户收取余下 6 个月的费用',
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
      '付费的 Azure 支持计划（标准）已随订阅一起取消，但仍会按月向用户收取余下 6 个月的费用',
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

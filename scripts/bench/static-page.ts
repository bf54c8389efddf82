import { API_VERSIONS } from '@/contract/api-versions';
import { startMockApi } from '@/mocks/http-server';

// The reference the app is measured against: a plain HTML page, no JavaScript, showing the same rows
// as the Subscriptions list (name, ID, role, offer, status, cost), read from the default scenario
// through the mock's own HTTP API so it can never drift from what the app shows.

export interface StaticRow {
  name: string;
  id: string;
  role: string;
  offer: string;
  status: string;
  cost: string;
}

/** en-US labels of ARM's states, as the list shows them (contract §5). */
const STATUS_LABELS: Record<string, string> = {
  Enabled: 'Active',
  Warned: 'Warned',
  PastDue: 'Past due',
  Disabled: 'Disabled',
  Deleted: 'Deleted',
};

interface ArmList<T> {
  value: T[];
}

async function readRows(): Promise<StaticRow[]> {
  // Port 0: any free port, so the bench never collides with `npm run mock-api`.
  const api = await startMockApi({ port: 0, scenario: 'default' });
  try {
    const get = async <T>(path: string, apiVersion: string): Promise<ArmList<T>> => {
      const response = await fetch(`${api.url}${path}?api-version=${apiVersion}`, {
        headers: { Authorization: 'Bearer persona:admin' },
      });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return (await response.json()) as ArmList<T>;
    };
    const [subscriptions, roles, billing] = await Promise.all([
      get<{ subscriptionId: string; displayName: string; state: string }>(
        '/subscriptions',
        API_VERSIONS.subscriptions,
      ),
      get<{ properties: { scope: string; roleDefinitionName: string } }>(
        '/providers/Microsoft.Authorization/roleAssignments',
        API_VERSIONS.authorization,
      ),
      get<{
        properties: {
          subscriptionId: string;
          offerName: string;
          monthToDateCharges: { amount: number; currency: string };
        };
      }>('/providers/Microsoft.Billing/billingSubscriptions', API_VERSIONS.billing),
    ]);
    const roleByScope = new Map(
      roles.value.map((r) => [r.properties.scope.toLowerCase(), r.properties.roleDefinitionName]),
    );
    const billingById = new Map(billing.value.map((b) => [b.properties.subscriptionId, b]));
    return subscriptions.value
      .map((sub) => {
        const bill = billingById.get(sub.subscriptionId)?.properties;
        const cost = bill?.monthToDateCharges;
        return {
          name: sub.displayName,
          id: sub.subscriptionId,
          role: roleByScope.get(`/subscriptions/${sub.subscriptionId}`.toLowerCase()) ?? '—',
          offer: bill?.offerName ?? '—',
          status: STATUS_LABELS[sub.state] ?? sub.state,
          cost: cost
            ? new Intl.NumberFormat('en-US', { style: 'currency', currency: cost.currency }).format(
                cost.amount,
              )
            : '—',
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en-US'));
  } finally {
    await api.close();
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

/** The page itself: one table in a `main`, styled like the list so both paint comparable pixels. */
export async function renderStaticPage(): Promise<{ html: string; rows: StaticRow[] }> {
  const rows = await readRows();
  const body = rows
    .map(
      (row) =>
        `<tr><td><a href="#">${escapeHtml(row.name)}</a></td><td class="mono">${row.id}</td>` +
        `<td>${escapeHtml(row.role)}</td><td>${escapeHtml(row.offer)}</td>` +
        `<td>${escapeHtml(row.status)}</td><td class="end">${escapeHtml(row.cost)}</td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Subscriptions (static reference) - Microsoft Azure</title>
<style>
body { margin: 0; font: 13px 'Segoe UI', system-ui, sans-serif; color: #242424; }
header { height: 40px; background: #0f6cbd; color: #fff; display: flex; align-items: center; padding: 0 16px; }
main { padding: 16px 24px; }
h1 { font-size: 20px; font-weight: 600; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; min-width: 1020px; }
th, td { height: 36px; padding: 0 8px; text-align: start; border-bottom: 1px solid #e0e0e0; white-space: nowrap; }
th { font-weight: 600; }
.mono { font-family: Consolas, monospace; font-size: 12px; }
.end { text-align: end; }
</style>
</head>
<body>
<header>Microsoft Azure</header>
<main>
<h1>Subscriptions</h1>
<p>Showing ${rows.length} of ${rows.length} subscriptions</p>
<table aria-label="Subscriptions">
<thead><tr><th>Subscription name</th><th>Subscription ID</th><th>My role</th><th>Offer</th><th>Status</th><th class="end">Current cost</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</main>
</body>
</html>
`;
  return { html, rows };
}

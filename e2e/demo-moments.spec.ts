import {
  CANCEL_PATH,
  type DemoPanel,
  expect,
  OverviewPage,
  PortalShell,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

const PROD = SUBSCRIPTIONS.production;

/** Exports the whole demo state to a file through the panel and returns the file's name and JSON. */
async function exportFile(panel: DemoPanel) {
  const download = panel.page.waitForEvent('download');
  await panel.savedMomentButton('export').click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  await expect(panel.outcome('success')).toBeVisible();
  return {
    name: file.suggestedFilename(),
    json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
  };
}

/** Imports a file (its name and text) through the panel and waits for its verdict. */
async function importFile(panel: DemoPanel, file: { name: string; text: string }) {
  const chooser = panel.page.waitForEvent('filechooser');
  await panel.savedMomentButton('import').click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(panel.outcome('success').or(panel.outcome('refused'))).toBeVisible();
}

/** The demo state without the clock's reading, which moves on by itself. */
async function stateOf(api: { demo: (path: string) => Promise<{ body: unknown }> }) {
  const { now, offsetMs, ...rest } = (await api.demo('state')).body as Record<string, unknown>;
  return { rest, now: Date.parse(now as string), offsetMs: offsetMs as number };
}

test.describe('Demo moments', () => {
  // Moments and saved moments stand relative to the clock they are loaded at: the real one here.
  test.use({ startAt: null });

  test.describe('in zh-CN', () => {
    test.use({ lang: 'zh-CN' });

    test('Demo moments: in zh-CN each built-in moment by ?moment= shows its status and banner, and a file of something else is refused and changes nothing', async ({
      page,
      gotoPortal,
      api,
    }) => {
      const overview = new OverviewPage(page);
      const expectations = [
        ['seed-start', '活动', null],
        ['just-cancelled', '活动', '正在取消订阅'],
        ['disabled', '已禁用', '此订阅已取消并已禁用'],
        ['day-89', '已禁用', '此订阅已取消并已禁用'],
        ['deleted', '已删除', '此订阅已删除'],
      ] as const;
      for (const [moment, status, banner] of expectations) {
        await gotoPortal(`/subscriptions/${PROD}?moment=${moment}`);
        await expect(overview.essential('状态')).toHaveText(status);
        if (banner) await expect(overview.main.getByText(banner, { exact: true })).toBeVisible();
        else await expect(overview.main.getByRole('alert')).toHaveCount(0);
      }
      const before = (await api.demo('snapshot')).body as Record<string, unknown>;
      const panel = await new PortalShell(page).openDemo();
      await importFile(panel, { name: 'notes.json', text: JSON.stringify({ notes: [] }) });
      await expect(panel.outcome('refused')).toHaveText(/^未导入 notes\.json：.+ 未做任何更改。$/);
      const after = (await api.demo('snapshot')).body as Record<string, unknown>;
      expect({ ...after, takenAt: undefined }).toEqual({ ...before, takenAt: undefined });
    });

    test('Demo moments: export, reset, import gives back the same demo state, language and screen', async ({
      page,
      gotoPortal,
      api,
    }) => {
      await gotoPortal(`/subscriptions/${PROD}`);
      expect(
        (
          await api.call('POST', CANCEL_PATH(PROD), {
            apiVersion: '2021-10-01',
            body: { confirmation: 'Contoso Production', reason: 'too-expensive' },
          })
        ).status,
      ).toBe(200);
      await api.demo('clock', { advanceMs: 11 * 60_000 });
      await api.demo('faults', { rules: [{ operation: 'support', status: 503 }] });
      await page.reload();
      const overview = new OverviewPage(page);
      const shell = new PortalShell(page);
      await expect(overview.essential('状态')).toHaveText('已禁用');
      const before = await stateOf(api);
      let panel = await shell.openDemo();
      const exported = await exportFile(panel);
      expect(exported.name).toMatch(/^azure-demo-.+\.json$/);
      expect(exported.json).toMatchObject({
        format: 'azure-subscriptions-demo',
        version: 1,
        language: 'zh-CN',
      });

      await panel.reset('default');
      await panel.language('English');
      await panel.close();
      await expect(overview.essential('Status')).toHaveText('Active');

      panel = await shell.openDemo();
      await importFile(panel, { name: exported.name, text: JSON.stringify(exported.json) });
      await expect(panel.outcome('success')).toContainText(exported.name);
      const after = await stateOf(api);
      expect(after.rest).toEqual(before.rest);
      // The clock stands where the file was taken.
      expect(Math.abs(after.now - Date.parse(exported.json.takenAt as string))).toBeLessThan(5_000);
      await panel.close();
      await expect(overview.essential('状态')).toHaveText('已禁用');
    });
  });

  test('Demo moments: a damaged file, a file of another version and a file of something else are refused and change nothing', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal(`/subscriptions/${PROD}`);
    const panel = await new PortalShell(page).openDemo();
    await panel.loadMoment('Just canceled');
    const snapshot = (await api.demo('snapshot')).body as Record<string, unknown>;
    const files = [
      {
        name: 'damaged.json',
        text: JSON.stringify(snapshot).slice(0, 200),
        reason: 'the file is damaged or is not JSON.',
      },
      {
        name: 'newer.json',
        text: JSON.stringify({ ...snapshot, version: 2 }),
        reason: 'Snapshot version 2 is not supported; this mock reads version 1.',
      },
      {
        name: 'package.json',
        text: JSON.stringify({ name: 'something-else', version: '1.0.0' }),
        reason: "format must be 'azure-subscriptions-demo'.",
      },
    ];
    for (const file of files) {
      await importFile(panel, file);
      await expect(panel.outcome('refused')).toHaveText(
        `${file.name} was not imported: ${file.reason} Nothing was changed.`,
      );
      const now = (await api.demo('snapshot')).body as Record<string, unknown>;
      expect({ ...now, takenAt: undefined }).toEqual({ ...snapshot, takenAt: undefined });
    }
    await panel.close();
    await expect(new OverviewPage(page).statusBanner('Cancellation in progress')).toBeVisible();
  });

  test('Demo moments: each built-in moment, by ?moment= and from the panel, shows its banner and status', async ({
    page,
    gotoPortal,
  }) => {
    const overview = new OverviewPage(page);
    const shell = new PortalShell(page);
    // By the address, applied once and then removed from it.
    await gotoPortal(`/subscriptions/${PROD}?moment=day-89`);
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${PROD}$`));
    await expect(overview.essential('Status')).toHaveText('Disabled');
    await expect(overview.reactivateButton).toBeEnabled();
    const expectations = [
      ['Start of the story', 'Active', null],
      ['Just canceled', 'Active', 'Cancellation in progress'],
      ['Disabled', 'Disabled', 'This subscription is canceled and disabled'],
      ['Day 89', 'Disabled', 'This subscription is canceled and disabled'],
      ['Deleted', 'Deleted', 'This subscription has been deleted'],
    ] as const;
    for (const [moment, status, banner] of expectations) {
      const panel = await shell.openDemo();
      await panel.loadMoment(moment);
      await panel.close();
      await expect(overview.essential('Status')).toHaveText(status);
      if (banner) await expect(overview.main.getByText(banner, { exact: true })).toBeVisible();
      else await expect(overview.main.getByRole('alert')).toHaveCount(0);
    }
  });

  test('Demo moments: a share link opens the same moment in another browser', async ({
    page,
    gotoPortal,
    api,
    browser,
  }) => {
    await gotoPortal(`/subscriptions/${PROD}`);
    const panel = await new PortalShell(page).openDemo();
    await panel.loadMoment('Disabled');
    await panel.signInAs('Sam Lee');
    const link = await panel.shareLink();
    expect(link.length).toBeLessThan(8_000);
    const state = await stateOf(api);

    const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      const elsewhere = await other.newPage();
      await elsewhere.goto(link.replace(/^https?:\/\/[^/]+\//, './'));
      await expect(elsewhere).toHaveURL(/\/$/);
      await elsewhere.goto(`./subscriptions/${PROD}`);
      await expect(new OverviewPage(elsewhere).essential('Status')).toHaveText('Disabled');
      const there = await elsewhere.evaluate(async () => (await fetch('/__demo/state')).json());
      const { now: _now, offsetMs: _offset, ...rest } = there as Record<string, unknown>;
      expect(rest).toEqual(state.rest);
    } finally {
      await other.close();
    }
  });
});

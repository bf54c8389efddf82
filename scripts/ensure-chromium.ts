import { chooseBrowser, NO_BROWSER_MESSAGE, realProbe } from './chromium';

// Runs before the end-to-end tests (`npm run test:e2e`): a fresh machine without a browser either gets
// one here or stops at once with one line saying how, instead of failing test by test.
const choice = chooseBrowser(await realProbe());
if (choice.kind === 'none') {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// The Playwright kit's public entry point, `azure-subscriptions-clone/playwright`: fixtures, page
// objects and helpers for suites written against the clone, in this repository and in others. The
// house style has no barrel files because they defeat tree-shaking in the app's bundle; a package's
// entry is the exception, and nothing of the portal's bundle imports it. Every name exported here
// is public (docs/testing.md): add names, never rename or remove one.
export {
  DEFAULT_START,
  expect,
  test,
  type Api,
  type ApiAnswer,
  type PortalFixtures,
  type PortalOptions,
} from './fixtures.js';
export { AccountPage } from './pages/account-page.js';
export {
  CancelWizardPage,
  ConfirmStep,
  PrepareStep,
  ReviewStep,
} from './pages/cancel-wizard-page.js';
export { DemoPanel, type FaultFailure, type Jump } from './pages/demo-panel.js';
export { HomePage } from './pages/home-page.js';
export { MovePage } from './pages/move-page.js';
export { CANCEL_PATH, OverviewPage, SUBSCRIPTIONS } from './pages/overview-page.js';
export { PortalShell } from './pages/portal-shell.js';
export { PresentationPage } from './pages/presentation-page.js';
export { ResourcesPage } from './pages/resources-page.js';
export { SubscriptionsPage, type FilterName } from './pages/subscriptions-page.js';
export { SupportPage } from './pages/support-page.js';
export {
  expectNoSeriousViolations,
  seriousViolations,
  SERIOUS,
  type AxeFinding,
} from './support/axe.js';
export { formatDate, formatUsd, readCancelPreview } from './support/cancel-preview.js';
export { tabTo } from './support/keyboard-tab.js';

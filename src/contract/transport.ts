// Headers shared by the app's ARM client and the mock, beyond ARM's own shapes.

/**
 * ARM's client request id. The app sends a fresh one per call and the same one when it repeats a
 * call whose answer was lost; the mock answers such a repeated write with the answer it already
 * gave instead of applying it again.
 */
export const CLIENT_REQUEST_ID_HEADER = 'x-ms-client-request-id';

/**
 * Set on every answer of the mock (ARM and `/__demo/*`). An answer without it came from the real
 * network, which means the browser's service worker stopped mocking this tab.
 */
export const MOCK_ANSWER_HEADER = 'x-mock-answered-by';
export const MOCK_ANSWER_VALUE = 'azure-portal-clone';

// Loaded on the first hover or focus of a trigger by deferred-tooltip.tsx; Fluent's positioning
// (Floating UI) comes with it.
export { Tooltip } from '@fluentui/react-components';

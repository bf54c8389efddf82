// Loaded on demand by deferred-badge.tsx: badges show only in some states (unread notifications, an
// altered demo clock), so they stay out of the first load.
export { Badge, CounterBadge } from '@fluentui/react-components';

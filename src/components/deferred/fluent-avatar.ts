// Loaded once the page has settled by deferred-avatar.tsx.
export { Avatar } from '@fluentui/react-components';

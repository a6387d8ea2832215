export { default as PermissionsTab, type PermissionsTabProps } from './PermissionsTab';

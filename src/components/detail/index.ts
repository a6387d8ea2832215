// Generic detail pages: a tab table per collection drives the page (see types.ts).
export { default as DetailPage } from './DetailPage';
export { default as GeneralPanel } from './GeneralPanel';
export { default as RefLink } from './RefLink';
export { default as TagsTab, type TagsTabProps } from './TagsTab';
export { default as SubCollectionPanel } from './SubCollectionPanel';
export { generalTab, permissionsTab, tagsTab, eventsTab, statisticsTab } from './tabs';
export { formatValue } from './formatValue';
export { referencesOf, REF_COLLECTION, DETAIL_COLLECTIONS } from './refs';
export { isTransitional, stateOf, subHref, TRANSITIONAL_STATES } from './transitional';
export type { DetailConfig, DetailTab, Names, RowAction, AttachExisting, TabContext } from './types';
export { default as ConfirmRowDialog, type ConfirmRowDialogProps } from './ConfirmRowDialog';
export { itemPath, pagePath, type Scope, type ParentRef } from './scope';
export { default as LabelsTab } from './LabelsTab';

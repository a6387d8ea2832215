// Generic action UI, driven by the status → actions tables in src/schema/actions.
export { default as ActionButtons, choicesFor, type ActionButtonsProps } from './ActionButtons';
export { default as ActionDialog, needsTypedName, type ActionDialogProps } from './ActionDialog';
export { default as BulkActionBar, bulkChoices, type BulkActionBarProps } from './BulkActionBar';
export { default as BulkResultsDialog, type BulkResultsDialogProps } from './BulkResultsDialog';
export { actionRequest, performAction, resourceName, type ActionChoice, type ActionOutcome } from './runAction';
export { useRowActions, type RowActionDialogs } from './useRowActions';

// Registry of action tables by API segment. Each collection's table lives in its own file here.
import type { ActionTable } from './types';

export const actionTables: Record<string, ActionTable> = {};

export function actionTableFor(segment: string): ActionTable | undefined {
  return actionTables[segment];
}

export { allowedActions, removable, type ActionDef, type ActionTable, type RemoveDef } from './types';

export { runTask, prepareTask, setTaskSettledHandler, type TaskRequest, type TaskResult } from './runTask';
export { taskStore, isFinished, type Task, type TaskState, type TaskTarget } from './taskStore';
export { pollStatus, statusHrefOf, stateOf } from './pollStatus';
export { useTasks } from './useTasks';
export { resumeTasks } from './resumeTasks';

// guide 7.5 (jobs): `end` an external job (status required by the RSDL, `force` for a job the engine started),
// `clear` a finished one.
import { choice, force } from './params';
import type { ActionTable } from './types';
import { JOB_END_STATES } from '../tables/fixedEnums';

export const jobs: ActionTable = {
  segment: 'jobs',
  actions: [
    { name: 'end', label: 'End', when: ['started'],
      params: [choice('status.state', 'Result', JOB_END_STATES, 'How the job ended.', true),
        force('End a job the engine itself started.')],
      help: 'Mark the job as ended.' },
    { name: 'clear', label: 'Clear', when: ['finished', 'failed', 'aborted', 'unknown'], bulk: true, help: 'Remove the finished job from the list.' },
  ],
};

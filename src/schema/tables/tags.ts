// Guide chapter 24, Table 24.1. Tags form a tree below the root tag; parent is given by id or name.
import type { ResourceTable } from '../types';
import { descriptionElement, nameElement } from './common';

export const tags: ResourceTable = {
  segment: 'tags',
  element: 'tag',
  label: 'Tags',
  create: { path: '/tags' },
  update: '/tags/{tag:id}',
  elements: [
    nameElement('The name of the tag.', { required: true }),
    descriptionElement(),
    { path: 'parent.tag', label: 'Parent tag', type: 'ref', ref: 'tags', group: 'General', updatable: true, column: true,
      help: 'The parent tag; the root tag is assumed if none is given.' },
  ],
};

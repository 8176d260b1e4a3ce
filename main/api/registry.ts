import { listAuthorities, listSchools, listTeachers } from '../../db/queries/registry.ts';
import type { Handlers } from './context.ts';
import { registryDetailHandlers } from './registryDetail.ts';

export const registryHandlers: Handlers<'registry:authorities' | 'registry:schools' | 'registry:teachers'> & typeof registryDetailHandlers = {
  'registry:authorities': ({ year }, { store }) => listAuthorities(store.db, year),
  'registry:schools': (input, { store }) => listSchools(store.db, input),
  'registry:teachers': (input, { store }) => listTeachers(store.db, input),
  ...registryDetailHandlers,
};

import { accountStats, listAccounts, listContacts } from '../../db/queries/accounts.ts';
import { importSummary } from '../../db/queries/imports.ts';
import { confirmLeft, schoolDetail, teacherDetail, teacherNationalId } from '../../db/queries/registryDetail.ts';
import type { Handlers } from './context.ts';
import { AppError, notFound } from './errors.ts';

type DetailChannels =
  | 'registry:school'
  | 'registry:teacher'
  | 'registry:revealNationalId'
  | 'registry:accounts'
  | 'registry:accountStats'
  | 'registry:contacts'
  | 'registry:confirmLeft';

export const registryDetailHandlers: Handlers<DetailChannels> = {
  async 'registry:school'({ id }, { store }) {
    const school = await schoolDetail(store.db, id);
    if (!school) throw notFound('這所學校');
    return school;
  },

  async 'registry:teacher'({ id }, { store }) {
    const teacher = await teacherDetail(store.db, id);
    if (!teacher) throw notFound('這位教師');
    return teacher;
  },

  async 'registry:revealNationalId'({ id }, { store }) {
    const nationalId = await teacherNationalId(store.db, id);
    if (nationalId === null) throw notFound('這位教師');
    return { nationalId };
  },

  'registry:accounts': (input, { store }) => listAccounts(store.db, input),
  'registry:accountStats': ({ year }, { store }) => accountStats(store.db, year),
  'registry:contacts': (input, { store }) => listContacts(store.db, input),

  async 'registry:confirmLeft'(input, { store }) {
    const run = await importSummary(store.db, input.importId);
    if (!run) throw notFound('這筆匯入紀錄');
    if (run.kind !== 'teachers' || run.status !== 'landed') {
      throw new AppError('NOT_A_ROSTER', '只有已匯入的教師名冊才能確認未出現在名冊中的教師。');
    }
    return confirmLeft(store.sqlite, input);
  },
};

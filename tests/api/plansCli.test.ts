import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/open.ts';
import { runCli } from '../../main/cli/run.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { fullNeeds, LOG_HEADER, planWorld, SCHOOL_PLAN_HEADER, TEACHER_PLAN_HEADER, TEACHERS, teacherPlanRow, writeBook } from '../helpers/planWorld.ts';
import { tempDir } from '../helpers/store.ts';

// The CLI contract of issue 5: `import school-plans|teacher-plans F --year N` through the shared
// import command, and `plans status --year N [--authority NAME] [--json]`.

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = join(tmp.dir, 'cli.db');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const store = Object.assign(openStore(db), { dir: tmp.dir });
  await planWorld(store, apiOf(store));
  store.close();
});

describe('plans from the command line', () => {
  it('imports school and teacher plans with the shared import command', async () => {
    const schools = writeBook(tmp.dir, 'school-plans.xlsx', {
      學校規劃: [SCHOOL_PLAN_HEADER, ['193001', '送出', '113/08/14 16:00', 500, ...fullNeeds()], ['133001', '送出', '113/08/24 09:00', 300, ...fullNeeds()]],
      學校規劃時數: [['學校代碼', '課程類別', '規劃時數'], ['193001', '1-1-1', 12]],
    });
    const s = await cli('import', 'school-plans', schools, '--year', '113');
    expect(s.code).toBe(0);
    expect(s.out).toContain('讀取 3 列，新增 3、更新 0、未變更 0、未匯入 0 列');
    const teachers = writeBook(tmp.dir, 'teacher-plans.xlsx', {
      教師規劃: [TEACHER_PLAN_HEADER, teacherPlanRow(1, '送出', '113/09/18 00:00'), teacherPlanRow(8, '送出', '113/09/21 12:00'), teacherPlanRow(9, '暫存', null)],
      教師規劃時數: [['身分證字號', '課程類別', '規劃時數'], [TEACHERS[0]!.id, '1-1-1', 2]],
      狀態紀錄: [LOG_HEADER, [TEACHERS[0]!.id, '退回修改', '113/09/19 08:00', '屏東縣承辦人', '請修正']],
    });
    const t = await cli('import', 'teacher-plans', teachers, '--year', '113', '--json');
    expect(t.code).toBe(0);
    // The log's return is later than the row's 送出時間: the history stands, and the report says so.
    expect(JSON.parse(t.out)).toEqual({
      kind: 'teacher-plans',
      read: 5,
      added: 5,
      replaced: 0,
      unchanged: 0,
      rejected: [{ sheet: '教師規劃', row: 2, column: '狀態', reason: '已匯入，但檔案的狀態為「送出」，狀態紀錄顯示目前為「退回修改」，以狀態紀錄為準' }],
    });
  });

  it('plans status --json prints the contract shape', async () => {
    const r = await cli('plans', 'status', '--year', '113', '--json');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      JSON.stringify({
        year: 113,
        schools: { total: 3, onTime: 1, outsideWindow: 1, returned: 0, draft: 0, none: 1 },
        teachers: { total: 10, onTime: 1, outsideWindow: 0, returned: 1, draft: 1, none: 7 },
        authorities: [
          {
            authority: '臺中市',
            schools: { total: 2, onTime: 1, outsideWindow: 0, returned: 0, draft: 0, none: 1 },
            teachers: { total: 3, onTime: 1, outsideWindow: 0, returned: 0, draft: 1, none: 1 },
            schoolRate: 0.5,
            teacherRate: 1 / 3,
          },
          {
            authority: '屏東縣',
            schools: { total: 1, onTime: 0, outsideWindow: 1, returned: 0, draft: 0, none: 0 },
            teachers: { total: 7, onTime: 0, outsideWindow: 0, returned: 1, draft: 0, none: 6 },
            schoolRate: 0,
            teacherRate: 0,
          },
        ],
      }),
    );
  });

  it('plans status --authority takes the usual spellings and prints rates', async () => {
    const r = await cli('plans', 'status', '--year', '113', '--authority', '台中市政府教育局');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      '113 學年度規劃填報情形（臺中市）',
      '  學校：共 2：期限內送出 1、非填報期間送出 0、退回修改 0、暫存 0、未填寫 1',
      '  教師：共 3：期限內送出 1、非填報期間送出 0、退回修改 0、暫存 1、未填寫 1',
      '  主管機關　學校期限內送出率　教師期限內送出率',
      '  臺中市　50.0%（1/2）　33.3%（1/3）',
    ]);
    const json = JSON.parse((await cli('plans', 'status', '--year', '113', '--authority', '臺中市', '--json')).out);
    expect(json.schools).toEqual({ total: 2, onTime: 1, outsideWindow: 0, returned: 0, draft: 0, none: 1 });
    expect(json.authorities).toHaveLength(1);
  });

  it('refuses an unknown authority, a missing year and plan files of a year that is not demo data', async () => {
    const unknown = await cli('plans', 'status', '--year', '113', '--authority', '高雄市');
    expect(unknown).toMatchObject({ code: 1, err: '113 學年度沒有「高雄市」這個主管機關。可用的有：臺中市、屏東縣。' });
    expect((await cli('plans', 'status', '--year', '112')).err).toBe('資料庫裡沒有 112 學年度。');
    const files = await cli('demo', 'plan-files', '--year', '113', '--out', join(tmp.dir, 'out'));
    expect(files).toMatchObject({ code: 1, err: '113 學年度不是示範資料。規劃匯入檔含完整身分證字號，只能由示範學年度產生。' });
  });
});

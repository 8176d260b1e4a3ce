// Which calls the audit trail records, and in what words. EVERY channel of the contract is listed
// here — the type below makes a missing one a compile error, and tests/api/auditRules.test.ts checks
// it too — either with the reason it changes nothing worth recording, or with its action and a
// summary built from what it was asked and what it answered. A new channel that changes stored
// data therefore cannot slip past the trail unnoticed.
//
// Summaries and details never hold national IDs, teacher names or any other personal data: years,
// authorities, school codes, counts and file names without their folders. (auditLog.ts masks
// anything shaped like a national ID as a second line of defence.)

import type { Channel } from '../../preload/contract.ts';
import {
  CANCEL,
  describeForm,
  describeImport,
  DIALOG,
  DOWNLOAD,
  file,
  importKindLabel,
  n,
  planKindLabel,
  READS,
  refusedFile,
  scheduleSaved,
  yearText,
  type AuditRule,
} from './auditSummaries.ts';

export { isRecorded, type AuditRule, type Described, type NotRecorded, type Recorded } from './auditSummaries.ts';

export const AUDIT_RULES: { [C in Channel]: AuditRule<C> } = {
  'app:info': { readOnly: READS },
  'years:list': { readOnly: READS },
  'overview:get': { readOnly: READS },
  'demo:create': {
    action: 'demo.create',
    describe: (input, output) => ({
      summary: `建立 ${output.year} 學年度的示範資料（${input.scale}）：${n(output.schools)} 所學校、${n(output.teachers)} 位教師`,
      details: { year: output.year, scale: input.scale, seed: input.seed ?? null, authorities: output.authorities, schools: output.schools, teachers: output.teachers },
    }),
  },

  'registry:authorities': { readOnly: READS },
  'registry:schools': { readOnly: READS },
  'registry:teachers': { readOnly: READS },
  'registry:school': { readOnly: READS },
  'registry:teacher': { readOnly: READS },
  'registry:accounts': { readOnly: READS },
  'registry:accountStats': { readOnly: READS },
  'registry:contacts': { readOnly: READS },
  // Reading a full national ID is worth a row of its own: who looked, and at which teacher row.
  'registry:revealNationalId': {
    action: 'registry.revealNationalId',
    describe: (input) => ({ summary: `檢視教師（內部編號 ${input.id}）的完整身分證字號`, details: { teacherId: input.id } }),
  },
  'registry:confirmLeft': {
    action: 'registry.confirmLeft',
    describe: (input, output) => ({
      summary: `依第 ${input.importId} 次匯入的名冊，將 ${n(output.marked)} 位教師標記為「${input.status}」${output.skipped > 0 ? `（${n(output.skipped)} 位已非在職，略過）` : ''}`,
      details: { importId: input.importId, status: input.status, marked: output.marked, skipped: output.skipped },
    }),
  },

  'backup:list': { readOnly: READS },
  'backup:status': { readOnly: '只讀取資料庫的位置與完整性檢查結果' },
  'backup:chooseOut': { readOnly: DIALOG },
  'backup:create': {
    action: 'backup.create',
    describe: (_input, output) => ({ summary: `手動備份資料庫，存為 ${file(output.path)}（資料結構第 ${output.schemaVersion} 版）`, details: { file: file(output.path), schemaVersion: output.schemaVersion } }),
  },
  // Written after the restore, so the row lands in the restored database and says where it came from.
  'backup:restore': {
    action: 'backup.restore',
    describe: (_input, output) => ({
      summary: `由備份 ${file(output.restoredFrom)} 還原資料庫${output.safetyBackup ? `；還原前的資料另存為 ${file(output.safetyBackup)}` : ''}`,
      details: { restoredFrom: file(output.restoredFrom), safetyBackup: output.safetyBackup === null ? null : file(output.safetyBackup), schemaVersion: output.schemaVersion },
    }),
    refused: (input, message) => ({ summary: `還原備份「${file(input.path)}」被拒絕：${message}`, details: { file: file(input.path) } }),
  },

  'exports:forms': { readOnly: READS },
  'exports:preview': { readOnly: '只畫出預覽，不寫檔案' },
  'exports:cancel': { readOnly: CANCEL },
  'exports:chooseOut': { readOnly: DIALOG },
  'exports:open': { readOnly: '只用系統程式開啟本程式剛寫出的檔案' },
  // Printing discloses what a saved PDF does, so it is recorded like one; nothing is kept when the officer cancels.
  'exports:print': {
    action: 'exports.file',
    describe: (input, output) =>
      output.printed
        ? {
            summary: `列印「${input.form}」（${[yearText(input.year), input.authority, input.school ? `學校代碼 ${input.school}` : undefined, input.teacher ? '單一教師' : undefined].filter(Boolean).join('，')}）：送出 ${n(output.pages)} 頁到印表機`,
            details: { form: input.form, year: input.year, authority: input.authority ?? null, school: input.school ?? null, oneTeacher: input.teacher !== undefined, pages: output.pages, printed: true },
          }
        : null,
  },
  'exports:render': { action: 'exports.file', describe: describeForm },
  'exports:batch': { action: 'exports.file', describe: describeForm },
  'exports:awards': {
    action: 'exports.file',
    describe: (input, output) => ({
      summary: `匯出 ${input.year} 學年度第 ${output.run} 次計算的獎勵名單，存為 ${file(output.path)}`,
      details: { year: input.year, run: output.run, file: file(output.path), bytes: output.bytes },
    }),
  },
  'exports:progress': {
    action: 'exports.file',
    describe: (input, output) => ({
      summary: `匯出 ${input.year} 學年度的填報進度，存為 ${file(output.path)}`,
      details: { year: input.year, file: file(output.path), rows: output.rows },
    }),
  },

  'schedule:get': { readOnly: READS },
  'schedule:openNow': { readOnly: READS },
  'schedule:save': { action: 'schedule.save', describe: scheduleSaved('儲存') },
  'schedule:rollOver': {
    action: 'schedule.rollOver',
    describe: (input, output) => ({ summary: `將 ${input.year} 學年度的時程延續為 ${output.year} 學年度的草稿`, details: { from: input.year, year: output.year } }),
  },
  'schedule:createBuiltIn': { action: 'schedule.createBuiltIn', describe: scheduleSaved('建立內建的') },
  'schedule:import': {
    action: 'schedule.import',
    backupFirst: true,
    describe: (input, output) => ({
      summary: `由「${file(input.path)}」匯入 ${output.year} 學年度的年度時程`,
      details: { year: output.year, file: file(input.path), status: output.status },
    }),
    refused: refusedFile('匯入年度時程'),
  },
  'schedule:export': {
    action: 'exports.file',
    describe: (input, output) => ({ summary: `匯出 ${input.year} 學年度的年度時程，存為 ${file(output.path)}`, details: { year: input.year, file: file(output.path) } }),
  },

  'classification:tree': { readOnly: READS },
  'classification:import': {
    action: 'classification.import',
    backupFirst: true,
    describe: (input, output) => ({
      summary: output.unchanged
        ? `匯入課程分類「${file(input.path)}」：與 ${output.year} 學年度使用中的版本相同，沒有新增版本`
        : `匯入課程分類「${file(input.path)}」為 ${output.year} 學年度的新版本「${output.label}」（${n(output.items)} 項）`,
      details: { year: output.year, file: file(input.path), versionId: output.versionId, previousVersionId: output.previousVersionId, items: output.items, unchanged: output.unchanged },
    }),
    refused: refusedFile('匯入課程分類'),
  },

  'plans:schools': { readOnly: READS },
  'plans:teachers': { readOnly: READS },
  'plans:detail': { readOnly: READS },
  'plans:progress': { readOnly: READS },
  'plans:status': { readOnly: READS },
  'plans:reminders': { readOnly: READS },
  'plans:remindersFile': { readOnly: DOWNLOAD },
  // The reason stays in the plan's own history; the trail names the plan by school and number only.
  'plans:return': {
    action: 'plans.return',
    describe: (input, output) => ({
      summary: `退回${planKindLabel(input.kind)}修改：${output.year} 學年度 ${output.authority} ${output.school}（${output.schoolCode}，規劃編號 ${output.id}）`,
      details: { kind: input.kind, planId: output.id, year: output.year, authority: output.authority, schoolCode: output.schoolCode },
    }),
  },
  'plans:review': {
    action: 'plans.review',
    describe: (input, output) => ({
      summary: `標記${planKindLabel(input.kind)}已審閱：${output.year} 學年度 ${output.authority} ${output.school}（${output.schoolCode}，規劃編號 ${output.id}）`,
      details: { kind: input.kind, planId: output.id, year: output.year, authority: output.authority, schoolCode: output.schoolCode },
    }),
  },
  'plans:exportFiles': {
    action: 'exports.file',
    describe: (input, output) => ({
      summary: `匯出 ${input.year} 學年度的規劃資料：${n(output.files.length)} 個檔案，${n(output.files.reduce((s, f) => s + f.plans, 0))} 份規劃`,
      details: { year: input.year, files: output.files.map((f) => file(f.path)), plans: output.files.reduce((s, f) => s + f.plans, 0) },
    }),
  },

  'awards:defaults': { readOnly: READS },
  'awards:cancel': { readOnly: CANCEL },
  'awards:list': { readOnly: READS },
  'awards:get': { readOnly: READS },
  'awards:schools': { readOnly: READS },
  'awards:teachers': { readOnly: READS },
  'awards:explain': { readOnly: READS },
  'awards:export': { readOnly: DOWNLOAD },
  'awards:compare': { readOnly: READS },
  'awards:run': {
    action: 'awards.run',
    describe: (_input, output) => ({
      summary: `計算 ${output.year} 學年度的獎勵名單（第 ${output.id} 次）：獲獎主管機關 ${n(output.awarded.authorities)}、學校 ${n(output.awarded.schools)}、教師 ${n(output.awarded.teachers)}`,
      details: { year: output.year, run: output.id, awarded: output.awarded, counts: output.counts, parameters: output.parameters, sha256: output.sha256 },
    }),
  },

  'achievement:summary': { readOnly: READS },
  'achievement:detail': { readOnly: READS },
  'achievement:schools': { readOnly: READS },
  'achievement:teachers': { readOnly: READS },

  'imports:kinds': { readOnly: READS },
  'imports:chooseFile': { readOnly: DIALOG },
  'imports:preview': { readOnly: '只讀取檔案的前幾列，不寫入資料' },
  'imports:cancel': { readOnly: CANCEL },
  'imports:history': { readOnly: READS },
  'imports:report': { readOnly: READS },
  'imports:rejections': { readOnly: READS },
  'imports:missing': { readOnly: READS },
  'imports:reportFile': { readOnly: DOWNLOAD },
  'imports:template': { readOnly: DOWNLOAD },
  'imports:run': {
    action: 'imports.run',
    backupFirst: true,
    describe: describeImport,
    refused: (input, message) => ({
      summary: `匯入${importKindLabel(input.kind)}「${file(input.path)}」被拒收：${message}`,
      details: { kind: input.kind, year: input.year, file: file(input.path) },
    }),
  },

  'hours:summary': { readOnly: READS },
  'hours:courses': { readOnly: READS },
  'hours:authorities': { readOnly: READS },
  'hours:schools': { readOnly: READS },
  'hours:teachers': { readOnly: READS },
  'hours:teacher': { readOnly: READS },
  'hours:pending': { readOnly: READS },
  'hours:candidates': { readOnly: READS },
  'hours:resolve': {
    action: 'hours.resolve',
    describe: (input, output) => {
      const choice =
        input.resolution.kind === 'teacher' ? `歸給教師（內部編號 ${input.resolution.teacherId}）` : input.resolution.kind === 'classification' ? `歸入課程類別 ${input.resolution.code}` : '不予採計';
      return {
        summary: `處理 ${output.year} 學年度待確認時數（第 ${input.pendingId} 列）：${choice}；歸入 ${n(output.placed)} 筆、不採計 ${n(output.dropped)} 筆，尚餘 ${n(output.remaining)} 筆`,
        details: { year: output.year, pendingId: input.pendingId, resolution: input.resolution, placed: output.placed, dropped: output.dropped, remaining: output.remaining },
      };
    },
  },
  'hours:retry': {
    action: 'hours.retry',
    describe: (input, output) => ({
      summary: `重新比對 ${input.year} 學年度的待確認時數：歸入 ${n(output.placed)} 筆、不採計 ${n(output.dropped)} 筆，尚餘 ${n(output.remaining)} 筆`,
      details: { year: input.year, placed: output.placed, dropped: output.dropped, remaining: output.remaining },
    }),
  },
  'hours:demo': {
    action: 'hours.demo',
    describe: (_input, output) => ({
      summary: `為 ${output.year} 學年度產生示範研習時數：${n(output.records)} 筆紀錄、${n(output.courses)} 門課程`,
      details: { year: output.year, courses: output.courses, records: output.records, pending: output.pending },
    }),
  },

  'stats:filters': { readOnly: READS },
  'stats:filing': { readOnly: READS },
  'stats:needs': { readOnly: READS },
  'stats:plannedHours': { readOnly: READS },
  'stats:achievement': { readOnly: READS },
  'stats:participation': { readOnly: READS },
  'stats:survey': { readOnly: READS },
  'stats:exportXlsx': {
    action: 'exports.file',
    describe: (input, output) =>
      output.path === null ? null : { summary: `匯出 ${input.year} 學年度的統計表，存為 ${file(output.path)}`, details: { year: input.year, authority: input.authority ?? null, file: file(output.path), sheets: output.sheets } },
  },
  'stats:chartPng': {
    action: 'exports.file',
    describe: (input, output) => (output.path === null ? null : { summary: `匯出統計圖「${input.chart}」，存為 ${file(output.path)}`, details: { chart: input.chart, file: file(output.path) } }),
  },

  'packages:inspect': { readOnly: '只讀取並驗證資料包，不寫入資料' },
  'packages:cancel': { readOnly: CANCEL },
  'packages:history': { readOnly: READS },
  'packages:conflicts': { readOnly: READS },
  'packages:export': {
    action: 'exports.file',
    describe: (input, output) =>
      output.saved && output.path !== null
        ? { summary: `匯出 ${input.year} 學年度 ${input.authority} 的資料包，存為 ${file(output.path)}`, details: { year: input.year, authority: input.authority, file: file(output.path), bytes: output.bytes } }
        : null,
  },
  // Conflicting teachers are counted, never named.
  'packages:import': {
    action: 'packages.import',
    backupFirst: true,
    describe: (input, output) => ({
      summary:
        output.status === 'unchanged'
          ? `匯入資料包「${file(input.path)}」：與上次匯入的 ${output.year} 學年度 ${output.authority} 資料相同，沒有變更`
          : `匯入資料包「${file(input.path)}」：${output.year} 學年度 ${output.authority}，${output.written.map((p) => `${p.label} ${n(p.rows)} 筆`).join('、')}${output.conflicts.length > 0 ? `；${n(output.conflicts.length)} 位教師與其他主管機關的名冊重複` : ''}`,
      details: { file: file(input.path), year: output.year, authority: output.authority, status: output.status, importId: output.importId, written: output.written, removed: output.removed, conflicts: output.conflicts.length, created: output.created },
    }),
    refused: refusedFile('匯入資料包'),
  },

  'audit:list': { readOnly: READS },
  'audit:export': {
    action: 'exports.file',
    describe: (input, output) =>
      output.path === null ? null : { summary: `匯出操作紀錄 ${n(output.rows)} 筆，存為 ${file(output.path)}`, details: { file: file(output.path), rows: output.rows, filter: input.filter } },
  },
};

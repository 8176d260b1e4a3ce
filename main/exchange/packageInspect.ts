// What a verified package holds and what importing it would do, as the inspect screen shows it.
import { latestVersion } from '../../db/migrate.ts';
import type { PackageInspection } from '../../preload/contracts/packages.ts';
import { PART_LABELS, type Manifest } from './package.ts';
import type { PackagePlan } from './packageCheck.ts';
import type { ReadPackage } from './packageRead.ts';

export function manifestSummary(m: Manifest) {
  return {
    authority: m.authority.name,
    authorityCode: m.authority.code,
    year: m.year,
    schemaVersion: m.schemaVersion,
    appVersion: m.appVersion,
    createdAt: m.createdAt,
    dataSha256: m.dataSha256,
    skippedAwardRuns: m.skippedAwardRuns,
    parts: m.parts.map((p) => ({ name: p.name, label: PART_LABELS[p.name], rows: p.rows })),
  };
}

export function inspectPackage(pkg: ReadPackage, plan: PackagePlan): PackageInspection {
  const m = pkg.manifest;
  const blocked = plan.codeClash
    ? `本機 ${m.year} 學年度的「${plan.codeClash}」已使用主管機關代碼「${m.authority.code}」。`
    : plan.schoolClashes.length > 0
      ? `有 ${plan.schoolClashes.length} 所學校的代碼在本機屬於其他主管機關：${plan.schoolClashes.slice(0, 5).join('、')}${plan.schoolClashes.length > 5 ? '…' : ''}。`
      : null;
  const rows = m.parts.reduce((s, p) => s + p.rows, 0);
  return {
    fileName: pkg.fileName,
    fileBytes: pkg.fileBytes,
    fileSha256: pkg.fileSha256,
    manifest: manifestSummary(m),
    checks: [
      { label: '檔案格式', ok: true, detail: '完整的資料包（zip），清單 manifest.json 可讀。' },
      { label: '資料結構版本', ok: true, detail: `資料包為第 ${m.schemaVersion} 版，本程式為第 ${latestVersion()} 版。` },
      { label: '完整性（SHA-256）', ok: true, detail: `${m.parts.length} 個資料檔共 ${rows.toLocaleString('zh-TW')} 筆，雜湊值、大小與筆數都與清單相符。` },
      { label: '主管機關代碼', ok: plan.codeClash === null, detail: plan.codeClash === null ? `「${m.authority.name}」（${m.authority.code}）與本機沒有衝突。` : `與本機的「${plan.codeClash}」相同。` },
      {
        label: '學校代碼',
        ok: plan.schoolClashes.length === 0,
        detail: plan.schoolClashes.length === 0 ? '沒有學校代碼屬於其他主管機關。' : `${plan.schoolClashes.length} 所學校的代碼在本機屬於其他主管機關。`,
      },
      {
        label: '教師是否重複列冊',
        ok: plan.conflicts.length === 0,
        detail:
          plan.conflicts.length === 0
            ? '資料包的教師都沒有列在其他主管機關的名冊中。'
            : `${plan.conflicts.length} 位教師已列在其他主管機關的名冊中：匯入時保留本機原有的紀錄，不匯入這些教師的名冊、規劃與時數。`,
      },
    ],
    conflicts: plan.conflicts,
    existing: plan.existing,
    willCreate: { year: !plan.yearExists, schedule: !plan.scheduleExists, authority: !plan.authorityExists },
    blocked,
    unchanged: plan.unchanged,
  };
}

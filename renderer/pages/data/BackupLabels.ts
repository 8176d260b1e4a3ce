// How a backup file's name and size read on the 備份與還原 page.

/** 'auto-2024-09-16T09-00-00-000Z-before-import.db' → '匯入前自動備份'. */
export function backupKind(name: string, automatic: boolean): string {
  if (!automatic) return '手動備份';
  if (name.endsWith('-before-import.db')) return '匯入前自動備份';
  if (name.endsWith('-before-restore.db')) return '還原前自動備份';
  const upgrade = /-before-v(\d+)\.db$/.exec(name);
  if (upgrade) return `升級至第 ${upgrade[1]} 版前自動備份`;
  return '自動備份';
}

/** 1,234,567 bytes → '1.2 MB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

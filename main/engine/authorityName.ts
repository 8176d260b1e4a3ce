// How officers write an authority's name in their files: 台中市 for 臺中市, 臺中市政府教育局 for the
// bureau, 國教署 or its full name 教育部國民及學前教育署. All of them name the same authority, so files
// are matched on this folded form; what is stored keeps the registry's own spelling.

const FULL_NAMES: Readonly<Record<string, string>> = {
  教育部國民及學前教育署: '教育部國教署',
  國民及學前教育署: '教育部國教署',
  國教署: '教育部國教署',
};

const BUREAU_SUFFIX = /(政府教育局|政府教育處|教育局|教育處|政府)$/;

/** The form two spellings of one authority share: '台中市政府教育局' and '臺中市' both give '臺中市'. */
export function authorityKey(name: string): string {
  const folded = name.normalize('NFKC').replace(/\s+/g, '').replace(/台/g, '臺');
  const full = FULL_NAMES[folded];
  if (full) return full;
  const bare = folded.replace(BUREAU_SUFFIX, '');
  return bare === '' ? folded : bare;
}

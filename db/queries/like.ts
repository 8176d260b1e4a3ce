import { sql, type Expression, type SqlBool } from 'kysely';

/** `column LIKE '%text%'` with the user's %, _ and \ taken literally. */
export function contains(column: Expression<unknown> | ReturnType<typeof sql.ref>, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** `column LIKE 'text%'` with the user's %, _ and \ taken literally. */
export function startsWith(column: Expression<unknown> | ReturnType<typeof sql.ref>, text: string): Expression<SqlBool> {
  const pattern = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${column} LIKE ${pattern} ESCAPE '\\'`;
}

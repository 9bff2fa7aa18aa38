import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import { schemaSql, schemaVersion } from './schema';

export type Db = PGlite;
export type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** Opens (or creates) the emulator's database in `dir`; returns whether the schema had to be created. */
export async function openDatabase(dir: string): Promise<{ db: Db; created: boolean }> {
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create({
    dataDir: dir,
    // Timestamps stay Date objects; int8 counts come back as numbers (they stay far below 2^53).
    parsers: { [types.INT8]: (value: string) => Number(value) },
  });
  const meta = await db.query<{ name: string | null }>(`select to_regclass('public.meta')::text as name`);
  if (meta.rows[0]?.name) {
    const version = await db.query<{ value: string }>(`select value from meta where key = 'schemaVersion'`);
    if (version.rows[0]?.value === schemaVersion) return { db, created: false };
    // An older layout: start over rather than migrate; the seed recreates everything.
    await db.exec('drop schema public cascade; create schema public;');
  }
  await db.exec(schemaSql);
  await db.query(`insert into meta (key, value) values ('schemaVersion', $1)`, [schemaVersion]);
  return { db, created: true };
}

/** Builds `$1, $2, …` placeholders while collecting the values, so SQL text never contains input. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly offset = 0) {}
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length + this.offset}`;
  }
}

/**
 * One multi-row INSERT per chunk: PGlite pays per statement, so seeding row by row would take seconds.
 * Columns are taken from the first row's keys; values are bound as parameters.
 */
export async function insertRows(db: Queryable, table: string, rows: Record<string, unknown>[], chunkSize = 500): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const params = new Params();
    const tuples = rows.slice(start, start + chunkSize).map((row) => `(${columns.map((c) => params.add(toSqlValue(row[c]))).join(', ')})`);
    await db.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, params.values);
  }
}

function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value) || (value !== null && typeof value === 'object' && !(value instanceof Date))) return JSON.stringify(value);
  return value;
}

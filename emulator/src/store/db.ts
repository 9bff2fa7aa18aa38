import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schemaSql, schemaVersion, upgrades } from './schema';

export type Db = PGlite;
export type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

// Timestamps stay Date objects; int8 counts come back as numbers (they stay far below 2^53).
const parsers = { [types.INT8]: (value: string) => Number(value) };

/**
 * A new PGlite database costs ~3.4 s of initdb; loading a dump of an empty one with our schema costs a fraction.
 * The first fresh start on a machine writes that dump here; later fresh data dirs (tests, new clones of the data
 * dir) start from it. Keyed by the schema hash; a dump PGlite cannot load is ignored and replaced.
 */
const templatePath = path.join(tmpdir(), 'roles-portal-emulator', `pglite-schema-${schemaVersion}.tar`);

async function createFromTemplate(dir: string): Promise<Db | null> {
  if (!existsSync(templatePath)) return null;
  try {
    const tarball = await readFile(templatePath);
    return await PGlite.create({ dataDir: dir, parsers, loadDataDir: new Blob([tarball]) });
  } catch {
    await rm(dir, { recursive: true, force: true });
    return null;
  }
}

/**
 * Saves the template after start-up (so the first start stays fast). It runs inside a transaction so no write
 * is half-done while the files are copied; the loader truncates and reseeds anyway.
 */
export async function saveTemplateIfMissing(db: Db): Promise<void> {
  if (existsSync(templatePath)) return;
  try {
    const dump = await db.transaction(() => db.dumpDataDir('none'));
    await mkdir(path.dirname(templatePath), { recursive: true });
    // Write then rename: parallel test workers may race, and a reader must never see half a file.
    const partial = `${templatePath}.${randomUUID()}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, templatePath);
  } catch {
    // Only a speed-up: starting without it is fine.
  }
}

/** Opens (or creates) the emulator's database in `dir`; `created` says the tables are new and empty. */
export async function openDatabase(dir: string): Promise<{ db: Db; created: boolean }> {
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  await mkdir(dir, { recursive: true });
  if (fresh) {
    const fromTemplate = await createFromTemplate(dir);
    if (fromTemplate) return { db: fromTemplate, created: true };
  }
  const db = await PGlite.create({ dataDir: dir, parsers });
  const meta = await db.query<{ name: string | null }>(`select to_regclass('public.meta')::text as name`);
  if (meta.rows[0]?.name) {
    const version = await db.query<{ value: string }>(`select value from meta where key = 'schemaVersion'`);
    const found = version.rows[0]?.value;
    if (found === schemaVersion) return { db, created: false };
    const upgrade = found === undefined ? undefined : upgrades.get(found);
    if (upgrade) {
      await db.transaction(async (tx) => {
        await tx.exec(upgrade);
        await tx.query(`update meta set value = $1 where key = 'schemaVersion'`, [schemaVersion]);
      });
      return { db, created: false };
    }
    // A layout with no upgrade path: start over; the seed recreates everything.
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

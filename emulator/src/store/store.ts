import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type ScaleOptions } from '../config';
import { contosoTenant, type ContosoOptions } from '../seed/contoso';
import { writeScaleTenant } from '../seed/scale';
import { clearTenant, writeTenant } from '../seed/tenant';
import { createNewObjects, type NewObjects } from '../new-objects';
import { createPimClock, type PimClock } from '../pim/clock';
import { PimSweeper } from '../pim/sweep';
import { openDatabase, saveTemplateIfMissing, type Db } from './db';
import { activateAssignedRoles } from './directory-roles';

export type SeedKind = { kind: 'contoso' } | ({ kind: 'scale' } & ScaleOptions);

export type OpenStoreOptions = {
  dataDir: string;
  reset: boolean;
  scale: ScaleOptions | null;
  contoso: ContosoOptions;
  /** Counted ids and a fixed clock for objects created through the API (see new-objects.ts). */
  deterministic: boolean;
  log: (line: string) => void;
};

/** The emulator's database plus how to seed it again. */
export class Store {
  /** Ids and timestamps for objects created through the API; they count from the seed, so reseeding restarts them. */
  readonly newObjects: NewObjects;
  /** The time PIM schedules start and end by (PUT /_emulator/clock moves it); reseeding resets it. */
  readonly pimClock: PimClock;
  /** Ends and starts PIM schedules whose time has come, lazily before each Graph request. */
  readonly pimSweeper = new PimSweeper();

  private constructor(
    readonly db: Db,
    private seed: SeedKind,
    private readonly contoso: ContosoOptions,
    deterministic: boolean,
  ) {
    this.newObjects = createNewObjects(deterministic);
    this.pimClock = createPimClock(deterministic);
  }

  /** Opens the data dir's database, seeding it when new, on --reset, or when --scale asks for another tenant. */
  static async open(options: OpenStoreOptions): Promise<Store> {
    const dir = path.join(options.dataDir, 'pglite');
    let opened;
    try {
      opened = await openDatabase(dir);
    } catch (error) {
      // A half-written or foreign directory: emulator state is disposable, so start over.
      options.log(`Database in ${dir} could not be opened (${(error as Error).message}); recreating it.`);
      await rm(dir, { recursive: true, force: true });
      opened = await openDatabase(dir);
    }
    const wanted: SeedKind = options.scale ? { kind: 'scale', ...options.scale } : { kind: 'contoso' };
    const current = await readSeedKind(opened.db);
    const store = new Store(opened.db, wanted, options.contoso, options.deterministic);
    const differs = JSON.stringify(current) !== JSON.stringify(wanted);
    if (opened.created || options.reset || current === null || (options.scale !== null && differs)) {
      const started = performance.now();
      await store.reseed(wanted);
      options.log(`Seeded the ${wanted.kind === 'scale' ? `large tenant (${wanted.users} users, ${wanted.groups} groups, ${wanted.assignments} assignments)` : 'Contoso tenant'} in ${Math.round(performance.now() - started)} ms.`);
    } else {
      // Counted ids start again at 1 with the process, and would collide with objects a kept tenant already has.
      if (options.deterministic) {
        await store.close();
        throw new ConfigError('Deterministic mode needs a freshly seeded tenant: add --reset (or use a new data dir).');
      }
      store.seed = current;
      // A data dir from before directory roles were stored: its assigned roles are active all the same.
      await activateAssignedRoles(store.db, options.contoso.tenantId);
    }
    return store;
  }

  get seedKind(): SeedKind {
    return this.seed;
  }

  /** Empties the tables and writes the seed again, in one transaction (also POST /_emulator/reset). */
  async reseed(seed: SeedKind = this.seed): Promise<void> {
    // The seed's PIM times are relative to the clock at seed time ("S" in emulator/CONTRACT.md).
    this.pimClock.reset();
    const now = this.pimClock.now();
    await this.db.transaction(async (tx) => {
      await clearTenant(tx);
      if (seed.kind === 'scale') await writeScaleTenant(tx, { ...seed, tenantId: this.contoso.tenantId, now });
      else await writeTenant(tx, contosoTenant(this.contoso, now));
      await activateAssignedRoles(tx, this.contoso.tenantId);
      await tx.query(`insert into meta (key, value) values ('seed', $1) on conflict (key) do update set value = excluded.value`, [JSON.stringify(seed)]);
    });
    this.seed = seed;
    this.newObjects.restart();
    this.pimSweeper.invalidate();
  }

  private background: Promise<void> = Promise.resolve();

  /** Writes the fresh-database template in the background once the emulator is serving (see db.ts). */
  saveTemplateInBackground(): void {
    // Only from the small Contoso database: a dump of the large tenant would be hundreds of MB.
    if (this.seed.kind === 'contoso') this.background = saveTemplateIfMissing(this.db);
  }

  async close(): Promise<void> {
    await this.background;
    await this.db.close();
  }
}

async function readSeedKind(db: Db): Promise<SeedKind | null> {
  const result = await db.query<{ value: string }>(`select value from meta where key = 'seed'`);
  const value = result.rows[0]?.value;
  return value ? (JSON.parse(value) as SeedKind) : null;
}

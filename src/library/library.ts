// Opening the library: the embedded folder or the server, migrated to the current schema.
import { openDb, type Db, type OpenOptions } from '../store/db.js';
import { migrate } from '../store/migrations.js';

export async function openLibrary(opts: OpenOptions = {}): Promise<Db> {
  const db = await openDb(opts);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

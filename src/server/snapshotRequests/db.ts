// The snapshot requests' database: SQLite (better-sqlite3) in `<data dir>/snapshot-requests.sqlite`.
// The schema is created and migrated at start (PRAGMA user_version counts the applied steps); every
// change of a request and its messages is written in one transaction (WAL journal, synchronous=FULL),
// so a crash leaves either the old or the new state, never half of both.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

const MIGRATIONS: string[] = [
  `CREATE TABLE requests (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     user TEXT NOT NULL,
     vm_id TEXT NOT NULL,
     vm_name TEXT NOT NULL,
     from_date INTEGER NOT NULL,
     valid_for INTEGER NOT NULL CHECK (valid_for BETWEEN 1 AND 72),
     to_date INTEGER NOT NULL,
     description TEXT NOT NULL,
     status TEXT NOT NULL,
     action TEXT NOT NULL,
     snap_id TEXT,
     task_id TEXT,
     delete_task_id TEXT,
     credential BLOB,
     created_on INTEGER NOT NULL,
     updated_on INTEGER NOT NULL
   );
   CREATE INDEX requests_status ON requests (status);
   CREATE INDEX requests_user ON requests (user);
   CREATE INDEX requests_vm ON requests (vm_id);
   CREATE TABLE messages (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
     at INTEGER NOT NULL,
     level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
     text TEXT NOT NULL
   );
   CREATE INDEX messages_request ON messages (request_id);`,
  // v2: whether the user goes through the engine's user API (`Filter: true`), as non-administrators must.
  `ALTER TABLE requests ADD COLUMN user_api INTEGER NOT NULL DEFAULT 0;`,
  // v3: which portal server wrote each message; when the engine was last asked to take or delete.
  `ALTER TABLE messages ADD COLUMN server TEXT;
   ALTER TABLE requests ADD COLUMN asked_on INTEGER;`,
];

export const DB_FILE = 'snapshot-requests.sqlite';

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) throw new Error(`snapshot requests database is newer (v${current}) than this server (v${MIGRATIONS.length})`);
  db.transaction(() => {
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}

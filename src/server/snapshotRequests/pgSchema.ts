// The snapshot requests' tables in PostgreSQL (`DATABASE_URL`), in the schema `portal` beside pg-boss's
// own (`pgboss`). Migrations run at start in one transaction under an advisory lock, so servers starting
// together apply each step once; `portal.schema_version` counts the applied steps. Times are bigint
// milliseconds on the engine's clock, as in SQLite.
import type { Pool } from 'pg';

const MIGRATIONS: string[] = [
  `CREATE TABLE portal.requests (
     id bigserial PRIMARY KEY,
     "user" text NOT NULL,
     vm_id text NOT NULL,
     vm_name text NOT NULL,
     from_date bigint NOT NULL,
     valid_for integer NOT NULL CHECK (valid_for BETWEEN 1 AND 72),
     to_date bigint NOT NULL,
     description text NOT NULL,
     status text NOT NULL,
     action text NOT NULL,
     snap_id text,
     task_id text,
     delete_task_id text,
     credential bytea,
     user_api integer NOT NULL DEFAULT 0,
     asked_on bigint,
     created_on bigint NOT NULL,
     updated_on bigint NOT NULL
   );
   CREATE INDEX requests_status ON portal.requests (status);
   CREATE INDEX requests_user ON portal.requests ("user");
   CREATE INDEX requests_vm ON portal.requests (vm_id);
   CREATE TABLE portal.messages (
     id bigserial PRIMARY KEY,
     request_id bigint NOT NULL REFERENCES portal.requests (id) ON DELETE CASCADE,
     at bigint NOT NULL,
     level text NOT NULL CHECK (level IN ('info', 'warning', 'error')),
     text text NOT NULL,
     server text
   );
   CREATE INDEX messages_request ON portal.messages (request_id);
   CREATE TABLE portal.servers (
     id text PRIMARY KEY,
     started_on bigint NOT NULL,
     seen_at timestamptz NOT NULL DEFAULT now()
   );`,
];

/** Arbitrary constant: the first key of the portal's advisory locks (the second is the request id). */
export const LOCK_SPACE = 0x5352; // "SR"

export async function migratePg(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_SPACE]);
    await client.query('CREATE SCHEMA IF NOT EXISTS portal');
    await client.query('CREATE TABLE IF NOT EXISTS portal.schema_version (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM portal.schema_version');
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) throw new Error(`snapshot requests database is newer (v${current}) than this server (v${MIGRATIONS.length})`);
    for (let v = current; v < MIGRATIONS.length; v++) await client.query(MIGRATIONS[v]);
    await client.query('DELETE FROM portal.schema_version');
    await client.query('INSERT INTO portal.schema_version (version) VALUES ($1)', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

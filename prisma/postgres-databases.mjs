// Creating and dropping whole databases on a PostgreSQL server: the migration engine's shadow database
// and the tests' throwaway databases. The server URL names any database the user can connect to
// (usually `postgres`); the user needs the CREATEDB privilege.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** @param {string} url @param {string} database */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** @param {string} name */
function quoteIdentifier(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * @template T
 * @param {string} serverUrl
 * @param {(client: pg.Client) => Promise<T>} fn
 */
async function withAdminClient(serverUrl, fn) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database (or a copy of `template`) with a unique name, and returns its URL.
 * @param {string} serverUrl
 * @param {{ prefix?: string, template?: string }} [options]
 */
export async function createDatabase(serverUrl, { prefix = "switchboard_tmp", template } = {}) {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`),
  );
  return { name, url: withDatabase(serverUrl, name) };
}

/**
 * Drops a database even while clients are still connected to it (their connections end).
 * @param {string} serverUrl
 * @param {string} name
 */
export async function dropDatabase(serverUrl, name) {
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}

/**
 * Creates the database `name` (a fixed name, e.g. the e2e suite's) and returns its URL.
 * @param {string} serverUrl
 * @param {string} name
 */
export async function createNamedDatabase(serverUrl, name) {
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  return withDatabase(serverUrl, name);
}

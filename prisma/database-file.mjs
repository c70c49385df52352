// Checks the SQLite file DATABASE_URL names before anything opens it, so a wrong path stops start-up
// at once with one line naming the path and the cause — instead of SQLite's bare "unable to open
// database file", or a read that never returns on a kernel file such as /proc/kmsg.
import { accessSync, constants, closeSync, existsSync, mkdirSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Kernel and device file systems: their files look regular but are not storage (and may block on read).
const VIRTUAL_ROOTS = ["/proc", "/sys", "/dev"];
const SQLITE_HEADER = "SQLite format 3\u0000";

/**
 * Turns `file:./x.db` (relative to process.cwd()) or `file:/abs/x.db` into an absolute path.
 * @param {string} databaseUrl
 */
export function sqlitePathFromUrl(databaseUrl) {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`Only SQLite "file:" database URLs are supported, got scheme "${databaseUrl.split(":")[0]}:".`);
  }
  const rest = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  if (!rest) throw new Error("DATABASE_URL has an empty file path.");
  if (rest.startsWith("//")) return fileURLToPath(`file:${rest}`);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), rest);
}

/** @param {string} target */
function realPathOfNearestExisting(target) {
  let current = target;
  while (!existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  const real = realpathSync(current);
  return path.join(real, path.relative(current, target));
}

/** @param {unknown} error */
function reason(error) {
  const code = /** @type {{ code?: string }} */ (error)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the file system is read-only";
  if (code === "ENOTDIR") return "part of the path is a file, not a folder";
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Why the SQLite file at `filePath` can't be used, or null when it can. Creates its folder when missing.
 * @param {string} filePath absolute path
 * @param {{ access?: (path: string, mode: number) => void }} [io] permission check (replaceable in tests: root may write anywhere)
 * @returns {string | null}
 */
export function databaseFileProblem(filePath, { access = accessSync } = {}) {
  const real = realPathOfNearestExisting(filePath);
  const root = VIRTUAL_ROOTS.find((prefix) => real === prefix || real.startsWith(`${prefix}/`));
  if (root) return `${filePath} is on ${root}, a kernel file system, not a place for a database file`;

  const folder = path.dirname(filePath);
  if (!existsSync(folder)) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      return `the folder ${folder} does not exist and can't be created (${reason(error)})`;
    }
  }
  if (!statSync(folder).isDirectory()) return `${folder} is not a folder`;
  // SQLite writes its journal (-wal, -shm) beside the database, so the folder itself must be writable.
  try {
    access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    return `the folder ${folder} is not writable (${reason(error)})`;
  }

  if (!existsSync(filePath)) return null;
  const stat = statSync(filePath);
  if (!stat.isFile()) return `${filePath} is not a regular file`;
  try {
    access(filePath, constants.R_OK | constants.W_OK);
  } catch (error) {
    return `${filePath} is not readable and writable (${reason(error)})`;
  }
  if (stat.size === 0) return null;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(filePath, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString("latin1") === SQLITE_HEADER ? null : `${filePath} is not an SQLite database`;
}

/** Throws one clear line when the database file can't be used. @param {string} filePath */
export function assertDatabaseFileUsable(filePath) {
  const problem = databaseFileProblem(filePath);
  if (problem) throw new Error(`DATABASE_URL: ${problem}`);
}

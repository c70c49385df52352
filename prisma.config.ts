// Prisma CLI configuration (used by `prisma generate` and, for users who have the Prisma binary,
// `prisma migrate deploy`). The app itself reads DATABASE_URL through lib/env.ts. A PostgreSQL URL
// selects the generated PostgreSQL schema and its migrations (docs/decisions/018-postgresql.md).
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/switchboard.db";
const postgres = /^postgres(ql)?:\/\//i.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});

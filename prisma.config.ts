// Prisma CLI configuration (used by `prisma generate` and, for users who have the
// Prisma binary, `prisma migrate deploy`). The app itself reads DATABASE_URL through lib/env.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/switchboard.db" },
});

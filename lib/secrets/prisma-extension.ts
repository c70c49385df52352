// Wraps a Prisma client so the fields of ENCRYPTED_FIELDS are sealed on write and opened on read.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openResult, sealArgs, type EncryptedFieldMap } from "./fields";

export function createEncryptedClient(client: PrismaClient, fields: EncryptedFieldMap, keys: () => readonly Buffer[]) {
  const allFields = new Set(Object.values(fields).flat());
  return client.$extends({
    name: "encrypted-fields",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const modelFields = fields[model] ?? [];
          const sealed = sealArgs(operation, args, modelFields, modelFields.length ? keys() : []);
          const result = await query(sealed);
          return allFields.size ? openResult(result, allFields, keys()) : result;
        },
      },
    },
  });
}

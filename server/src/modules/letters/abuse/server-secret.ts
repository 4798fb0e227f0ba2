// Secrets every server instance must share (the ALTCHA signing key, the access-code key): made
// once from the CSPRNG by whichever instance needs one first, kept in ServerSecret, read by all.
// Nothing to configure, nothing in the environment or the repository. Rotating one is deleting
// its row: challenges in flight and codes of repeated submissions made before then stop working.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../../db/index.js";

export type SecretName = "altcha.hmac" | "letters.access-code";

const cache = new WeakMap<PrismaClient, Map<SecretName, Promise<string>>>();

/**
 * The secret called `name`, created on first use and cached per database. Never call it inside a
 * transaction: a secret created there and rolled back would stay cached without existing, and
 * the embedded database's single connection would wait for the transaction anyway.
 */
export function serverSecret(prisma: PrismaClient, name: SecretName): Promise<string> {
  let byName = cache.get(prisma);
  if (!byName) {
    byName = new Map();
    cache.set(prisma, byName);
  }
  let secret = byName.get(name);
  if (!secret) {
    secret = readOrCreate(prisma, name);
    byName.set(name, secret);
    // A failed read is not kept: the next caller tries again.
    secret.catch(() => byName.delete(name));
  }
  return secret;
}

async function readOrCreate(db: PrismaClient, name: SecretName): Promise<string> {
  // Two instances starting together both insert; skipDuplicates keeps the first, and both read it.
  await db.serverSecret.createMany({
    data: [{ name, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.serverSecret.findUniqueOrThrow({ where: { name } });
  return row.value;
}

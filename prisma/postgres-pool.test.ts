import { describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "./database-url";
import { createPrismaClient } from "./client";
import { isDatabaseUnavailable } from "../lib/server/data-access-error";

// A full connection pool gives a 503-class error within a bounded time, never a hang: with one
// connection held by a long transaction, a query waits at most pool_timeout (1 s here) for it.
// PostgreSQL only (TEST_DATABASE_URL: the PostgreSQL pass of `npm test`).
const base = process.env.TEST_DATABASE_URL?.trim();

describe.skipIf(!base)("a full PostgreSQL pool", () => {
  it("fails a query after pool_timeout, recognised as the database being unavailable", { timeout: 60_000 }, async () => {
    const url = new URL(base as string);
    url.searchParams.set("connection_limit", "1");
    url.searchParams.set("pool_timeout", "1");
    const prisma = createPrismaClient(resolveDatabaseTarget(url.toString()));
    try {
      let release = () => {};
      let entered = () => {};
      const holding = new Promise<void>((r) => (entered = r));
      const held = prisma.$transaction(
        async (tx) => {
          await tx.$queryRawUnsafe("SELECT 1");
          entered();
          await new Promise<void>((r) => (release = r));
        },
        { timeout: 30_000 },
      );
      await holding; // the one connection is taken
      const started = Date.now();
      const err = await prisma.$queryRawUnsafe("SELECT 1").then(() => null, (e: unknown) => e);
      const waited = Date.now() - started;
      release();
      await held;
      expect(err).not.toBeNull();
      expect(isDatabaseUnavailable(err)).toBe(true);
      expect(waited).toBeGreaterThanOrEqual(900);
      expect(waited).toBeLessThan(5_000);
      // The pool recovers as soon as the connection is free again.
      expect(await prisma.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await prisma.$disconnect();
    }
  });
});

import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// A staff write on SQLite while a writer in another process (a seed, `npm run user:add`, a second
// instance) holds the write lock and then commits: writeTransaction waits its turn and succeeds. A
// transaction begun DEFERRED that reads first fails at once instead (SQLite refuses the reader's
// upgrade rather than deadlock): the control below shows that this test can see that failure.

const { dbFile } = seededDatabaseForThisFile("guide-write-lock-");
const SLUG = "yucheng-international-hotel";
const HOLD_MS = 600;

/** Another process takes the write lock, writes, holds it HOLD_MS, then commits; resolves once it holds the lock. */
function otherWriter(): { locked: Promise<void>; done: Promise<number | null> } {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(dbFile)}, { timeout: 10000 });
    db.prepare("BEGIN IMMEDIATE").run();
    db.prepare('UPDATE "Place" SET "summaryEn" = "summaryEn" WHERE "slug" = ?').run(${JSON.stringify(SLUG)});
    process.stdout.write("locked\\n");
    setTimeout(() => { db.prepare("COMMIT").run(); db.close(); }, ${HOLD_MS});
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the other writer exited (${code}) before taking the lock`)));
  });
  const done = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { locked, done };
}

/** Reads the place, waits until the other writer is committing, then writes it. */
async function readThenWrite(tx: import("@/lib/server/generated/prisma/client").Prisma.TransactionClient) {
  const place = await tx.place.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, version: true } });
  await new Promise((r) => setTimeout(r, HOLD_MS + 200));
  await tx.place.update({ where: { id: place.id }, data: { version: place.version + 1 } });
  return place.version + 1;
}

describe("writeTransaction on SQLite, with a writer in another process", () => {
  it("waits for the other writer, then writes", async () => {
    const { writeTransaction, prisma } = await import("./db");
    const before = (await prisma.place.findUniqueOrThrow({ where: { slug: SLUG } })).version;
    const other = otherWriter();
    await other.locked;
    const version = await writeTransaction(readThenWrite);
    expect(await other.done).toBe(0);
    expect(version).toBe(before + 1);
    expect((await prisma.place.findUniqueOrThrow({ where: { slug: SLUG } })).version).toBe(before + 1);
  }, 30_000);

  it("control: a transaction begun DEFERRED that reads first fails at once, and writes nothing", async () => {
    const { prisma } = await import("./db");
    const before = (await prisma.place.findUniqueOrThrow({ where: { slug: SLUG } })).version;
    const other = otherWriter();
    await other.locked;
    await expect(prisma.$transaction(readThenWrite, { maxWait: 15_000, timeout: 20_000 })).rejects.toThrow();
    expect(await other.done).toBe(0);
    expect((await prisma.place.findUniqueOrThrow({ where: { slug: SLUG } })).version).toBe(before);
  }, 30_000);
});

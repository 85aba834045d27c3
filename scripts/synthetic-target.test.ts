import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticTarget } from "./synthetic-target";

const cwd = "/srv/guide";

describe("syntheticTarget", () => {
  it("defaults to prisma/synthetic.db", () => {
    expect(syntheticTarget({ out: undefined, databaseUrl: undefined, cwd })).toEqual({ ok: true, kind: "sqlite", url: "file:/srv/guide/prisma/synthetic.db", file: "/srv/guide/prisma/synthetic.db" });
  });

  it("refuses the real database, the e2e databases and the app's DATABASE_URL", () => {
    for (const out of ["file:./prisma/guide.db", `file:${path.join(process.cwd(), "prisma", "guide.db")}`, "file:./prisma/e2e.db", "file:prisma/e2e-3206.db"]) {
      const target = syntheticTarget({ out, databaseUrl: undefined, cwd: out.includes(process.cwd()) ? process.cwd() : cwd });
      expect(target.ok, out).toBe(false);
    }
    const app = syntheticTarget({ out: undefined, databaseUrl: "file:./prisma/synthetic.db", cwd });
    expect(app).toEqual({ ok: false, reason: expect.stringContaining("DATABASE_URL") });
    expect(syntheticTarget({ out: "file:./prisma/live.db", databaseUrl: "file:/srv/guide/prisma/live.db", cwd }).ok).toBe(false);
  });

  it("accepts another file, even while DATABASE_URL names the real one", () => {
    expect(syntheticTarget({ out: "file:/tmp/county.db", databaseUrl: "file:./prisma/guide.db", cwd })).toEqual({ ok: true, kind: "sqlite", url: "file:/tmp/county.db", file: "/tmp/county.db" });
  });

  it("refuses what is not a SQLite file URL", () => {
    expect(syntheticTarget({ out: "file:", databaseUrl: undefined, cwd }).ok).toBe(false);
    expect(syntheticTarget({ out: "./x.db", databaseUrl: undefined, cwd }).ok).toBe(false);
  });

  it("takes a PostgreSQL schema of its own, never public nor the app's own", () => {
    const pg = "postgres://guide:secret@db.example:5432/county";
    expect(syntheticTarget({ out: `${pg}?schema=synthetic`, databaseUrl: `${pg}?schema=guide`, cwd })).toMatchObject({ ok: true, kind: "postgres", url: `${pg}?schema=synthetic` });
    for (const out of [pg, `${pg}?schema=public`]) {
      expect(syntheticTarget({ out, databaseUrl: undefined, cwd }), out).toEqual({ ok: false, reason: expect.stringContaining("schema of its own") });
    }
    // the app's database and schema, whoever connects and however the pool is sized
    const same = syntheticTarget({ out: "postgresql://other@db.example/county?schema=guide&connection_limit=3", databaseUrl: `${pg}?schema=guide`, cwd });
    expect(same).toEqual({ ok: false, reason: expect.stringContaining("DATABASE_URL") });
    expect(syntheticTarget({ out: `${pg}?schema=bad-name`, databaseUrl: undefined, cwd }).ok).toBe(false);
  });
});

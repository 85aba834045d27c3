import { describe, expect, it, vi } from "vitest";
import { lazyModule } from "./lazy-module";

type Status = { status?: string; value?: unknown; reason?: unknown };

describe("lazyModule", () => {
  it("imports once, and marks the promise fulfilled with the module for React's use()", async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const part = lazyModule(importer);
    expect(importer).not.toHaveBeenCalled(); // nothing loads until it is wanted
    expect(part.peek()).toBeNull();
    const first = part.load();
    expect(part.peek()).toBeNull(); // still loading
    expect((first as Status).status).toBe("pending");
    expect(part.load()).toBe(first);
    await first;
    expect(first as Status).toMatchObject({ status: "fulfilled", value: { answer: 42 } });
    expect(part.peek()).toEqual({ answer: 42 });
    expect(part.load()).toBe(first);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it("a failed load stays failed for read() (use() throws it to the error boundary); load() imports again (a retry)", async () => {
    const failure = new Error("chunk failed");
    const importer = vi.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce({ ok: true });
    const part = lazyModule<{ ok: boolean }>(importer);
    const failed = part.read();
    await expect(failed).rejects.toBe(failure);
    expect(failed as Status).toMatchObject({ status: "rejected", reason: failure });
    expect(part.read()).toBe(failed); // a render after the failure does not ask again by itself
    expect(importer).toHaveBeenCalledTimes(1);
    const again = part.load();
    expect(again).not.toBe(failed);
    await expect(again).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it("a module evaluated with the page settles it: load() then gives it without importing", async () => {
    const importer = vi.fn(() => Promise.resolve({ from: "import" }));
    const part = lazyModule(importer);
    part.settle({ from: "page" });
    const loaded = part.load();
    expect(loaded as Status).toMatchObject({ status: "fulfilled", value: { from: "page" } });
    await expect(loaded).resolves.toEqual({ from: "page" });
    expect(importer).not.toHaveBeenCalled();
    part.settle({ from: "again" }); // a loaded module stays as it is
    expect(part.load() as Status).toMatchObject({ value: { from: "page" } });
  });

  it("a load that fails with no reason (Turbopack's failed chunk) gives use() an Error to throw", async () => {
    const part = lazyModule(() => Promise.reject(undefined));
    const failed = part.read();
    await failed.catch(() => undefined);
    expect((failed as Status).reason).toBeInstanceOf(Error);
  });
});

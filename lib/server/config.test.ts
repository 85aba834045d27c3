import { afterEach, describe, expect, it, vi } from "vitest";
import { getTileConfig } from "./config";

afterEach(() => vi.unstubAllEnvs());

describe("getTileConfig: may the township's tiles be saved in bulk?", () => {
  it("never with the default provider, OpenStreetMap's public servers", () => {
    vi.stubEnv("TILE_URL", undefined);
    vi.stubEnv("TILE_BULK_DOWNLOAD", "allowed");
    expect(getTileConfig().bulkDownloadAllowed).toBe(false);
    vi.stubEnv("TILE_URL", "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(getTileConfig().bulkDownloadAllowed).toBe(false);
  });

  it("only when the operator allows it for their own tile server", () => {
    vi.stubEnv("TILE_URL", "https://tiles.example.org/{z}/{x}/{y}.png");
    expect(getTileConfig().bulkDownloadAllowed).toBe(false);
    vi.stubEnv("TILE_BULK_DOWNLOAD", "allowed");
    expect(getTileConfig().bulkDownloadAllowed).toBe(true);
  });

  it("refuses any other value with a message that says what to set", () => {
    vi.stubEnv("TILE_BULK_DOWNLOAD", "yes");
    expect(() => getTileConfig()).toThrow('TILE_BULK_DOWNLOAD must be "allowed" (or unset)');
  });
});

import "server-only";
import { cache } from "react";
import { prisma } from "./db";
import { dbRead } from "./data-access-error";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import type { VillageRef } from "@/lib/domain/place";

const loadVillages = cachedRead(
  "villages",
  [CACHE_TAGS.villages],
  (): Promise<VillageRef[]> =>
    dbRead(() => prisma.village.findMany({ select: { slug: true, nameZh: true, nameEn: true, pinyin: true }, orderBy: { code12: "asc" } })),
);

/** The township's administrative villages, in code order (cached across requests). */
export const getVillages = cache((): Promise<VillageRef[]> => loadVillages());

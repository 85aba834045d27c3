import "server-only";
import { cache } from "react";
import { prisma } from "./db";
import { dbRead } from "./data-access-error";
import type { VillageRef } from "@/lib/domain/place";

/** The township's administrative villages, in code order. */
export const getVillages = cache(
  (): Promise<VillageRef[]> =>
    dbRead(() => prisma.village.findMany({ select: { slug: true, nameZh: true, nameEn: true, pinyin: true }, orderBy: { code12: "asc" } })),
);

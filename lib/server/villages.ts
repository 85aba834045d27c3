import "server-only";
import { prisma } from "./db";
import type { VillageRef } from "@/lib/domain/place";

/** The township's administrative villages, in code order. */
export async function getVillages(): Promise<VillageRef[]> {
  return prisma.village.findMany({
    select: { slug: true, nameZh: true, nameEn: true, pinyin: true },
    orderBy: { code12: "asc" },
  });
}

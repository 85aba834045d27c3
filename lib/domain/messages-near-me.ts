import type { Lang } from "./i18n";
import type { CompassPoint } from "./near-me";

// The answer of "Near me" (components/near-me-result.tsx, loaded with the first "Near me"): the
// accuracy, "not there yet", the nearest places and "start my plan here", in Chinese and English.
const zh = {
  nearMeAccuracy: (m: number) => `定位误差约 ${m} 米。`,
  nearMeLowAccuracy: (m: number) => `定位不够精确：误差约 ${m} 米，下面的距离和方向可能有偏差。`,
  nearMeNotThereYet: (km: string) => `你离三官寺土家族乡还有约 ${km} 公里，还没到这里。到了乡里再看附近的地点吧。`,
  nearMeListHeading: "离你最近的地点（直线距离）",
  nearMeNone: "附近没有已知位置的地点。",
  nearMeDirection: (direction: string, distance: string) => `${direction}方 ${distance}`,
  nearMeSameSpot: "就在你的位置",
  compass: { N: "北", NE: "东北", E: "东", SE: "东南", S: "南", SW: "西南", W: "西", NW: "西北" } satisfies Record<CompassPoint, string>,
  nearMeVillageLevel: "（只知所在村）",
  startPlanHere: "从这里开始我的行程",
  startPlanDone: "行程的起点已设为你的位置。",
};

export type NearMeMessages = typeof zh;

const en: NearMeMessages = {
  nearMeAccuracy: (m: number) => `Accurate to about ${m} m.`,
  nearMeLowAccuracy: (m: number) => `Low accuracy: your position is only known to within about ${m} m, so the distances and directions below may be off.`,
  nearMeNotThereYet: (km: string) => `You are about ${km} km from Sanguansi Tujia Ethnic Township: you are not there yet. Nearby places are shown once you arrive.`,
  nearMeListHeading: "Nearest places (straight line)",
  nearMeNone: "No place with a known spot is near.",
  nearMeDirection: (direction: string, distance: string) => `${distance} ${direction}`,
  nearMeSameSpot: "right where you are",
  compass: { N: "north", NE: "northeast", E: "east", SE: "southeast", S: "south", SW: "southwest", W: "west", NW: "northwest" },
  nearMeVillageLevel: " (village only)",
  startPlanHere: "Start my plan here",
  startPlanDone: "Your plan now starts at your location.",
};

export function nearMeMessages(lang: Lang): NearMeMessages {
  return lang === "en" ? en : zh;
}

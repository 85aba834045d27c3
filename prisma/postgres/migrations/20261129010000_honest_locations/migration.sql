-- GENERATED from prisma/migrations/20261129010000_honest_locations/migration.sql by prisma/postgres-data-migration.ts: do not edit.
-- Honest locations (tracker issue 9, "An honest map" and "Locations"): the same fixes as
-- data/guide-data.json, for a database seeded before them (db-setup seeds only an empty database).
-- 1. No invented points: a township- or village-level place has no point of its own (a
--    village-level place is drawn at its village's point when that village has one).
-- 2. Each seeded place's location as the data file now gives it (罗潭 has one precision, the
--    seat's point has two sources, the glass bridge is at Wikipedia's 29.3987, 110.6982), its
--    version bumped so that a form opened before this change cannot overwrite it.
-- 3. The two new sources (Vonng/adcode, Wikipedia's glass bridge) and their citations.
-- On an empty database (a fresh install) every statement changes nothing, the seed then writes
-- the same values.

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "version" = "version" + 1
WHERE "precision" IN ('township', 'village') AND ("lat" IS NOT NULL OR "lng" IS NOT NULL);

UPDATE "Place" SET "lat" = 29.428889, "lng" = 110.651389, "precision" = 'approximate', "precisionRadiusM" = 2000,
  "locationNoteZh" = '标记是乡政府所在地的坐标（北纬29.428889°、东经110.651389°）：英文维基百科“三官寺”条目给出北纬29°25′44″、东经110°39′05″，Vonng/adcode数据中乡政府（430821211000）的坐标为GCJ-02的东经110.65628°、北纬29.425601°，换算为WGS-84后与前者相差约49米。两处资料都没有说明坐标指向哪座建筑。资料说明乡政府驻三官寺村（老街），故把三官寺村放在此点；村的范围资料未给出，村内地点可能离此点约2公里（估计）。',
  "locationNoteEn" = E'The marker is the township seat''s coordinate (29.428889°N, 110.651389°E): English Wikipedia''s "Sanguansi" gives 29°25′44″N 110°39′05″E, and the Vonng/adcode dataset gives the township government (430821211000) at 110.65628°E, 29.425601°N in GCJ-02, which converted to WGS-84 lies about 49 m from the former. Neither source says which building it marks. Sources say the township government sits in Sanguansi Village (the old street), so the village is placed here\073 no source gives the village''s extent, and places in it may be about 2 km from this point (an estimate).',
  "version" = "version" + 1
WHERE "slug" = 'village-sanguansi';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出苗岭村的名称、区划代码和2022年报道中的治理做法，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only Miaoling''s name, code and the governance measures in the 2022 report, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-miaoling';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出云山村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Yunshan Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-yunshan';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出丰坪村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Fengping Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-fengping';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出大泉村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Daquan Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-daquan';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出双高村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Shuanggao Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-shuanggao';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只说明袁任远故居等在株木岗村，而株木岗村本身的位置资料未给出。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources place Yuan Renyuan''s former residence and the pilot in Zhumugang Village, but give no position for the village itself. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-zhumugang';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只说罗潭村位于全乡西部，没有给出坐标（此前的点是由此推算的，没有出处，已删除）。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources only say Luotan lies in the western part of the township and give no coordinate (the point used before was derived from that, with no source, and has been removed). It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-luotan';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出湖南泉村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Hunanquan Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-hunanquan';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出袁家庄村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Yuanjiazhuang Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-yuanjiazhuang';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出张家溶村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Zhangjiarong Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-zhangjiarong';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出胡家坪村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Hujiaping Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-hujiaping';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出界河村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Jiehe Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-jiehe';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出龙岗村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Longgang Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-longgang';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出太华山村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Taihuashan Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-taihuashan';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出大峡谷村的名称和区划代码；它与大峡谷景区的关系只是推测，因此不放在景区坐标上。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only Daxiagu''s name and code\073 its link to the canyon scenic area is only an inference, so it is not placed at the canyon. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-daxiagu';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只给出新民村的名称和区划代码，没有它的位置。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources give only the name and division code of Xinmin Village, not its position. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'village-xinmin';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只说明袁任远故居在株木岗村，而株木岗村本身的位置资料未给出。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources only say the residence is in Zhumugang Village, and the village''s own position is not known. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'yuan-renyuan-former-residence';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：2022年报道只把这项规划列为株木岗村红色美丽村庄试点的措施，没有给出地点，而株木岗村本身的位置资料也未给出。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the 2022 report only lists this plan among the measures of the Zhumugang red-village pilot, with no site, and the village''s own position is not known. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'zhumugang-red-culture-landscape';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：2022年报道只把这项规划列为株木岗村红色美丽村庄试点的措施，没有给出地点，而株木岗村本身的位置资料也未给出。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the 2022 report only lists this plan among the measures of the Zhumugang red-village pilot, with no site, and the village''s own position is not known. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'zhumugang-specialty-products-hall';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：2022年报道只把这项规划列为株木岗村红色美丽村庄试点的措施，没有给出地点，而株木岗村本身的位置资料也未给出。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the 2022 report only lists this plan among the measures of the Zhumugang red-village pilot, with no site, and the village''s own position is not known. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'zhumugang-reception-conference-centre';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'village', "precisionRadiusM" = 3000,
  "locationNoteZh" = '位置未知：资料只说明九歌山鬼在罗潭村，未给出具体地点，而罗潭村本身也没有已知坐标（资料只说它在全乡西部）。按村级位置处理：罗潭村有了已知坐标后，它将显示在罗潭村的位置，并标明只知所在村；村内地点离村的位置可能约3公里（估计：17个村共约113平方公里）。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources only say the park is in Luotan Village, with no exact spot, and the village itself has no known point (sources only say it lies in the west of the township). It is treated as village-level: once Luotan Village has a known point, it will be shown there, marked as village-level\073 a spot in the village may be about 3 km from the village''s point (an estimate: the 17 villages share about 113 km²). It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'jiuge-shangui';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只在2022年报道中提到“黑骏马文化部落”这一名称，没有给出所在村或具体地点。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the only source is the 2022 report, which names Heijunma Culture Tribe but gives no village or site. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'heijunma-culture-tribe';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只在2022年报道中提到“悬崖花开房车营地”这一名称，没有给出所在村或具体地点。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the only source is the 2022 report, which names Xuanya Huakai RV Camp but gives no village or site. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'xuanya-huakai-rv-camp';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只在2022年报道中提到“台湾风情小镇”这一名称，没有给出所在村或具体地点。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the only source is the 2022 report, which names Taiwan-style Town but gives no village or site. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'taiwan-style-town';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只在2022年报道中提到“梦蝶庄精品酒店”这一名称，没有给出所在村或具体地点。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the only source is the 2022 report, which names Mengdiezhuang Boutique Hotel but gives no village or site. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'mengdiezhuang-boutique-hotel';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只在2022年报道中提到“宇成国际酒店”这一名称，没有给出所在村或具体地点。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the only source is the 2022 report, which names Yucheng International Hotel but gives no village or site. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'yucheng-international-hotel';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'township', "precisionRadiusM" = 0,
  "locationNoteZh" = '位置未知：资料只在2022年报道中提到“民族风情街”这一名称，没有给出所在村或具体地点。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: the only source is the 2022 report, which names Ethnic Customs Street but gives no village or site. It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'ethnic-customs-street';

UPDATE "Place" SET "lat" = 29.3987, "lng" = 110.6982, "precision" = 'approximate', "precisionRadiusM" = 3000,
  "locationNoteZh" = '标记是英文维基百科“张家界玻璃桥”条目给出的坐标（北纬29°23′55″、东经110°41′54″，即北纬29.3987°、东经110.6982°）；另有两组公开数据与之相差约200米以内。玻璃桥在景区内；景区规划面积约22平方公里，这里以玻璃桥的位置代表景区，入口、出口和游道的位置资料未给出，景区内的地点可能离标记约3公里（估计）。所在村：资料称玻璃桥位于栗树垭村、建设用地涉及栗树垭和吴王坡，但这两个名称不在2021年的17个村名单中；是否属今大峡谷村未经证实，因此不标注所在村。',
  "locationNoteEn" = E'The marker is the coordinate in English Wikipedia''s "Zhangjiajie Glass Bridge" (29°23′55″N 110°41′54″E, i.e. 29.3987°N, 110.6982°E)\073 two other public datasets agree with it within about 200 m. The bridge lies in the scenic area\073 the area covers about 22 km² (planned), so the bridge''s point stands for it. No source gives the entrances, exit or trail, and spots in the area may be about 3 km from the marker (an estimate). Village: sources place the bridge in Lishuya (栗树垭) Village, with land in Lishuya and Wuwangpo (吴王坡), but neither name is on the 2021 list of 17 villages\073 whether it now belongs to Daxiagu Village is unverified, so no village is set.',
  "version" = "version" + 1
WHERE "slug" = 'zhangjiajie-grand-canyon';

UPDATE "Place" SET "lat" = 29.3987, "lng" = 110.6982, "precision" = 'approximate', "precisionRadiusM" = 500,
  "locationNoteZh" = '标记是英文维基百科“张家界玻璃桥”条目给出的坐标（北纬29°23′55″、东经110°41′54″，即北纬29.3987°、东经110.6982°）；另有两组公开数据与之相差约200米以内。桥长430米，标记可能离桥的任一端数百米（估计）。所在村：资料称玻璃桥位于栗树垭村、建设用地涉及栗树垭和吴王坡，但这两个名称不在2021年的17个村名单中；是否属今大峡谷村未经证实，因此不标注所在村。',
  "locationNoteEn" = E'The marker is the coordinate in English Wikipedia''s "Zhangjiajie Glass Bridge" (29°23′55″N 110°41′54″E, i.e. 29.3987°N, 110.6982°E)\073 two other public datasets agree with it within about 200 m. The bridge is 430 m long\073 the marker may be a few hundred metres from either end (an estimate). Village: sources place the bridge in Lishuya (栗树垭) Village, with land in Lishuya and Wuwangpo (吴王坡), but neither name is on the 2021 list of 17 villages\073 whether it now belongs to Daxiagu Village is unverified, so no village is set.',
  "version" = "version" + 1
WHERE "slug" = 'zhangjiajie-grand-canyon-glass-bridge';

UPDATE "Place" SET "lat" = 29.428889, "lng" = 110.651389, "precision" = 'approximate', "precisionRadiusM" = 2000,
  "locationNoteZh" = '标记是乡政府所在地的坐标（北纬29.428889°、东经110.651389°）：英文维基百科“三官寺”条目给出北纬29°25′44″、东经110°39′05″，Vonng/adcode数据中乡政府（430821211000）的坐标为GCJ-02的东经110.65628°、北纬29.425601°，换算为WGS-84后与前者相差约49米。两处资料都没有说明坐标指向哪座建筑。乡政府可能离此点约2公里（估计）。',
  "locationNoteEn" = 'The marker is the township seat''s coordinate (29.428889°N, 110.651389°E): English Wikipedia''s "Sanguansi" gives 29°25′44″N 110°39′05″E, and the Vonng/adcode dataset gives the township government (430821211000) at 110.65628°E, 29.425601°N in GCJ-02, which converted to WGS-84 lies about 49 m from the former. Neither source says which building it marks. The government building may be about 2 km from this point (an estimate).',
  "version" = "version" + 1
WHERE "slug" = 'township-government';

UPDATE "Place" SET "lat" = 29.428889, "lng" = 110.651389, "precision" = 'approximate', "precisionRadiusM" = 2000,
  "locationNoteZh" = '标记是乡政府所在地的坐标（北纬29.428889°、东经110.651389°）：英文维基百科“三官寺”条目给出北纬29°25′44″、东经110°39′05″，Vonng/adcode数据中乡政府（430821211000）的坐标为GCJ-02的东经110.65628°、北纬29.425601°，换算为WGS-84后与前者相差约49米。两处资料都没有说明坐标指向哪座建筑。资料说明乡政府驻三官寺村老街，故把老街放在此点；老街可能离此点约2公里（估计）。',
  "locationNoteEn" = E'The marker is the township seat''s coordinate (29.428889°N, 110.651389°E): English Wikipedia''s "Sanguansi" gives 29°25′44″N 110°39′05″E, and the Vonng/adcode dataset gives the township government (430821211000) at 110.65628°E, 29.425601°N in GCJ-02, which converted to WGS-84 lies about 49 m from the former. Neither source says which building it marks. Sources say the township government sits on the old street of Sanguansi Village, so the street is placed here\073 it may be about 2 km from this point (an estimate).',
  "version" = "version" + 1
WHERE "slug" = 'sanguansi-old-street';

UPDATE "Place" SET "lat" = NULL, "lng" = NULL, "precision" = 'village', "precisionRadiusM" = 3000,
  "locationNoteZh" = '位置未知：资料只说明采摘园在罗潭村，未给出具体地点，而罗潭村本身也没有已知坐标（资料只说它在全乡西部）。按村级位置处理：罗潭村有了已知坐标后，它将显示在罗潭村的位置，并标明只知所在村；村内地点离村的位置可能约3公里（估计：17个村共约113平方公里）。地图上没有它的标记：它列在“位置待定”里（该标记放在乡政府旁，只是一份名单，不代表任何地点的位置）。它只知在三官寺土家族乡境内，离乡政府可能超过7公里（乡的西界距乡政府约7公里）。',
  "locationNoteEn" = E'Location unknown: sources only say the gardens are in Luotan Village, with no exact spot, and the village itself has no known point (sources only say it lies in the west of the township). It is treated as village-level: once Luotan Village has a known point, it will be shown there, marked as village-level\073 a spot in the village may be about 3 km from the village''s point (an estimate: the 17 villages share about 113 km²). It has no marker on the map: it is listed under "位置待定 / places without a known spot" (that marker stands beside the township seat\073 it is a list, not anyone''s location). It is only known to be in Sanguansi Township, possibly more than 7 km from the township seat (the township''s west border is about 7 km west of the seat).',
  "version" = "version" + 1
WHERE "slug" = 'luotan-picking-gardens';

-- Only in a seeded database (an empty one gets them from the seed).
INSERT INTO "Source" ("key", "title", "publisher", "url", "published", "confidence")
SELECT 'vonng-adcode', 'adcode: 中国行政区划代码与坐标（data/adcode/430821.csv，430821211000 三官寺土家族乡）', 'Vonng/adcode (GitHub)', 'https://github.com/Vonng/adcode', NULL, 'medium'
WHERE EXISTS (SELECT 1 FROM "Place") ON CONFLICT DO NOTHING;

INSERT INTO "Source" ("key", "title", "publisher", "url", "published", "confidence")
SELECT 'wikipedia-zhangjiajie-glass-bridge', 'Zhangjiajie Glass Bridge', 'English Wikipedia', 'https://en.wikipedia.org/wiki/Zhangjiajie_Glass_Bridge', NULL, 'medium'
WHERE EXISTS (SELECT 1 FROM "Place") ON CONFLICT DO NOTHING;

INSERT INTO "PlaceSource" ("placeId", "sourceId", "note")
SELECT p."id", s."id", '乡政府坐标（GCJ-02）：东经110.65628°、北纬29.425601°；换算为WGS-84：北纬29.42845°、东经110.65144°' FROM "Place" p, "Source" s WHERE p."slug" = 'village-sanguansi' AND s."key" = 'vonng-adcode' ON CONFLICT DO NOTHING;

INSERT INTO "PlaceSource" ("placeId", "sourceId", "note")
SELECT p."id", s."id", '玻璃桥的坐标' FROM "Place" p, "Source" s WHERE p."slug" = 'zhangjiajie-grand-canyon' AND s."key" = 'wikipedia-zhangjiajie-glass-bridge' ON CONFLICT DO NOTHING;

INSERT INTO "PlaceSource" ("placeId", "sourceId", "note")
SELECT p."id", s."id", '坐标：北纬29°23′55″、东经110°41′54″' FROM "Place" p, "Source" s WHERE p."slug" = 'zhangjiajie-grand-canyon-glass-bridge' AND s."key" = 'wikipedia-zhangjiajie-glass-bridge' ON CONFLICT DO NOTHING;

INSERT INTO "PlaceSource" ("placeId", "sourceId", "note")
SELECT p."id", s."id", '乡政府坐标（GCJ-02）：东经110.65628°、北纬29.425601°；换算为WGS-84：北纬29.42845°、东经110.65144°' FROM "Place" p, "Source" s WHERE p."slug" = 'township-government' AND s."key" = 'vonng-adcode' ON CONFLICT DO NOTHING;

INSERT INTO "PlaceSource" ("placeId", "sourceId", "note")
SELECT p."id", s."id", '乡政府坐标（GCJ-02）：东经110.65628°、北纬29.425601°；换算为WGS-84：北纬29.42845°、东经110.65144°' FROM "Place" p, "Source" s WHERE p."slug" = 'sanguansi-old-street' AND s."key" = 'vonng-adcode' ON CONFLICT DO NOTHING;

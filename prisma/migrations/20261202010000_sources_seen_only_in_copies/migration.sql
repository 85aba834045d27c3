-- Sources seen only in a republished copy (tracker issue 9, "Source links"): no publisher's page was
-- found for these eight in the stored pages, and a copy is never linked. For a database seeded
-- before, this applies the same change as data/guide-data.json: the citation keeps its title (and
-- the publisher where the copy names one, else none: the copy's site is not the publisher), loses
-- its URL and is marked "publisherPageUnknown", which the pages show as "原文网址未知（只见到转载）/
-- publisher's page not known (seen only in a republished copy)". Confidence stays as it was
-- (medium): nothing is presented as more certain. Each row changes only while it still holds the
-- seeded URL; the places and routes citing these sources keep their citations.
-- prisma/sources-seen-only-in-copies-migration.test.ts checks it; the README's data section lists
-- the decisions. Needs the column of 20261202000000_source_publisher_page_unknown.

UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = NULL WHERE "key" = '9aivip-sanguansi' AND "url" = 'http://9aivip.com/item/%E4%B8%89%E5%AE%98%E5%AF%BA%E5%9C%9F%E5%AE%B6%E6%97%8F%E4%B9%A1/3150928';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = NULL WHERE "key" = 'ciyuzhan-sanguansi-placename' AND "url" = 'http://www.ciyuzhan.com/lishi/diming/e4b889e5ae98e5afba';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = NULL WHERE "key" = 'maika88-yuan-renyuan' AND "url" = 'http://www.maika88.com/content/2021/10/29/10345689.html';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = NULL WHERE "key" = 'victorzhang-yuan-renyuan' AND "url" = 'http://www.victorzhang.cn/page/2021/0520/8358551.shtml';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = NULL WHERE "key" = 'soolun-yuan-renyuan' AND "url" = 'https://soolun.net/periodical/15e177c23839b964c682a34d0d257694.html';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = NULL WHERE "key" = 'fx361-yuan-renyuan' AND "url" = 'https://fx361.cc/page/2014/0922/1542326.shtml';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = '文化和旅游部、共青团中央' WHERE "key" = 'bkbbs-luotan-route-2022' AND "url" = 'http://bkbbs.net/sh/lyzs/658709.html';
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = '新湖南《湖湘寻桥记》' WHERE "key" = 'yd166-yuntiandu-name' AND "url" = 'https://m.yd166.com/shenghuo/5656306327.html';
-- English Wikipedia's "Sanguansi" (the township seat's coordinate, 29°25′44″N 110°39′05″E) was seen only
-- in friendlywiki.com's copy: the publisher is Wikipedia, its own page was not in the stored pages.
UPDATE "Source" SET "url" = NULL, "publisherPageUnknown" = true, "publisher" = 'English Wikipedia', "title" = 'Sanguansi (English Wikipedia article)' WHERE "key" = 'wikipedia-sanguansi-mirror' AND "url" = 'https://friendlywiki.com/article/index.php?title=Sanguansi';

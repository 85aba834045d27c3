import type { Metadata } from "next";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { getStaffPlaceList } from "@/lib/server/staff/place-list";
import { staffMessages } from "@/lib/domain/messages-staff";
import { attentionFilterSchema } from "@/lib/domain/staff/attention";
import { StaffHeader } from "@/components/staff/staff-header";
import { PlaceWorklist } from "@/components/staff/place-worklist";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: staffMessages(await pageLang(params)).staffArea };
}

// The staff home: every place with what it needs (filters are links: ?needs=no-spot, …, no JavaScript).
export default async function StaffHomePage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const query = await searchParams;
  const parsed = attentionFilterSchema.safeParse(query.needs);
  const needs = parsed.success ? parsed.data : null;
  const actor = await staffPageActor(lang, staffPath(lang, needs ? `?needs=${needs}` : ""));
  const list = await getStaffPlaceList();
  return (
    <>
      <StaffHeader lang={lang} actor={actor} current="places" />
      <main className="staff-main">
        <PlaceWorklist lang={lang} list={list} needs={needs} forbidden={query.error === "forbidden"} />
      </main>
    </>
  );
}

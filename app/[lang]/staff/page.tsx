import type { Metadata } from "next";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { staffMessages } from "@/lib/domain/messages-staff";
import { StaffHeader } from "@/components/staff/staff-header";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: staffMessages(await pageLang(params)).staffArea };
}

export default async function StaffHomePage({ params }: Props) {
  const lang = await pageLang(params);
  const actor = await staffPageActor(lang, staffPath(lang));
  const t = staffMessages(lang);
  return (
    <>
      <StaffHeader lang={lang} actor={actor} />
      <main className="staff-main">
        <h1>{t.staffArea}</h1>
      </main>
    </>
  );
}

import "server-only";
import { notFound } from "next/navigation";
import { isLang, type Lang } from "@/lib/domain/i18n";

/** The language of a page from its [lang] segment; anything else is a 404. */
export async function pageLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}

import { notFound } from "next/navigation";

// Any path the guide does not know renders the not-found page (with a 404 status).
export default function UnknownPath() {
  notFound();
}

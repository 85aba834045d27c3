import type { FieldChange } from "./place-diff";
import type { PlaceValues } from "./place-form";

// What the staff place pages receive from the data layer (lib/server/staff/places.ts) and the
// routes answer: plain JSON-safe objects, shared by server and client components.

export type EditOptions = {
  villages: { slug: string; nameZh: string; nameEn: string }[];
  /** publisherPageUnknown: seen only in a republished copy, so the source has no URL */
  sources: { key: string; title: string; kind: string; publisherPageUnknown: boolean }[];
};

/** A source the place cites, as the edit form lists it ("remove this citation"). */
export type CitedSource = { key: string; title: string; url: string | null; publisherPageUnknown: boolean; note: string | null };

export type CorrectionForEdit = {
  id: number;
  kind: string;
  message: string;
  lat: number | null;
  lng: number | null;
  accuracyM: number | null;
  status: string;
  createdAt: string;
};

export type RevisionEntry = {
  id: number;
  version: number;
  action: string;
  changes: FieldChange[];
  userName: string | null;
  createdAt: string;
  source: { key: string; title: string; url: string | null; kind: string } | null;
  correctionId: number | null;
  restoredFromVersion: number | null;
};

/** A refused stale save: what is stored now and the revisions made since the form was loaded. */
export type Conflict = { current: { version: number; values: PlaceValues; archived: boolean }; newer: RevisionEntry[] };

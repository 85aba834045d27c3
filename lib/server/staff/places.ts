import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma, writeTransaction } from "@/lib/server/db";
import { invalidatePlaces } from "@/lib/server/cache-tags";
import { requireStaff } from "@/lib/server/auth/session";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { slugSchema } from "@/lib/domain/slug-schema";
import type { StaffActor } from "@/lib/domain/staff/roles";
import { changesLocation, changesStatus, diffPlace, parseChanges, type FieldChange } from "@/lib/domain/staff/place-diff";
import { parsePlaceForm, type FieldErrors, type PlaceFormValues, type PlaceValues } from "@/lib/domain/staff/place-form";
import { needsSource, parseSourceInput, surveyTitle, type SourceInput } from "@/lib/domain/staff/source-input";
import { valuesBefore } from "@/lib/domain/staff/restore-values";
import { addCitation, decodeCitations, encodeCitations, removeCitations, removeSourcesSchema } from "@/lib/domain/staff/citations";
import type { CitedSource, Conflict, CorrectionForEdit, EditOptions, RevisionEntry } from "@/lib/domain/staff/place-edit-dto";
import { issueHomestayNumber } from "./homestay-register";
import { RECORD_ID_MAX } from "@/lib/domain/staff/record-id";

// Staff editing of places: every function checks the staff session itself (requireStaff), every
// write happens in ONE transaction that also records a Revision (who, when, which fields old -> new,
// the source, the credited correction), and every committed write drops the public caches
// (invalidatePlaces) so the public pages, the API and the planner show it on their next request.
//
// Optimistic concurrency: a save names the version its form was loaded at (baseVersion). If the
// place has moved on since, nothing is written and the caller gets the current values and the
// newer revisions with who made them ("conflict").

const editSelect = {
  id: true,
  slug: true,
  version: true,
  archivedAt: true,
  nameZh: true,
  nameEn: true,
  pinyin: true,
  kind: true,
  red: true,
  village: { select: { slug: true } },
  status: true,
  statusYear: true,
  statusNoteZh: true,
  statusNoteEn: true,
  summaryZh: true,
  summaryEn: true,
  descriptionZh: true,
  descriptionEn: true,
  openingHours: true,
  visitMinutes: true,
  visitMinutesEstimated: true,
  visitWindow: true,
  studyNoteZh: true,
  studyNoteEn: true,
  lat: true,
  lng: true,
  precision: true,
  precisionRadiusM: true,
  locationNoteZh: true,
  locationNoteEn: true,
  locationSource: { select: { key: true } },
  statusSource: { select: { key: true } },
  homestayNumber: { select: { number: true } },
  sources: { select: { note: true, source: { select: { key: true, title: true, url: true, publisherPageUnknown: true } } } },
} as const;

type EditRow = Prisma.PlaceGetPayload<{ select: typeof editSelect }>;
type Tx = Prisma.TransactionClient;

/** A stored row as the form's values. A row the form would refuse (old data) is shown as stored. */
function rowToValues(row: EditRow): PlaceValues {
  return {
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    pinyin: row.pinyin,
    kind: row.kind as PlaceValues["kind"],
    red: row.red,
    village: row.village?.slug ?? null,
    status: row.status as PlaceValues["status"],
    statusYear: row.statusYear,
    statusNoteZh: row.statusNoteZh,
    statusNoteEn: row.statusNoteEn,
    summaryZh: row.summaryZh,
    summaryEn: row.summaryEn,
    descriptionZh: row.descriptionZh,
    descriptionEn: row.descriptionEn,
    openingHours: row.openingHours,
    visitMinutes: row.visitMinutes,
    visitMinutesEstimated: row.visitMinutesEstimated,
    visitWindow: row.visitWindow as PlaceValues["visitWindow"],
    studyNoteZh: row.studyNoteZh,
    studyNoteEn: row.studyNoteEn,
    lat: row.lat,
    lng: row.lng,
    precision: row.precision as PlaceValues["precision"],
    radiusM: row.precisionRadiusM,
    locationNoteZh: row.locationNoteZh,
    locationNoteEn: row.locationNoteEn,
    locationSource: row.locationSource?.key ?? null,
    statusSource: row.statusSource?.key ?? null,
    citations: encodeCitations(row.sources.map((s) => ({ key: s.source.key, note: s.note }))),
  };
}

class InputError extends Error {
  constructor(readonly errors: FieldErrors) {
    super("invalid input");
  }
}

/** The columns for a state of the place (village and source keys resolved to ids). */
async function valuesToData(tx: Tx, v: PlaceValues) {
  const villageId = v.village === null ? null : ((await tx.village.findUnique({ where: { slug: v.village }, select: { id: true } }))?.id ?? undefined);
  if (villageId === undefined) throw new InputError({ village: "unknown_village" });
  const sourceId = async (key: string | null) =>
    key === null ? null : ((await tx.source.findUnique({ where: { key }, select: { id: true } }))?.id ?? null);
  return {
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    pinyin: v.pinyin,
    kind: v.kind,
    red: v.red,
    villageId,
    status: v.status,
    statusYear: v.statusYear,
    statusNoteZh: v.statusNoteZh,
    statusNoteEn: v.statusNoteEn,
    summaryZh: v.summaryZh,
    summaryEn: v.summaryEn,
    descriptionZh: v.descriptionZh,
    descriptionEn: v.descriptionEn,
    openingHours: v.openingHours,
    visitMinutes: v.visitMinutes,
    visitMinutesEstimated: v.visitMinutesEstimated,
    visitWindow: v.visitWindow,
    studyNoteZh: v.studyNoteZh,
    studyNoteEn: v.studyNoteEn,
    lat: v.lat,
    lng: v.lng,
    precision: v.precision,
    precisionRadiusM: v.radiusM,
    locationNoteZh: v.locationNoteZh,
    locationNoteEn: v.locationNoteEn,
    locationSourceId: await sourceId(v.locationSource),
    statusSourceId: await sourceId(v.statusSource),
  };
}

/**
 * Makes the place's PlaceSource rows equal to its citations: rows not listed are deleted, listed
 * ones are written with their notes (a key whose source no longer exists is skipped).
 */
async function syncCitations(tx: Tx, placeId: number, citations: string): Promise<void> {
  const list = decodeCitations(citations);
  const sources = await tx.source.findMany({ where: { key: { in: list.map((c) => c.key) } }, select: { id: true, key: true } });
  const idOf = new Map(sources.map((s) => [s.key, s.id]));
  const keep = list.flatMap((c) => {
    const sourceId = idOf.get(c.key);
    return sourceId === undefined ? [] : [{ sourceId, note: c.note }];
  });
  await tx.placeSource.deleteMany({ where: { placeId, sourceId: { notIn: keep.map((k) => k.sourceId) } } });
  for (const { sourceId, note } of keep) {
    await tx.placeSource.upsert({ where: { placeId_sourceId: { placeId, sourceId } }, create: { placeId, sourceId, note }, update: { note } });
  }
}

// ---------------------------------------------------------------------------------------------
// Reads

/** Villages and sources the form offers. */
export async function getEditOptions(): Promise<EditOptions> {
  await requireStaff();
  const [villages, sources] = await Promise.all([
    prisma.village.findMany({ select: { slug: true, nameZh: true, nameEn: true }, orderBy: { code12: "asc" } }),
    prisma.source.findMany({ select: { key: true, title: true, kind: true, publisherPageUnknown: true }, orderBy: { id: "asc" } }),
  ]);
  return { villages, sources };
}

export type PlaceForEdit = {
  slug: string;
  version: number;
  archived: boolean;
  homestayNumber: string | null;
  values: PlaceValues;
  /** The sources the place cites, as the form lists them (each can be removed). */
  citations: CitedSource[];
  /** The visitor's correction being handled (?correction=<id>), when it belongs to this place. */
  correction: CorrectionForEdit | null;
};

/** A place as the edit form needs it, or null for an unknown slug. */
export async function getPlaceForEdit(rawSlug: unknown, rawCorrectionId?: unknown): Promise<PlaceForEdit | null> {
  await requireStaff();
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return null;
  const row = await prisma.place.findUnique({ where: { slug: slug.data }, select: editSelect });
  if (!row) return null;
  const correctionId = z.coerce.number().int().positive().max(RECORD_ID_MAX).safeParse(rawCorrectionId);
  const correction = correctionId.success
    ? await prisma.correction.findFirst({
        where: { id: correctionId.data, placeId: row.id },
        select: { id: true, kind: true, message: true, lat: true, lng: true, accuracyM: true, status: true, createdAt: true },
      })
    : null;
  return {
    slug: row.slug,
    version: row.version,
    archived: row.archivedAt !== null,
    homestayNumber: row.homestayNumber?.number ?? null,
    values: rowToValues(row),
    citations: row.sources
      .map((s) => ({ key: s.source.key, title: s.source.title, url: s.source.url, publisherPageUnknown: s.source.publisherPageUnknown, note: s.note }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    correction: correction ? { ...correction, createdAt: correction.createdAt.toISOString() } : null,
  };
}

const revisionSelect = {
  id: true,
  version: true,
  action: true,
  changes: true,
  createdAt: true,
  correctionId: true,
  restoredFromId: true,
  user: { select: { name: true } },
  source: { select: { key: true, title: true, url: true, kind: true } },
} as const;

async function revisionEntries(db: Tx | typeof prisma, where: Prisma.RevisionWhereInput): Promise<RevisionEntry[]> {
  const rows = await db.revision.findMany({ where, select: revisionSelect, orderBy: { version: "desc" } });
  const restoredIds = rows.map((r) => r.restoredFromId).filter((id): id is number => id !== null);
  const restored = new Map(
    (await db.revision.findMany({ where: { id: { in: restoredIds } }, select: { id: true, version: true } })).map((r) => [r.id, r.version]),
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    action: r.action,
    changes: parseChanges(r.changes),
    userName: r.user?.name ?? null,
    createdAt: r.createdAt.toISOString(),
    source: r.source,
    correctionId: r.correctionId,
    restoredFromVersion: r.restoredFromId === null ? null : (restored.get(r.restoredFromId) ?? null),
  }));
}

export type PlaceHistory = { slug: string; nameZh: string; nameEn: string | null; version: number; archived: boolean; revisions: RevisionEntry[] };

/** Every revision of a place, newest first; null for an unknown slug. */
export async function getPlaceHistory(rawSlug: unknown): Promise<PlaceHistory | null> {
  await requireStaff();
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return null;
  const place = await prisma.place.findUnique({
    where: { slug: slug.data },
    select: { id: true, slug: true, nameZh: true, nameEn: true, version: true, archivedAt: true },
  });
  if (!place) return null;
  const revisions = await revisionEntries(prisma, { placeId: place.id });
  return { slug: place.slug, nameZh: place.nameZh, nameEn: place.nameEn, version: place.version, archived: place.archivedAt !== null, revisions };
}

// ---------------------------------------------------------------------------------------------
// Writes

export type WriteResult =
  | { ok: true; slug: string; version: number; changes: FieldChange[]; homestayNumber?: string | null }
  | { ok: false; kind: "not_found" }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  | { ok: false; kind: "conflict"; conflict: Conflict };

const baseVersionSchema = z.number().int().min(1).max(RECORD_ID_MAX);

async function conflictOf(tx: Tx, row: EditRow, baseVersion: number): Promise<WriteResult> {
  return {
    ok: false,
    kind: "conflict",
    conflict: {
      current: { version: row.version, values: rowToValues(row), archived: row.archivedAt !== null },
      newer: await revisionEntries(tx, { placeId: row.id, version: { gt: baseVersion } }),
    },
  };
}

/** A new source's unique key: kind, date and a random suffix (keys are never reused). */
function newSourceKey(kind: string, date: string): string {
  return `${kind}-${date}-${randomBytes(4).toString("hex")}`;
}

/** The source a change names: an existing one by key, or a new publication or survey. */
async function resolveSource(tx: Tx, input: SourceInput, actor: StaffActor): Promise<{ id: number; key: string }> {
  if (input.type === "existing") {
    const found = await tx.source.findUnique({ where: { key: input.key }, select: { id: true, key: true } });
    if (!found) throw new InputError({ "source.key": "unknown_source" });
    return found;
  }
  if (input.type === "publication") {
    const today = new Date().toISOString().slice(0, 10);
    return tx.source.create({
      data: {
        key: newSourceKey("publication", today),
        kind: "publication",
        title: input.title,
        publisher: input.publisher,
        url: input.url,
        publisherPageUnknown: input.publisherPageUnknown,
        published: input.published,
        confidence: input.confidence,
      },
      select: { id: true, key: true },
    });
  }
  return tx.source.create({
    data: {
      key: newSourceKey("survey", input.surveyedOn),
      kind: "survey",
      title: surveyTitle(actor.name, input.surveyedOn),
      publisher: null,
      url: null,
      published: input.surveyedOn,
      confidence: "high",
      surveyedById: actor.userId,
      surveyedOn: input.surveyedOn,
    },
    select: { id: true, key: true },
  });
}

/**
 * Validates the source of a change: required for a change of location or status, optional for any
 * other (it is then cited for the fields that changed). Field errors under "source.".
 */
function parseSourceFor(changes: FieldChange[], rawSource: unknown): SourceInput | null {
  const absent = rawSource === undefined || rawSource === null;
  if (!needsSource(changes)) {
    if (absent || changes.length === 0) return null;
  } else if (absent) throw new InputError({ source: "source_required" });
  const parsed = parseSourceInput(rawSource);
  if (!parsed.ok) throw new InputError(parsed.errors);
  return parsed.value;
}

/** A refused form also reports what is wrong with the source it names, so one answer lists every error. */
function withSourceErrors(errors: FieldErrors, rawSource: unknown): FieldErrors {
  if (rawSource === undefined || rawSource === null) return errors;
  const parsed = parseSourceInput(rawSource);
  return parsed.ok ? errors : { ...errors, ...parsed.errors };
}

/**
 * The source becomes the place's location and/or status source and joins its citations (noted
 * with what it is cited for: location and/or status, else the fields this change wrote).
 */
function applySource(source: { key: string }, next: PlaceValues, changes: FieldChange[]): PlaceValues {
  const location = changesLocation(changes);
  const status = changesStatus(changes);
  const written = changes.map((c) => c.field).filter((f) => f !== "citations" && f !== "locationSource" && f !== "statusSource");
  const note = (location || status ? [location ? "location" : null, status ? "status" : null] : written).filter(Boolean).join(", ");
  return {
    ...next,
    locationSource: location ? source.key : next.locationSource,
    statusSource: status ? source.key : next.statusSource,
    citations: addCitation(next.citations, { key: source.key, note }),
  };
}

/** A place's write: one write transaction; a field error thrown inside is a result; a written change drops the cached places. */
async function placeWrite(run: (tx: Tx) => Promise<WriteResult>): Promise<WriteResult> {
  let result: WriteResult;
  try {
    result = await writeTransaction(run);
  } catch (err) {
    if (err instanceof InputError) return { ok: false, kind: "invalid", errors: err.errors };
    throw err;
  }
  if (result.ok) invalidatePlaces();
  return result;
}

/** Moves the place from baseVersion to baseVersion + 1, or reports that someone else did first. */
async function bumpVersion(tx: Tx, placeId: number, baseVersion: number, data: Prisma.PlaceUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.place.updateMany({ where: { id: placeId, version: baseVersion }, data: { ...data, version: baseVersion + 1 } });
  return count === 1;
}

export type SaveInput = { slug: unknown; baseVersion: unknown; values: unknown; source?: unknown; correctionId?: unknown; removeSources?: unknown };

/**
 * Saves the edit form: validates it, refuses a stale base version (conflict, nothing written),
 * requires a source for a change of location or status, removes the citations it names (not the
 * one a location or status rests on, nor the last), then updates the place, adds one to its
 * version and records the revision, crediting the visitor's correction when one is handled.
 */
export async function savePlace(input: SaveInput): Promise<WriteResult> {
  const actor = await requireStaff();
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) return { ok: false, kind: "not_found" };
  const base = baseVersionSchema.safeParse(input.baseVersion);
  if (!base.success) return { ok: false, kind: "invalid", errors: { baseVersion: "invalid" } };
  const form = parsePlaceForm(input.values);
  if (!form.ok) return { ok: false, kind: "invalid", errors: withSourceErrors(form.errors, input.source) };
  const correctionId = input.correctionId === undefined || input.correctionId === null ? null : z.number().int().positive().max(RECORD_ID_MAX).safeParse(input.correctionId);
  if (correctionId !== null && !correctionId.success) return { ok: false, kind: "invalid", errors: { correctionId: "invalid" } };
  const removeSources = input.removeSources === undefined || input.removeSources === null ? { success: true as const, data: [] } : removeSourcesSchema.safeParse(input.removeSources);
  if (!removeSources.success) return { ok: false, kind: "invalid", errors: { removeSources: "invalid" } };

  return placeWrite(async (tx) => {
    const row = await tx.place.findUnique({ where: { slug: slug.data }, select: editSelect });
    if (!row) return { ok: false, kind: "not_found" };
    if (row.version !== base.data) return conflictOf(tx, row, base.data);
    const before = rowToValues(row);
    let after: PlaceValues = { ...form.value, locationSource: before.locationSource, statusSource: before.statusSource, citations: before.citations };
    const formChanges = diffPlace(before, after);
    const sourceInput = parseSourceFor(formChanges, input.source);
    const correction = correctionId?.data ?? null;
    if (formChanges.length === 0 && correction === null && removeSources.data.length === 0) return { ok: true, slug: row.slug, version: row.version, changes: [] };
    const source = sourceInput ? await resolveSource(tx, sourceInput, actor) : null;
    if (source) after = applySource(source, after, formChanges);
    if (removeSources.data.length > 0) {
      // The source this same save names for the location or status counts as what they rest on.
      const removed = removeCitations(after.citations, removeSources.data, after);
      if (!removed.ok) throw new InputError({ removeSources: removed.code });
      after = { ...after, citations: removed.value };
    }
    const changes = diffPlace(before, after);
    if (!(await bumpVersion(tx, row.id, base.data, await valuesToData(tx, after)))) return conflictOf(tx, row, base.data);
    if (after.citations !== before.citations) await syncCitations(tx, row.id, after.citations);
    if (correction !== null) {
      const { count } = await tx.correction.updateMany({
        where: { id: correction, placeId: row.id, status: "open" },
        data: { status: "accepted", reviewedById: actor.userId, reviewedAt: new Date() },
      });
      if (count !== 1) throw new InputError({ correctionId: "invalid" });
    }
    await tx.revision.create({
      data: {
        placeId: row.id,
        version: base.data + 1,
        action: "update",
        changes: JSON.stringify(changes),
        userId: actor.userId,
        sourceId: source?.id ?? null,
        correctionId: correction,
      },
    });
    return { ok: true, slug: row.slug, version: base.data + 1, changes };
  });
}

export type CreateInput = { slug: unknown; values: unknown; source?: unknown };

/** Creates a place at version 1 with a "create" revision; a lodging gets its homestay number. */
export async function createPlace(input: CreateInput): Promise<WriteResult> {
  const actor = await requireStaff();
  const slug = slugSchema.safeParse(input.slug);
  const form = parsePlaceForm(input.values);
  const errors: FieldErrors = { ...(slug.success ? {} : { slug: "slug" }), ...(form.ok ? {} : withSourceErrors(form.errors, input.source)) };
  if (!slug.success || !form.ok) return { ok: false, kind: "invalid", errors };
  if (form.value.kind === "lodging" && form.value.village === null) return { ok: false, kind: "invalid", errors: { village: "homestay_needs_village" } };

  return placeWrite(async (tx) => {
    if (await tx.place.findUnique({ where: { slug: slug.data }, select: { id: true } })) throw new InputError({ slug: "slug_taken" });
    let values: PlaceValues = { ...form.value, locationSource: null, statusSource: null, citations: encodeCitations([]) };
    const empty = Object.fromEntries(Object.keys(values).map((k) => [k, null])) as unknown as PlaceValues;
    // A new place that states a point or a status (other than "unknown") names its source, as an
    // edit that sets them would; one with neither states nothing that needs a source.
    const statesFacts = values.lat !== null || values.status !== "unknown";
    const sourceInput = statesFacts ? parseSourceFor(diffPlace(empty, values), input.source) : null;
    const last = await tx.place.aggregate({ _max: { sortOrder: true } });
    const created = await tx.place.create({
      data: { slug: slug.data, ...(await valuesToData(tx, values)), sortOrder: (last._max.sortOrder ?? 0) + 1, version: 1 },
      select: { id: true },
    });
    const source = sourceInput ? await resolveSource(tx, sourceInput, actor) : null;
    if (source) {
      values = applySource(source, values, diffPlace(empty, values).filter((c) => c.field !== "status" || values.status !== "unknown"));
      await tx.place.update({ where: { id: created.id }, data: await valuesToData(tx, values) });
      await syncCitations(tx, created.id, values.citations);
    }
    const homestayNumber = values.kind === "lodging" ? await issueHomestayNumber(tx, created.id) : null;
    const changes = diffPlace(empty, values);
    await tx.revision.create({
      data: { placeId: created.id, version: 1, action: "create", changes: JSON.stringify(changes), userId: actor.userId, sourceId: source?.id ?? null },
    });
    return { ok: true, slug: slug.data, version: 1, changes, homestayNumber };
  });
}

/** Archives (or unarchives) a place: it leaves (or returns to) the public map, list, API and sitemap. */
export async function setArchived(input: { slug: unknown; baseVersion: unknown; archived: boolean }): Promise<WriteResult> {
  const actor = await requireStaff();
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) return { ok: false, kind: "not_found" };
  const base = baseVersionSchema.safeParse(input.baseVersion);
  if (!base.success) return { ok: false, kind: "invalid", errors: { baseVersion: "invalid" } };
  return placeWrite(async (tx) => {
    const row = await tx.place.findUnique({ where: { slug: slug.data }, select: editSelect });
    if (!row) return { ok: false, kind: "not_found" };
    if (row.version !== base.data) return conflictOf(tx, row, base.data);
    const was = row.archivedAt !== null;
    if (was === input.archived) return { ok: true, slug: row.slug, version: row.version, changes: [] };
    if (!(await bumpVersion(tx, row.id, base.data, { archivedAt: input.archived ? new Date() : null }))) return conflictOf(tx, row, base.data);
    const changes: FieldChange[] = [{ field: "archived", old: was, new: input.archived }];
    await tx.revision.create({
      data: { placeId: row.id, version: base.data + 1, action: input.archived ? "archive" : "unarchive", changes: JSON.stringify(changes), userId: actor.userId },
    });
    return { ok: true, slug: row.slug, version: base.data + 1, changes };
  });
}

export const archivePlace = (slug: unknown, baseVersion: unknown) => setArchived({ slug, baseVersion, archived: true });
export const unarchivePlace = (slug: unknown, baseVersion: unknown) => setArchived({ slug, baseVersion, archived: false });

/**
 * Restores a revision: the place returns to its state just before that revision (see
 * lib/domain/staff/restore-values.ts), recorded as a NEW revision "restore" (restoredFromId), so
 * the state it replaces stays in the history.
 */
export async function restoreRevision(input: { revisionId: unknown; baseVersion: unknown; slug?: unknown }): Promise<WriteResult> {
  const actor = await requireStaff();
  const revisionId = z.number().int().positive().max(RECORD_ID_MAX).safeParse(input.revisionId);
  if (!revisionId.success) return { ok: false, kind: "not_found" };
  const base = baseVersionSchema.safeParse(input.baseVersion);
  if (!base.success) return { ok: false, kind: "invalid", errors: { baseVersion: "invalid" } };
  return placeWrite(async (tx) => {
    const target = await tx.revision.findUnique({ where: { id: revisionId.data }, select: { placeId: true } });
    if (!target) return { ok: false, kind: "not_found" };
    const row = await tx.place.findUnique({ where: { id: target.placeId }, select: editSelect });
    // A revision is restored through its own place's address (a slug, when given, must match).
    if (!row || (input.slug !== undefined && input.slug !== row.slug)) return { ok: false, kind: "not_found" };
    if (row.version !== base.data) return conflictOf(tx, row, base.data);
    const revisions = await tx.revision.findMany({ where: { placeId: row.id }, select: { id: true, action: true, changes: true }, orderBy: { version: "asc" } });
    const before = rowToValues(row);
    const restored = valuesBefore(
      before,
      revisions.map((r) => ({ ...r, changes: parseChanges(r.changes) })),
      revisionId.data,
    );
    if (!restored.ok) throw new InputError({ revisionId: restored.code });
    const changes = diffPlace(before, restored.values);
    if (changes.length === 0) return { ok: true, slug: row.slug, version: row.version, changes: [] };
    if (!(await bumpVersion(tx, row.id, base.data, await valuesToData(tx, restored.values)))) return conflictOf(tx, row, base.data);
    if (restored.values.citations !== before.citations) await syncCitations(tx, row.id, restored.values.citations);
    await tx.revision.create({
      data: { placeId: row.id, version: base.data + 1, action: "restore", changes: JSON.stringify(changes), userId: actor.userId, restoredFromId: revisionId.data },
    });
    return { ok: true, slug: row.slug, version: base.data + 1, changes };
  });
}

export type { CitedSource, Conflict, CorrectionForEdit, EditOptions, PlaceFormValues, RevisionEntry };

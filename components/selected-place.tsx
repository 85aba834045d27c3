"use client";
import type { Lang } from "@/lib/domain/i18n";
import type { Place, PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { PlacePanel } from "./place-panel";
import { NearbyPlaces } from "./nearby-places";
import { NavigateLinks } from "./navigate-links";
import { ShareButton } from "./share-button";
import { usePlaceDetail } from "./use-place-detail";
import { AddToPlanButton } from "./plan/add-to-plan-button";
import { selectedPlaceCode } from "./selected-place-code";

// The selected place's panel with what it offers (add to the plan, share, navigate, nearby places),
// as one part loaded when a place is first opened (guide-shell.tsx), not with the first view.
export function SelectedPlace({
  lang,
  place,
  spot,
  initialPlace,
  places,
  spots,
  complete,
  onSelect,
  onClose,
}: {
  lang: Lang;
  place: PlaceSummary;
  spot: KnownSpot | null;
  /** The full place of a /places/[slug] page, rendered on the server. */
  initialPlace: Place | null;
  places: PlaceSummary[];
  spots: ReadonlyMap<string, KnownSpot>;
  /** Every place is known (nearby places are listed only then). */
  complete: boolean;
  onSelect: (slug: string) => void;
  onClose: () => void;
}) {
  const { detail, retry } = usePlaceDetail(place.slug, initialPlace);
  return (
    <PlacePanel lang={lang} place={place} spot={spot} detail={detail} onRetry={retry} onClose={onClose}>
      <div className="panel-actions">
        <AddToPlanButton lang={lang} slug={place.slug} name={place.nameZh} />
        <ShareButton lang={lang} title={place.nameZh} />
      </div>
      <NavigateLinks lang={lang} place={place} spot={spot} />
      {complete ? <NearbyPlaces lang={lang} place={place} places={places} spots={spots} onSelect={onSelect} /> : null}
    </PlacePanel>
  );
}

/**
 * Rendered by a place page's server component (app/[lang]/places/[slug]/page.tsx), so that Next
 * sends this module with the page: its panel then hydrates with the page, with no second request
 * after hydration has started. It shows nothing.
 */
export function SelectedPlaceWithPage() {
  return null;
}

// Evaluated with the page or by the panel's import(): either way, the panel is now loaded.
selectedPlaceCode.settle({ SelectedPlace, SelectedPlaceWithPage });

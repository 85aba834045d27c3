// Public API of the browsing domain. Client components that only search a prebuilt index can
// import "./search-places" directly and skip pinyin-pro (pulled in by buildSearchIndex).
export type { BrowsePlace, SearchEntry, SearchIndex, SearchName } from "./types";
export { normalizeSearchText } from "./normalize-search-text";
export { MAX_QUERY_LENGTH, sanitizeQuery } from "./sanitize-query";
export { pinyinSyllables } from "./pinyin-syllables";
export { matchSyllables, type SyllableMatch } from "./match-syllables";
export { buildSearchIndex } from "./build-search-index";
export { searchPlaces } from "./search-places";
export { findNearest, type FindNearestOptions, type NearbyPlace } from "./find-nearest";
export { formatCoordinate } from "./format-coordinate";
export {
  amapMarkerLink,
  navigationLinks,
  type NavigationApp,
  type NavigationLink,
  type NavigationLinkOptions,
  type NavigationTarget,
} from "./navigation-links";
export {
  CENTRE_BOUNDS,
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  ZOOM_MAX,
  ZOOM_MIN,
  type ParseViewStateOptions,
  type SearchParamsInput,
  type ViewProblem,
  type ViewState,
} from "./view-state";
export { compileViewFilters, type CompiledViewFilters, type FacetDimension } from "./compile-view-filters";
export { filterPlaces } from "./filter-places";
export { facetCounts, type FacetCounts } from "./facet-counts";
export { toBrowsePlace } from "./to-browse-place";

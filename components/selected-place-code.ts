import { lazyModule } from "./lazy-module";

// The selected place's panel (selected-place.tsx), loaded when a place is first opened
// (guide-shell.tsx reads it with use()), or sent with a place page, which settles it.
export const selectedPlaceCode = lazyModule(() => import("./selected-place"));

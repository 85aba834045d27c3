// Decimal degrees (or a zoom level) as URL text: at most 6 decimals, never an exponent.

/** 110.6562319006515 → "110.656232", 13 → "13", 1e-7 → "0", -0 → "0". Throws on non-finite input. */
export function formatCoordinate(value: number, maxDecimals = 6): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) {
    throw new RangeError(`not a printable coordinate: ${String(value)}`);
  }
  const fixed = value.toFixed(maxDecimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

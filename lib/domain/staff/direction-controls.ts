// Unicode's explicit direction controls: the embeddings and overrides (U+202A–U+202E) and the
// isolates (U+2066–U+2069). Invisible, with no use in a place's Chinese or English text, and a
// right-to-left override in a name would reorder what follows it wherever the name is shown inline
// (a list line, the page title, a plan stop, a GPX or calendar file, a map app's label). So staff
// forms refuse them with a clear error on the field ("bidi") instead of storing them. The marks
// U+200E and U+200F (left-to-right and right-to-left mark) are plain characters and stay allowed.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

export function hasDirectionControl(value: string): boolean {
  return DIRECTION_CONTROL.test(value);
}

/** The error code of a text field that holds a direction control. */
export const DIRECTION_CONTROL_ERROR = "bidi";

/** A link's untrusted text as a notice may quote it: at most 40 characters, so a hostile link cannot flood the page. */
export const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Enough of an id to tell jobs apart at a glance; links and titles carry the full one. */
export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}

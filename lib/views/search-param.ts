/** `?search=` from a page's searchParams, bounded. */
export function searchParam(params: Record<string, string | string[] | undefined>): string {
  const value = params.search;
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).slice(0, 200);
}

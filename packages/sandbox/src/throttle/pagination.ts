/** A Throttle list's `meta.pagination`, from the page `listPage` served. */
export const pagination = (page: { nextCursor: string | null; hasMore: boolean; limit: number }) => ({
  cursor: page.nextCursor,
  hasMore: page.hasMore,
  limit: page.limit,
});

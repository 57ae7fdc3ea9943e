/** A request with its conversation in the order it was written. */
export function withSortedMessages<T extends { messages?: any[] }>(row: T): T {
  return {
    ...row,
    messages: [...(row.messages ?? [])].sort(
      (a, b) => +new Date(a.created_at) - +new Date(b.created_at)
    ),
  }
}

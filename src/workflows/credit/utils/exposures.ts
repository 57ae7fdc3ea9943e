export type Prev = { id: string; status: string; order_id: string | null }[]

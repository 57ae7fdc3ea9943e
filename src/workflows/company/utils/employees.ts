export type Actor = {
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
  impersonator_user_id?: string | null
}

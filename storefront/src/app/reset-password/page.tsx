import { ResetRequestTemplate } from "@/modules/auth/templates/reset-template"

export const dynamic = "force-dynamic"

export default function ResetPasswordPage() {
  return <ResetRequestTemplate />
}

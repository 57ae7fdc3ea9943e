import { RegisterTemplate } from "@/modules/auth/templates/register-template"

export const dynamic = "force-dynamic"

export default function RegisterPage() {
  return <RegisterTemplate />
}

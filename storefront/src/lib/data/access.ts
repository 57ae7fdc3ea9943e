"use server"

import { headers } from "next/headers"
import { redirect } from "next/navigation"

import type { ApiResult } from "@/types/api"

import { getSdk } from "../config"
import { fieldErrors, type FieldErrors } from "../util/form-errors"
import { innProblem, kppProblem } from "../util/requisites"
import { login } from "./auth"
import { getAuthHeaders, setAuthToken } from "./cookies"
import { attempt, failure } from "./fetch"

/** What the invitation page shows before accepting (GET /store/b2b/invitations/lookup). */
export type Invitation = {
  email: string
  company_name: string | null
  role_name: string | null
  expires_at: string
  account_exists: boolean
}
export type InviteState = { errors: FieldErrors; error: string | null }
export type RegisterState = {
  errors: FieldErrors
  error: string | null
  done: boolean
  values: Record<string, string>
}

const TOKEN = /^[\w.~-]{20,200}$/

/** The backend's refusal of an invitation token in Russian (used, revoked, expired, unknown). */
function tokenRefusal(message: string): string {
  if (/already been used|already used|accepted/.test(message))
    return "Это приглашение уже использовано. Войдите со своим паролем."
  if (/revoked/.test(message)) return "Приглашение отозвано. Попросите прислать новое."
  if (/expired/.test(message)) return "Срок приглашения истёк. Попросите прислать новое."
  if (/not found|token: required|token/.test(message))
    return "Приглашение не найдено: проверьте ссылку из письма."
  return message
}

/** The invitation behind a link's token, or why it cannot be accepted (never a 404 page). */
export async function lookupInvitation(token: string): Promise<ApiResult<Invitation>> {
  if (!TOKEN.test(token))
    return {
      ok: false,
      status: 400,
      message: "Приглашение не найдено: проверьте ссылку из письма.",
    }
  const { sdk } = getSdk()
  const r = await attempt(() =>
    sdk.client.fetch<{ invitation: Invitation }>("/store/b2b/invitations/lookup", {
      query: { token },
      cache: "no-store",
    })
  )
  if (!r.ok) return { ...r, message: r.status ? tokenRefusal(r.message) : r.message }
  return { ok: true, data: r.data.invitation }
}

const INVITE_FIELDS = ["first_name", "last_name", "phone", "password", "consent"] as const
const INVITE_MESSAGES = {
  password: "Пароль: не короче 8 символов",
  consent: "Нужно согласие на обработку персональных данных",
  first_name: "Имя: до 100 символов",
  last_name: "Фамилия: до 100 символов",
  phone: "Телефон: до 50 символов",
}

/**
 * Accepts an invitation: a new person sets a password (and name), consents to personal-data processing (the
 * backend records the consent with the text version in force, the address and the browser) and is signed in;
 * a signed-in person with an account joins the company. Then to the account.
 */
export async function acceptInvitation(_prev: InviteState, form: FormData): Promise<InviteState> {
  const token = String(form.get("token") ?? "")
  const email = String(form.get("email") ?? "")
  const password = String(form.get("password") ?? "")
  const existing = form.get("account_exists") === "1"
  const errors: FieldErrors = {}
  if (!existing) {
    if (password.length < 8) errors.password = INVITE_MESSAGES.password
    else if (password !== String(form.get("password2") ?? ""))
      errors.password2 = "Пароли не совпадают"
  }
  if (form.get("consent") !== "on") errors.consent = INVITE_MESSAGES.consent
  if (Object.keys(errors).length) return { errors, error: null }
  const text = (k: string) => String(form.get(k) ?? "").trim() || undefined
  const auth = existing ? await getAuthHeaders() : {}
  const { sdk } = getSdk()
  const h = await headers()
  const r = await attempt(() =>
    sdk.client.fetch("/store/b2b/invitations/accept", {
      method: "POST",
      body: {
        token,
        consent: true,
        ...(existing
          ? {}
          : {
              password,
              first_name: text("first_name"),
              last_name: text("last_name"),
              phone: text("phone"),
            }),
      },
      headers: { ...auth, "user-agent": h.get("user-agent") ?? "" },
      cache: "no-store",
    })
  )
  if (!r.ok) {
    const split = fieldErrors(r.message, INVITE_FIELDS, INVITE_MESSAGES)
    return { errors: split.fields, error: split.form && tokenRefusal(split.form) }
  }
  if (!existing) {
    const signed = await login(email, password, h.get("x-forwarded-for"))
    if (!signed.ok) redirect(`/login?next=/account`)
    await setAuthToken(signed.token)
  }
  redirect("/account")
}

const REG_FIELDS = [
  "inn",
  "kpp",
  "company_name",
  "contact_name",
  "email",
  "phone",
  "comment",
  "consent",
] as const
const REG_MESSAGES = {
  inn: "Неверный ИНН: 10 или 12 цифр с правильными контрольными цифрами",
  kpp: "Неверный КПП: 9 символов",
  company_name: "Укажите название организации (до 300 символов)",
  contact_name: "Укажите контактное лицо (до 200 символов)",
  email: "Укажите действующий e-mail",
  phone: "Телефон: до 50 символов",
  comment: "Комментарий: до 5000 символов",
  consent: "Нужно согласие на обработку персональных данных",
}

/**
 * A registration request for a legal entity (POST /store/b2b/registration-requests): INN and KPP checked here
 * as the API checks them, then the backend's answer, each refusal under its field. The backend records the
 * consent with its text version; a manager decides and the applicant gets an invitation by e-mail.
 */
export async function registerCompany(
  _prev: RegisterState,
  form: FormData
): Promise<RegisterState> {
  const get = (f: string) => String(form.get(f) ?? "").trim()
  const values = {
    inn: get("inn"),
    kpp: get("kpp"),
    company_name: get("company_name"),
    contact_name: get("contact_name"),
    email: get("email"),
    phone: get("phone"),
    comment: get("comment"),
  }
  const errors: FieldErrors = {}
  const inn = innProblem(values.inn)
  if (inn) errors.inn = inn
  const kpp = kppProblem(values.kpp)
  if (kpp) errors.kpp = kpp
  if (!values.company_name) errors.company_name = "Укажите название организации"
  if (!values.contact_name) errors.contact_name = "Укажите контактное лицо"
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = REG_MESSAGES.email
  if (form.get("consent") !== "on") errors.consent = REG_MESSAGES.consent
  if (Object.keys(errors).length) return { errors, error: null, done: false, values }
  const { sdk } = getSdk()
  const ua = (await headers()).get("user-agent") ?? ""
  try {
    await sdk.client.fetch("/store/b2b/registration-requests", {
      method: "POST",
      body: {
        inn: values.inn,
        kpp: values.kpp || null,
        company_name: values.company_name,
        contact_name: values.contact_name,
        email: values.email,
        phone: values.phone || null,
        comment: values.comment || null,
        consent: true,
      },
      headers: { "user-agent": ua },
      cache: "no-store",
    })
  } catch (e) {
    const f = failure(e)
    const split = f.status ? fieldErrors(f.message, REG_FIELDS, REG_MESSAGES) : null
    return {
      errors: split?.fields ?? {},
      error: split ? split.form : f.message,
      done: false,
      values,
    }
  }
  return { errors: {}, error: null, done: true, values }
}

export type ResetState = { error: string | null; sent: boolean; errors: FieldErrors }

/**
 * Asks for a password reset e-mail (Medusa's `POST /auth/customer/emailpass/reset-password`; the backend mails
 * a link to /reset-password/confirm). The answer is the same whether the address has an account or not.
 */
export async function requestPasswordReset(_prev: ResetState, form: FormData): Promise<ResetState> {
  const email = String(form.get("email") ?? "").trim()
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    return { error: null, sent: false, errors: { email: "Укажите e-mail" } }
  const { sdk } = getSdk()
  const forwardedFor = (await headers()).get("x-forwarded-for")
  const r = await attempt(() =>
    sdk.client.fetch("/auth/customer/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email },
      // Medusa answers 201 with a plain-text body: not parsed as JSON (as the SDK's auth.resetPassword does)
      headers: {
        accept: "text/plain",
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      },
      cache: "no-store",
    })
  )
  if (!r.ok)
    return {
      error: r.status === 429 ? "Слишком много запросов: повторите позже." : r.message,
      sent: false,
      errors: {},
    }
  return { error: null, sent: true, errors: {} }
}

/**
 * Sets the new password with the e-mailed token (`POST /auth/customer/emailpass/update`, the token as Bearer),
 * then signs in with it and goes to the account. An expired or used link says so.
 */
export async function confirmPasswordReset(_prev: ResetState, form: FormData): Promise<ResetState> {
  const token = String(form.get("token") ?? "")
  const email = String(form.get("email") ?? "")
  const password = String(form.get("password") ?? "")
  if (password.length < 8)
    return { error: null, sent: false, errors: { password: INVITE_MESSAGES.password } }
  if (password !== String(form.get("password2") ?? ""))
    return { error: null, sent: false, errors: { password2: "Пароли не совпадают" } }
  const { sdk } = getSdk()
  const r = await attempt(() =>
    sdk.client.fetch("/auth/customer/emailpass/update", {
      method: "POST",
      body: { email, password },
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  )
  if (!r.ok)
    return {
      error:
        r.status === 401 ? "Ссылка устарела или уже использована. Запросите новую." : r.message,
      sent: false,
      errors: {},
    }
  const signed = await login(email, password, (await headers()).get("x-forwarded-for"))
  if (!signed.ok) redirect("/login?next=/account")
  await setAuthToken(signed.token)
  redirect("/account")
}

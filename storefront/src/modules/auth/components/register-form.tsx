"use client"

import { type RegisterState, registerCompany } from "@/lib/data/access"
import { useFormAction } from "@/lib/hooks/use-form-action"
import { innProblem, kppProblem } from "@/lib/util/requisites"
import { ConsentBox, Field } from "@/modules/common/components/field"
import { FormError, Notice } from "@/modules/common/components/feedback"
import { type FormEvent, useState } from "react"

/**
 * A legal entity's registration request. INN and KPP are checked as the API checks them while typing (on
 * leaving the field); the server's refusals come back under their fields.
 */
export function RegisterForm() {
  const [state, onSubmit, pending] = useFormAction<RegisterState>(registerCompany, {
    errors: {},
    error: null,
    done: false,
    values: {},
  })
  const [local, setLocal] = useState<Record<string, string | null>>({})
  const v = state.values
  const e = (f: string) => (f in local ? local[f] : state.errors[f])
  // the value is read now: React's event is gone by the time a state updater runs
  const checkInn = (ev: FormEvent<HTMLInputElement>) => {
    const value = ev.currentTarget.value
    setLocal((l) => ({ ...l, inn: value ? innProblem(value) : null }))
  }
  const checkKpp = (ev: FormEvent<HTMLInputElement>) => {
    const value = ev.currentTarget.value
    setLocal((l) => ({ ...l, kpp: kppProblem(value) }))
  }
  if (state.done)
    return (
      <Notice testId="register-done">
        Заявка отправлена. Менеджер проверит данные компании и пришлёт приглашение на {v.email}.
      </Notice>
    )
  // INN and KPP are checked here before anything is sent (the server checks them again)
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    const data = new FormData(ev.currentTarget)
    const own = {
      inn: innProblem(String(data.get("inn") ?? "")),
      kpp: kppProblem(String(data.get("kpp") ?? "")),
    }
    if (own.inn || own.kpp) {
      ev.preventDefault()
      setLocal(Object.fromEntries(Object.entries(own).filter(([, v]) => v)))
    } else {
      setLocal({})
      onSubmit(ev)
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" data-testid="register-form" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="ИНН"
          name="inn"
          inputMode="numeric"
          maxLength={12}
          defaultValue={v.inn}
          required
          error={e("inn")}
          onBlur={checkInn}
          hint="10 цифр у организации, 12 у ИП"
        />
        <Field
          label="КПП"
          name="kpp"
          maxLength={9}
          defaultValue={v.kpp}
          error={e("kpp")}
          onBlur={checkKpp}
          hint="У ИП нет КПП"
        />
      </div>
      <Field
        label="Название организации"
        name="company_name"
        defaultValue={v.company_name}
        required
        error={e("company_name")}
      />
      <Field
        label="Контактное лицо"
        name="contact_name"
        autoComplete="name"
        defaultValue={v.contact_name}
        required
        error={e("contact_name")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={v.email}
          required
          error={e("email")}
        />
        <Field
          label="Телефон"
          name="phone"
          type="tel"
          autoComplete="tel"
          defaultValue={v.phone}
          error={e("phone")}
        />
      </div>
      <label className="flex flex-col gap-1.5 text-sm font-medium">
        Комментарий
        <textarea name="comment" rows={3} defaultValue={v.comment} className="font-sans" />
      </label>
      <ConsentBox error={e("consent")} />
      {state.error && <FormError testId="register-error">{state.error}</FormError>}
      <button type="submit" disabled={pending} className="self-start max-sm:w-full">
        {pending ? "Отправляем…" : "Отправить заявку"}
      </button>
    </form>
  )
}

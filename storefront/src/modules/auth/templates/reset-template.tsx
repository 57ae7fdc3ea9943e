import { ErrorBox } from "@/modules/common/components/feedback"

import { ResetConfirmForm, ResetRequestForm } from "../components/reset-forms"

const box = "mx-auto mt-6 max-w-sm rounded-lg bg-ui-bg-base p-6 shadow-elevation-card-rest"

/** Password reset, step 1: the e-mail to send the link to. */
export function ResetRequestTemplate() {
  return (
    <section className={box}>
      <h1 className="mt-0">Восстановление пароля</h1>
      <p className="mb-4 text-sm text-ui-fg-subtle">
        Укажите e-mail, с которым вы входите: пришлём ссылку для смены пароля.
      </p>
      <ResetRequestForm />
      <p className="mt-4 text-sm">
        <a href="/login">Вернуться ко входу</a>
      </p>
    </section>
  )
}

/** Password reset, step 2: the new password for the link's token (a link without one says so). */
export function ResetConfirmTemplate({ token, email }: { token: string; email: string }) {
  return (
    <section className={box}>
      <h1 className="mt-0">Новый пароль</h1>
      {token && email ? (
        <>
          <p className="mb-4 text-sm text-ui-fg-subtle">Для входа {email}.</p>
          <ResetConfirmForm token={token} email={email} />
        </>
      ) : (
        <ErrorBox testId="reset-invalid">
          Ссылка неполная: откройте её из письма целиком или{" "}
          <a href="/reset-password">запросите новую</a>.
        </ErrorBox>
      )}
    </section>
  )
}

import { RegisterForm } from "../components/register-form"

/** Registration request of a company that has no access yet; a manager decides and sends an invitation. */
export function RegisterTemplate() {
  return (
    <section className="mx-auto mt-6 max-w-2xl rounded-lg bg-ui-bg-base p-6 shadow-elevation-card-rest">
      <h1 className="mt-0">Заявка на подключение компании</h1>
      <p className="mb-4 text-sm text-ui-fg-subtle">
        Заполните реквизиты организации или ИП и контакт. После проверки менеджер пришлёт
        приглашение на указанный e-mail. Уже есть доступ? <a href="/login">Войти</a>
      </p>
      <RegisterForm />
    </section>
  )
}

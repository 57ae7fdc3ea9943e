import { Notice } from "@/modules/common/components/feedback"

import { LoginForm } from "../components/login-form"

export function LoginTemplate({ next, expired }: { next: string; expired: boolean }) {
  return (
    <section className="mx-auto mt-6 max-w-sm rounded-lg bg-ui-bg-base p-6 shadow-elevation-card-rest">
      <h1 className="mt-0">Вход для покупателей</h1>
      {expired && <Notice>Сессия истекла: войдите снова.</Notice>}
      <LoginForm next={next} />
      <p className="mt-3 text-sm">
        <a href="/reset-password" data-testid="login-reset">
          Забыли пароль?
        </a>
      </p>
      <p className="mt-4 text-sm text-ui-fg-subtle">
        Нет доступа? Попросите владельца аккаунта компании прислать приглашение или{" "}
        <a href="/register" data-testid="login-register">
          подайте заявку на подключение компании
        </a>
        .
      </p>
    </section>
  )
}

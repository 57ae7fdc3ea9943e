import type { Metadata } from "next"
import type { ReactNode } from "react"

import { isSignedIn } from "@/lib/session"

import "./globals.css"

export const metadata: Metadata = {
  title: "B2B-портал",
  description: "Оптовый каталог для покупателей",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = await isSignedIn()
  return (
    <html lang="ru">
      <body>
        <header className="site-header">
          <div className="container">
            <a href="/" className="logo">
              B2B-портал
            </a>
            <nav className="header-nav">
              <a href="/">Каталог</a>
              {signedIn ? (
                <>
                  <a href="/cart" data-testid="nav-cart">
                    Корзина
                  </a>
                  <a href="/account" data-testid="nav-account">
                    Личный кабинет
                  </a>
                </>
              ) : (
                <a href="/login" data-testid="nav-login">
                  Вход
                </a>
              )}
            </nav>
          </div>
        </header>
        <main className="container">{children}</main>
      </body>
    </html>
  )
}

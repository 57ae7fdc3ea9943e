import type { Metadata } from "next";
import type { ReactNode } from "react";

import "./globals.css";

export const metadata: Metadata = {
  title: "B2B-портал",
  description: "Оптовый каталог для покупателей",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body>
        <header className="site-header">
          <div className="container">
            <a href="/" className="logo">
              B2B-портал
            </a>
          </div>
        </header>
        <main className="container">{children}</main>
      </body>
    </html>
  );
}

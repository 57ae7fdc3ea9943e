/**
 * The documents module's options, given at registration (the plugin's options reach every module of
 * the plugin; `documents` is this module's section): time zone of document dates, Chromium binary and
 * renderer pool size.
 */
export type DocumentsModuleOptions = {
  documents?: { timeZone?: string; chromiumPath?: string; renderPages?: number }
}

const settings = { timeZone: "Europe/Moscow", chromiumPath: "/usr/bin/chromium", renderPages: 2 }

export function configureDocuments(options: DocumentsModuleOptions["documents"] = {}) {
  if (options.timeZone) settings.timeZone = options.timeZone
  if (options.chromiumPath) settings.chromiumPath = options.chromiumPath
  if (options.renderPages && options.renderPages > 0) settings.renderPages = options.renderPages
}

export const documentsSettings = (): Readonly<typeof settings> => settings

import type { LoaderOptions } from "@medusajs/framework/types"
import { configureDocuments, type DocumentsModuleOptions } from "../lib/settings"

/** Applies the module's options (time zone, Chromium path, renderer pool size). */
export default async function documentsSettingsLoader({
  options,
}: LoaderOptions<DocumentsModuleOptions>) {
  configureDocuments(options?.documents)
}

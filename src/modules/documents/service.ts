import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { Document, DocumentTemplate, NumberSeries } from "./models"
import { DEFAULT_TEMPLATES, type DocumentType } from "./lib/defaults"
import { getRenderer } from "./lib/renderer"
import { renderHtml, type DocumentTemplate as TemplateSource } from "./lib/templates"

export const NUMBER_PREFIX: Record<string, string> = {
  invoice: "СЧ",
  upd: "УПД",
  waybill: "ТН",
  reconciliation_act: "АС",
  price_list: "ПЛ",
  agreement: "ДГ",
  other: "ДОК",
}

export type ActiveTemplate = {
  id: string
  version: number
  type: string
  locale: string
  name: string
  body: string
  css: string
}

const knexOf = (ctx: Context): any => {
  // Context types its managers as unknown: the MikroORM manager gives its knex (in a transaction or not)
  const m = (ctx.transactionManager ?? ctx.manager) as {
    getTransactionContext?: () => unknown
    getKnex: () => unknown
  }
  return m.getTransactionContext?.() ?? m.getKnex()
}

class DocumentsModuleService extends MedusaService({
  DocDocument: Document,
  DocTemplate: DocumentTemplate,
  DocNumberSeries: NumberSeries,
}) {
  /**
   * The next number of a per-type, per-year series, e.g. "СЧ-2026-000124". One upsert statement:
   * concurrent callers (other instances included) never get the same number.
   */
  @InjectTransactionManager()
  async nextNumber(
    type: string,
    year: number,
    @MedusaContext() ctx: Context = {}
  ): Promise<string> {
    const knex = knexOf(ctx)
    const prefix = NUMBER_PREFIX[type] ?? "ДОК"
    const { rows } = await knex.raw(
      `insert into doc_number_series (id, type, year, prefix, last_number) values (?, ?, ?, ?, 1)
       on conflict (type, year) where deleted_at is null do update set last_number = doc_number_series.last_number + 1, updated_at = now()
       returning last_number, prefix`,
      [generateEntityId("", "dnum"), type, year, prefix]
    )
    return `${rows[0].prefix}-${year}-${String(rows[0].last_number).padStart(6, "0")}`
  }

  /** The active template of a type (newest active version), or the built-in default. */
  @InjectManager()
  async activeTemplate(
    type: string,
    locale = "ru",
    @MedusaContext() ctx: Context = {}
  ): Promise<ActiveTemplate> {
    const [row] = await this.listDocTemplates(
      { type, locale, is_active: true },
      { take: 1, order: { version: "DESC" } },
      ctx
    )
    if (row)
      return {
        id: row.id,
        version: row.version,
        type: row.type,
        locale: row.locale,
        name: row.name,
        body: row.body,
        css: row.css,
      }
    const def =
      DEFAULT_TEMPLATES.find((t) => t.type === (type as DocumentType) && t.locale === locale) ??
      DEFAULT_TEMPLATES.find((t) => t.type === type)
    if (!def) throw new Error(`template: no template for document type "${type}"`)
    return {
      id: `default-${def.type}`,
      version: 0,
      type: def.type,
      locale: def.locale,
      name: def.name,
      body: def.body,
      css: def.css,
    }
  }

  /** HTML of a template (compiled once per id and version) filled with the data. */
  renderHtml(template: TemplateSource, data: unknown): string {
    return renderHtml(template, data)
  }

  /** PDF of an HTML page, by the process-wide Chromium renderer (pooled tabs). */
  async renderPdf(html: string): Promise<Buffer> {
    return await getRenderer().render(html)
  }

  /** PDF of a template filled with the data. */
  async renderTemplatePdf(template: TemplateSource, data: unknown): Promise<Buffer> {
    return await this.renderPdf(this.renderHtml(template, data))
  }
}

export default DocumentsModuleService

/**
 * Stylesheet shared by the default templates: A4, a sans-serif close to what 1C prints (Arial metrics via
 * Liberation Sans; DejaVu Sans as the fallback that also has U+202F), thin table rules, signature lines.
 * Each template's CSS is this plus its own rules, so a template stored in the database is self-contained.
 */
export const BASE_CSS = `
@page {
  size: A4;
  margin: 10mm 10mm 12mm 15mm;
  @bottom-right { content: "Страница " counter(page) " из " counter(pages); font: 7pt "Liberation Sans", Arial, sans-serif; color: #777; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 8.5pt; line-height: 1.25; color: #111; }
h1 { font-size: 13pt; font-weight: bold; margin: 10px 0 4px; }
p { margin: 4px 0; }
b, .bold { font-weight: bold; }
.center { text-align: center; }
.num { text-align: right; white-space: nowrap; }
.muted { color: #555; }
.small { font-size: 7pt; }
.rule { border-bottom: 1.5pt solid #111; margin: 4px 0 8px; }

table { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border: 0.5pt solid #333; padding: 2px 4px; vertical-align: top; }
table.grid thead th { background: #eef1f4; font-weight: bold; text-align: center; vertical-align: middle; }
table.grid tr.sum td { font-weight: bold; background: #f6f7f9; }
thead { display: table-header-group; }
tr { break-inside: avoid; }

table.parties td { padding: 3px 0; vertical-align: top; }
table.parties td.label { width: 28mm; padding-right: 6px; color: #444; }

table.totals { width: auto; margin: 6px 0 0 auto; }
table.totals td { padding: 1px 0 1px 12px; font-weight: bold; text-align: right; white-space: nowrap; }

.signatures { display: flex; gap: 14mm; margin-top: 8mm; break-inside: avoid; }
.signatures > * { flex: 1; }
.sign-role { font-weight: bold; margin-bottom: 6mm; }
.sign-row { display: flex; align-items: flex-end; gap: 4mm; }
.sign-line { flex: 1; border-bottom: 0.5pt solid #111; height: 1px; }
.sign-name { flex: 1; border-bottom: 0.5pt solid #111; text-align: center; }
.sign-caption { display: flex; gap: 4mm; font-size: 6.5pt; color: #666; }
.sign-caption span { flex: 1; text-align: center; }
.stamp { margin-top: 3mm; font-size: 7pt; color: #666; }
`

/** A template's full stylesheet: the shared rules, then its own. */
export const withBase = (css: string): string => `${BASE_CSS}\n${css.trim()}\n`

/**
 * Default personal price list ("Прайс-лист"): the supplier, the buyer and its terms, then the lines grouped
 * by category with SKU, unit, the buyer's price and the stock available in its region.
 * Data: { number?, date, supplier, buyer, region?, currency, groups: [{ name, lines: [{ sku, title, variant, unit, price, stock }] }], total_lines }
 */
import { withBase } from "./base"

export const PRICE_LIST_BODY = `
<h1>Прайс-лист от {{date date "long"}}</h1>
<div class="rule"></div>
<table class="parties">
  <tr><td class="label">Поставщик:</td><td><b>{{> requisites supplier}}</b></td></tr>
  <tr><td class="label">Покупатель:</td><td><b>{{> requisites buyer}}</b></td></tr>
  {{#if region}}<tr><td class="label">Регион:</td><td>{{region}}</td></tr>{{/if}}
  <tr><td class="label">Валюта:</td><td>{{curName currency}}</td></tr>
</table>
<table class="grid lines">
  <thead>
    <tr><th class="c-sku">Артикул</th><th>Наименование</th><th class="c-unit">Ед.</th><th class="c-money">Цена</th><th class="c-qty">Остаток</th></tr>
  </thead>
  <tbody>
    {{#each groups}}
    <tr class="group"><td colspan="5">{{name}}</td></tr>
    {{#each lines}}
    <tr>
      <td>{{sku}}</td><td>{{title}}{{#if variant}}, {{variant}}{{/if}}</td><td class="center">{{unit}}</td>
      <td class="num">{{money price}}{{#if vat_note}} ({{vat_note}}){{/if}}</td><td class="num">{{qty stock}}</td>
    </tr>
    {{/each}}
    {{/each}}
  </tbody>
</table>
<p>Всего позиций: {{total_lines}}. {{#if prices_include_vat}}Цены указаны с учётом НДС (в т.ч. НДС){{else}}{{#if prices_exclude_vat}}Цены указаны без НДС, НДС начисляется сверху{{else}}Цены указаны с НДС или без НДС, как отмечено у позиции{{/if}}{{/if}} и действуют на дату прайс-листа.</p>
`

export const PRICE_LIST_CSS = withBase(`
table.lines { margin-top: 6px; }
table.lines .c-sku { width: 30mm; }
table.lines .c-unit { width: 10mm; }
table.lines .c-money { width: 24mm; }
table.lines .c-qty { width: 18mm; }
table.lines tr.group td { background: #f1f3f6; font-weight: bold; }
`)

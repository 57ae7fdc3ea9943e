/**
 * Default "Счёт на оплату" in the layout Russian accountants expect (the 1C one): the supplier's bank details
 * grid on top, the parties, the lines, the totals, the amount in words and two signatures.
 * Data: InvoiceData (../types.ts).
 */
import { withBase } from "./base"

export const INVOICE_BODY = `
<table class="grid bank">
  <tr>
    <td colspan="2" class="no-bottom">{{supplier.bank_name}}</td>
    <td class="key">БИК</td>
    <td class="no-bottom">{{supplier.bik}}</td>
  </tr>
  <tr>
    <td colspan="2" class="no-top caption">Банк получателя</td>
    <td class="key">Сч. №</td>
    <td class="no-top">{{supplier.corr_account}}</td>
  </tr>
  <tr>
    <td>ИНН {{supplier.inn}}</td>
    <td>КПП {{supplier.kpp}}</td>
    <td class="key" rowspan="2">Сч. №</td>
    <td rowspan="2">{{supplier.account}}</td>
  </tr>
  <tr>
    <td colspan="2">{{supplier.name}}<div class="caption">Получатель</div></td>
  </tr>
</table>

<h1>Счёт на оплату № {{number}} от {{date date "long"}}</h1>
<div class="rule"></div>

<table class="parties">
  <tr><td class="label">Поставщик<br>(Исполнитель):</td><td><b>{{> requisites supplier}}</b></td></tr>
  <tr><td class="label">Покупатель<br>(Заказчик):</td><td><b>{{> requisites buyer}}</b></td></tr>
  {{#if agreement}}
  <tr>
    <td class="label">Основание:</td>
    <td>Договор № {{agreement.number}}{{#if agreement.date}} от {{date agreement.date}}{{/if}}</td>
  </tr>
  {{/if}}
</table>

<table class="grid lines">
  <thead>
    <tr>
      <th class="c-no">№</th><th>Товар</th><th class="c-sku">Артикул</th><th class="c-qty">Кол-во</th>
      <th class="c-unit">Ед.</th><th class="c-money">Цена</th><th class="c-rate">Ставка НДС</th>
      <th class="c-money">Сумма НДС</th><th class="c-money">Сумма</th>
    </tr>
  </thead>
  <tbody>
    {{#each lines}}
    <tr>
      <td class="center">{{inc @index}}</td><td>{{title}}</td><td>{{sku}}</td><td class="num">{{qty quantity}}</td>
      <td class="center">{{unit}}</td><td class="num">{{money price}}</td><td class="center">{{vat vat_rate}}</td>
      <td class="num">{{money vat_amount}}</td><td class="num">{{money amount}}</td>
    </tr>
    {{/each}}
  </tbody>
</table>

<table class="totals">
  {{#if (eq prices_include_vat false)}}
  <tr><td>Итого:</td><td>{{money net_total}}</td></tr>
  <tr><td>Сумма НДС:</td><td>{{money vat_total}}</td></tr>
  {{else}}
  <tr><td>Итого:</td><td>{{money total}}</td></tr>
  <tr><td>В том числе НДС:</td><td>{{money vat_total}}</td></tr>
  {{/if}}
  <tr><td>Всего к оплате:</td><td>{{money total}}</td></tr>
</table>

<p>Всего наименований {{lines.length}}, на сумму {{money total}} {{cur currency}}</p>
<p class="words">{{words total currency}}</p>
{{#if notes}}<p class="notes">{{notes}}</p>{{/if}}
<div class="rule"></div>

<div class="signatures">
  {{> signature role=(or supplier.director_position "Руководитель") name=supplier.director}}
  {{> signature role="Бухгалтер" name=supplier.accountant}}
</div>
`

export const INVOICE_CSS = withBase(`
table.bank { margin-bottom: 4px; }
table.bank td { padding: 3px 4px; }
table.bank td.key { width: 14mm; }
table.bank td:last-child { width: 58mm; }
table.bank td.no-bottom { border-bottom: none; }
table.bank td.no-top { border-top: none; }
table.bank .caption { font-size: 7pt; color: #555; margin-top: 4px; }
table.lines { margin-top: 8px; }
table.lines th.c-no { width: 7mm; }
table.lines th.c-sku { width: 20mm; }
table.lines th.c-qty { width: 14mm; }
table.lines th.c-unit { width: 9mm; }
table.lines th.c-rate { width: 12mm; }
table.lines th.c-money { width: 19mm; }
.words { font-weight: bold; font-size: 9pt; }
.notes { font-size: 7.5pt; color: #444; }
`)

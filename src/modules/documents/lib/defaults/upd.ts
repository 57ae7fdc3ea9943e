/**
 * Default "Универсальный передаточный документ", status 1 (счёт-фактура and передаточный документ in one),
 * following the layout of the form recommended by the Federal Tax Service: A4 landscape, the numbered fields
 * (1)…(19) and the numbered table columns А, 1…11. Data: UpdData (../types.ts).
 */
import { withBase } from "./base"

export const UPD_BODY = `
<table class="upd-head">
  <tr>
    <td class="status-col">
      <div class="upd-name">Универсальный передаточный документ</div>
      <div class="status">Статус: <span class="status-box">1</span></div>
      <div class="small">1 — счёт-фактура и передаточный документ (акт)<br>2 — передаточный документ (акт)</div>
    </td>
    <td>
      <table class="fields">
        <tr class="title">
          <td>Счёт-фактура №</td><td><b>{{number}}</b> от <b>{{date date "long"}}</b></td><td class="ref">(1)</td>
        </tr>
        <tr><td>Исправление №</td><td>-- от --</td><td class="ref">(1а)</td></tr>
        <tr><td>Продавец:</td><td><b>{{supplier.name}}</b></td><td class="ref">(2)</td></tr>
        <tr><td>Адрес:</td><td>{{supplier.address}}</td><td class="ref">(2а)</td></tr>
        <tr><td>ИНН/КПП продавца:</td><td>{{supplier.inn}}{{#if supplier.kpp}}/{{supplier.kpp}}{{/if}}</td><td class="ref">(2б)</td></tr>
        <tr>
          <td>Грузоотправитель и его адрес:</td>
          <td>{{#if shipper}}{{shipper.name}}{{#if shipper.address}}, {{shipper.address}}{{/if}}{{else}}он же{{/if}}</td>
          <td class="ref">(3)</td>
        </tr>
        <tr>
          <td>Грузополучатель и его адрес:</td>
          <td>{{#with (or consignee buyer)}}{{name}}{{#if address}}, {{address}}{{/if}}{{/with}}</td>
          <td class="ref">(4)</td>
        </tr>
        <tr>
          <td>К платёжно-расчётному документу</td>
          <td>{{#each payment_documents}}{{#if @index}}; {{/if}}№ {{number}} от {{date date}}{{else}}№ -- от --{{/each}}</td>
          <td class="ref">(5)</td>
        </tr>
        <tr>
          <td>Документ об отгрузке</td>
          <td>№ п/п 1–{{lines.length}} № {{or shipment_number number}} от {{date (or shipment_date date)}}</td>
          <td class="ref">(5а)</td>
        </tr>
        <tr><td>Покупатель:</td><td><b>{{buyer.name}}</b></td><td class="ref">(6)</td></tr>
        <tr><td>Адрес:</td><td>{{buyer.address}}</td><td class="ref">(6а)</td></tr>
        <tr><td>ИНН/КПП покупателя:</td><td>{{buyer.inn}}{{#if buyer.kpp}}/{{buyer.kpp}}{{/if}}</td><td class="ref">(6б)</td></tr>
        <tr><td>Валюта: наименование, код</td><td>{{curName currency}}</td><td class="ref">(7)</td></tr>
        <tr>
          <td>Идентификатор государственного контракта, договора (соглашения) (при наличии):</td><td></td>
          <td class="ref">(8)</td>
        </tr>
      </table>
    </td>
  </tr>
</table>

<table class="grid lines">
  <thead>
    <tr>
      <th rowspan="2" class="c-no">№ п/п</th>
      <th rowspan="2" class="c-code">Код товара/ работ, услуг</th>
      <th rowspan="2">Наименование товара (описание выполненных работ, оказанных услуг), имущественного права</th>
      <th rowspan="2" class="c-kind">Код вида товара</th>
      <th colspan="2">Единица измерения</th>
      <th rowspan="2" class="c-qty">Коли&shy;чество (объём)</th>
      <th rowspan="2" class="c-money">Цена (тариф) за единицу измерения</th>
      <th rowspan="2" class="c-money">Стоимость товаров (работ, услуг), имущест&shy;венных прав без налога — всего</th>
      <th rowspan="2" class="c-excise">В том числе сумма акциза</th>
      <th rowspan="2" class="c-rate">Налоговая ставка</th>
      <th rowspan="2" class="c-money">Сумма налога, предъяв&shy;ляемая покупателю</th>
      <th rowspan="2" class="c-money">Стоимость товаров (работ, услуг), имущест&shy;венных прав с налогом — всего</th>
      <th colspan="2">Страна происхождения товара</th>
      <th rowspan="2" class="c-gtd">Регистрационный номер декларации на товары или партии товара</th>
    </tr>
    <tr>
      <th class="c-unit">код</th><th class="c-unit">условное обозна&shy;чение</th>
      <th class="c-unit">циф&shy;ровой код</th><th class="c-country">краткое наимено&shy;вание</th>
    </tr>
    <tr class="col-numbers">
      <th>А</th><th>Б</th><th>1</th><th>1а</th><th>2</th><th>2а</th><th>3</th><th>4</th><th>5</th><th>6</th>
      <th>7</th><th>8</th><th>9</th><th>10</th><th>10а</th><th>11</th>
    </tr>
  </thead>
  <tbody>
    {{#each lines}}
    <tr>
      <td class="center">{{inc @index}}</td><td>{{sku}}</td><td>{{title}}</td><td></td>
      <td class="center">{{unit_code}}</td><td class="center">{{unit}}</td><td class="num">{{qty quantity}}</td>
      <td class="num">{{money price_net}}</td><td class="num">{{money net_amount}}</td>
      <td class="excise">без акциза</td><td class="center">{{vat vat_rate}}</td>
      <td class="num">{{money vat_amount}}</td><td class="num">{{money total_amount}}</td>
      <td class="center">{{country_code}}</td><td>{{country_name}}</td><td class="small">{{customs_declaration}}</td>
    </tr>
    {{/each}}
    <tr class="sum">
      <td colspan="8">Всего к оплате (9)</td><td class="num">{{money net_total}}</td>
      <td colspan="2" class="center">Х</td><td class="num">{{money vat_total}}</td><td class="num">{{money total}}</td>
      <td colspan="3"></td>
    </tr>
  </tbody>
</table>

<div class="signatures heads">
  {{> signature role="Руководитель организации или иное уполномоченное лицо" name=supplier.director}}
  {{> signature role="Главный бухгалтер или иное уполномоченное лицо" name=supplier.accountant}}
</div>

<table class="fields basis">
  <tr>
    <td>Основание передачи (сдачи) / получения (приёмки)</td>
    <td>{{#if agreement}}Договор № {{agreement.number}}{{#if agreement.date}} от {{date agreement.date}}{{/if}}{{/if}}</td>
    <td class="ref">[8]</td>
  </tr>
  <tr><td>Данные о транспортировке и грузе</td><td></td><td class="ref">[9]</td></tr>
</table>

<div class="sides">
  <div>
    {{> signature role="Товар (груз) передал / услуги, результаты работ, права сдал [10]" name=supplier.director}}
    <p>Дата отгрузки, передачи (сдачи): <b>{{date (or shipment_date date) "long"}}</b> [11]</p>
    <p>Иные сведения об отгрузке, передаче [12]</p>
    {{> signature role="Ответственный за правильность оформления факта хозяйственной жизни [13]" name=supplier.accountant}}
    <p class="entity">{{supplier.name}}, ИНН/КПП {{supplier.inn}}{{#if supplier.kpp}}/{{supplier.kpp}}{{/if}} [14]</p>
    <p class="small muted">Наименование экономического субъекта — составителя документа</p>
    <p class="stamp">М.П.</p>
  </div>
  <div>
    {{> signature role="Товар (груз) получил / услуги, результаты работ, права принял [15]" name=""}}
    <p>Дата получения (приёмки): «____» ______________ 20___ г. [16]</p>
    <p>Иные сведения о получении, приёмке [17]</p>
    {{> signature role="Ответственный за правильность оформления факта хозяйственной жизни [18]" name=""}}
    <p class="entity">{{buyer.name}}, ИНН/КПП {{buyer.inn}}{{#if buyer.kpp}}/{{buyer.kpp}}{{/if}} [19]</p>
    <p class="small muted">Наименование экономического субъекта — составителя документа</p>
    <p class="stamp">М.П.</p>
  </div>
</div>
`

export const UPD_CSS = withBase(`
@page { size: A4 landscape; margin: 8mm 10mm 10mm 10mm; }
body { font-size: 7.5pt; }
table.upd-head > tbody > tr > td { vertical-align: top; }
td.status-col { width: 40mm; padding-right: 4mm; border-right: 1pt solid #111; }
.upd-name { font-weight: bold; font-size: 9pt; margin-bottom: 4mm; }
.status { margin-bottom: 2mm; }
.status-box { display: inline-block; border: 1pt solid #111; padding: 0 6px; font-weight: bold; }
table.fields { margin-left: 3mm; width: calc(100% - 3mm); table-layout: fixed; }
table.fields td { padding: 0.5px 2px; vertical-align: bottom; }
table.fields td:first-child { width: 66mm; }
table.fields td:nth-child(2) { border-bottom: 0.5pt solid #111; }
table.fields td.ref { width: 9mm; text-align: right; color: #555; }
table.fields tr.title td { font-size: 9.5pt; padding-bottom: 2px; }
table.lines { margin-top: 3mm; font-size: 7pt; }
table.lines thead th { font-weight: normal; font-size: 6.5pt; line-height: 1.1; padding: 1px 2px; }
table.lines tr.col-numbers th { background: #fff; font-size: 6.5pt; }
table.lines td { padding: 1px 3px; }
table.lines td.excise { font-size: 6pt; white-space: nowrap; text-align: center; }
table.lines .c-no { width: 7mm; }
table.lines .c-code { width: 18mm; }
table.lines .c-kind { width: 8mm; }
table.lines .c-unit { width: 10mm; }
table.lines .c-qty { width: 13mm; }
table.lines .c-money { width: 18mm; }
table.lines .c-excise { width: 12mm; }
table.lines .c-rate { width: 11mm; }
table.lines .c-country { width: 16mm; }
table.lines .c-gtd { width: 20mm; }
.signatures.heads { margin-top: 4mm; }
.signatures .sign-role { font-weight: normal; margin-bottom: 3mm; }
table.basis { margin: 3mm 0 0; width: 100%; break-inside: avoid; }
table.basis td:first-child { width: 72mm; }
.sides { display: flex; gap: 10mm; margin-top: 3mm; break-inside: avoid; }
.sides > div { flex: 1; }
.sides > div + div { border-left: 1pt solid #111; padding-left: 5mm; }
.sides .sign { margin: 2mm 0; }
.sides .sign-role { font-weight: normal; margin-bottom: 3mm; }
.sides p { margin: 1.5mm 0; }
.entity { border-bottom: 0.5pt solid #111; }
`)

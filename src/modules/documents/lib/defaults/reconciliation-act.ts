/**
 * Default "Акт сверки взаимных расчётов": the supplier's side filled in (opening balance, documents of the
 * period, turnover, closing balance), the buyer's side left blank for the buyer to fill and sign, the
 * concluding sentence about the debt and both parties' signatures. Data: ReconciliationActData (../types.ts).
 */
import { withBase } from "./base"

export const RECONCILIATION_ACT_BODY = `
<h1 class="center">Акт сверки взаимных расчётов № {{number}}</h1>
<p class="center">
  за период с {{date period_from}} по {{date period_to}}<br>
  между <b>{{supplier.name}}</b> и <b>{{buyer.name}}</b>
  {{#if agreement}}<br>по договору № {{agreement.number}}{{#if agreement.date}} от {{date agreement.date}}{{/if}}{{/if}}
</p>
<p class="center muted small">Дата составления: {{date date}}</p>

<p class="intro">
  Мы, нижеподписавшиеся, представитель {{supplier.name}}, с одной стороны, и представитель {{buyer.name}},
  с другой стороны, составили настоящий акт сверки в том, что состояние взаимных расчётов по данным учёта
  следующее:
</p>

<table class="grid act">
  <colgroup>
    <col class="c-date"><col><col class="c-money"><col class="c-money">
    <col class="c-date"><col><col class="c-money"><col class="c-money">
  </colgroup>
  <thead>
    <tr><th colspan="4" class="split">По данным {{supplier.name}}, руб.</th><th colspan="4">По данным {{buyer.name}}, руб.</th></tr>
    <tr>
      <th>Дата</th><th>Документ</th><th>Дебет</th><th class="split">Кредит</th>
      <th>Дата</th><th>Документ</th><th>Дебет</th><th>Кредит</th>
    </tr>
  </thead>
  <tbody>
    <tr class="sum">
      <td colspan="2">Сальдо начальное</td><td class="num">{{money opening.debit}}</td>
      <td class="num split">{{money opening.credit}}</td><td colspan="2">Сальдо начальное</td><td></td><td></td>
    </tr>
    {{#each rows}}
    <tr>
      <td class="center">{{date date}}</td><td>{{document}}</td><td class="num">{{money debit}}</td>
      <td class="num split">{{money credit}}</td><td></td><td></td><td></td><td></td>
    </tr>
    {{/each}}
    <tr class="sum">
      <td colspan="2">Обороты за период</td><td class="num">{{money turnover.debit}}</td>
      <td class="num split">{{money turnover.credit}}</td><td colspan="2">Обороты за период</td><td></td><td></td>
    </tr>
    <tr class="sum">
      <td colspan="2">Сальдо конечное</td><td class="num">{{money closing.debit}}</td>
      <td class="num split">{{money closing.credit}}</td><td colspan="2">Сальдо конечное</td><td></td><td></td>
    </tr>
  </tbody>
</table>

<div class="conclusion">
  <p>По данным {{supplier.name}}:</p>
  <p class="bold">{{closing_text}}</p>
</div>

<div class="signatures">
  <div>
    <p class="party">От {{supplier.name}}</p>
    {{> signature role=(or supplier.director_position "Руководитель") name=supplier.director}}
    <p class="stamp">М.П.</p>
  </div>
  <div>
    <p class="party">От {{buyer.name}}</p>
    {{> signature role=(or buyer.director_position "Руководитель") name=buyer.director}}
    <p class="stamp">М.П.</p>
  </div>
</div>
`

export const RECONCILIATION_ACT_CSS = withBase(`
h1 { margin-top: 0; }
.intro { margin: 6px 0 8px; text-align: justify; }
table.act { font-size: 7.5pt; table-layout: fixed; }
table.act col.c-date { width: 17mm; }
table.act col.c-money { width: 18mm; }
table.act .split { border-right: 1.2pt solid #111; }
.conclusion { margin-top: 8px; break-inside: avoid; }
.party { font-weight: bold; margin-bottom: 4mm; }
.signatures .sign-role { font-weight: normal; }
`)

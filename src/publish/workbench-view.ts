/**
 * The workbench's page, drawn from its state: the spreadsheet step, the result with its download, the problems
 * (errors apart from warnings), the live preview, the comparison, the list without JavaScript, the corrections.
 * Every text from a file is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ARBEIDSMARKTREGIOS } from '../feed/domain.js';
import { MAX_SHOWN as MAX_TABLE_ROWS, type ShownDiff } from './session.js';
import { FIELD_COLUMNS, fieldOf, type ReceivedCorrection } from './corrections.js';
import type { Finding } from './sheet-to-feed.js';
import type { WorkbenchActions, WorkbenchState } from './workbench-state.js';
import { workbenchTexts as t } from './workbench-texts.js';

const MAX_VALUE_LENGTH = 200;

const shortValue = (value: string | undefined) =>
  value === undefined ? '' : value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;

/** A labelled file field that hands the chosen file on. */
const fileField = (id: string, label: string, accept: string, chosen: (file: File) => Promise<void>) => html`
  <label for=${id}>${label}</label>
  <input
    id=${id}
    type="file"
    accept=${accept}
    @change=${(event: Event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void chosen(file);
    }}
  />
`;

function renderFile(state: WorkbenchState, actions: WorkbenchActions) {
  const sheets = state.sheet?.sheets ?? [];
  return html`
    <section aria-labelledby="step-file">
      <h2 id="step-file">1. Kies de spreadsheet</h2>
      <p>
        Een CSV zoals Excel die bewaart (met <code>;</code> of <code>,</code>, ook Windows-1252 of UTF-8 met BOM) of het
        XLSX-bestand zelf, met de kolommen van het <a href="routes-template.csv" download>sjabloon</a>.
      </p>
      <div
        class="drop ${state.dragging ? 'dragging' : ''}"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          actions.dragging(true);
        }}
        @dragleave=${() => actions.dragging(false)}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          actions.dragging(false);
          const file = event.dataTransfer?.files[0];
          if (file) void actions.chooseFile(file);
        }}
      >
        ${fileField(
          'sheet-file',
          'Bestand (CSV of XLSX)',
          '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          actions.chooseFile,
        )}
        <p class="hint">of sleep het bestand hierheen</p>
      </div>
      ${
        sheets.length > 1
          ? html`<p>
              <label for="sheet-name">Blad</label>
              <select
                id="sheet-name"
                @change=${(event: Event) => void actions.chooseSheet((event.target as HTMLSelectElement).value)}
              >
                ${sheets.map((name) => html`<option ?selected=${name === state.sheet?.sheet}>${name}</option>`)}
              </select>
            </p>`
          : nothing
      }
      <p id="read-status" class="status ${state.failure ? 'failure' : ''}" role="status">
        ${state.failure ?? state.status}
      </p>
    </section>
  `;
}

const DUO_KINDS = ['vestigingen', 'locaties', 'mbo'] as const;

function renderDuo(state: WorkbenchState, actions: WorkbenchActions) {
  return html`
    <section aria-labelledby="step-duo">
      <h2 id="step-duo">${t.duoHeading}</h2>
      <p>${t.duoIntro}</p>
      <div
        class="drop duo-drop"
        @dragover=${(event: DragEvent) => event.preventDefault()}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          void actions.dropDuo([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <ul class="duo-files">
          ${DUO_KINDS.map((kind) => {
            const chosen = state.duo[kind];
            return html`<li>
              ${fileField(`duo-${kind}`, t.duoFiles[kind], '.csv,text/csv', (file) => actions.chooseDuo(kind, file))}
              <span class="hint" id=${`duo-${kind}-chosen`}
                >${chosen ? t.duoChosen(chosen.name, chosen.date) : t.duoNone}</span
              >
            </li>`;
          })}
        </ul>
        <p class="hint">${t.duoDrop}</p>
      </div>
      ${state.duoUnknown ? html`<p class="status failure" id="duo-unknown" role="status">${t.duoNotRecognised(state.duoUnknown)}</p>` : nothing}
      ${!state.duo.vestigingen && (state.duo.locaties || state.duo.mbo) ? html`<p class="hint">${t.duoNeedsVestigingen}</p>` : nothing}
      <p>
        <label class="check">
          <input
            type="checkbox"
            id="duo-geocode"
            .checked=${state.geocode}
            @change=${(event: Event) => void actions.allowGeocode((event.target as HTMLInputElement).checked)}
          />
          ${t.duoGeocode}
        </label>
      </p>
      <p class="hint">${t.duoGeocodeNote}</p>
      ${
        Object.keys(state.duo).length
          ? html`<p>
              <button type="button" class="button" id="duo-forget" @click=${() => void actions.forgetDuo()}>
                ${t.duoForget}
              </button>
            </p>`
          : nothing
      }
    </section>
  `;
}

function renderFilled(filled: NonNullable<WorkbenchState['filled']>) {
  return html`
    <h3 id="filled-title">${t.filledHeading(filled.count)}</h3>
    <div class="table-scroll">
      <table id="filled" aria-labelledby="filled-title">
        <thead>
          <tr>
            <th scope="col">${t.row}</th>
            <th scope="col">${t.column}</th>
            <th scope="col">${t.value}</th>
            <th scope="col">${t.source}</th>
          </tr>
        </thead>
        <tbody>
          ${filled.cells.map(
            (cell) =>
              html`<tr>
                <td>${cell.row}</td>
                <td>${cell.column}</td>
                <td class="value">${shortValue(cell.value)}</td>
                <td>${t.duoSource[cell.source]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${filled.count > filled.cells.length ? html`<p class="hint">${t.shownOf(filled.cells.length, filled.count)}</p>` : nothing}
  `;
}

function renderResult(state: WorkbenchState) {
  const result = state.result!;
  const errors = result.findings.filter((f) => f.kind === 'error');
  const errorRows = new Set(errors.filter((f) => f.row !== undefined && f.row > 1).map((f) => f.row)).size;
  const headerProblems = errors.filter((f) => f.row === 1).length;
  const warnings = result.findings.length - errors.length;
  const routes = result.routeCount;
  return html`
    <section aria-labelledby="step-result">
      <h2 id="step-result">2. Het resultaat</h2>
      <p class="summary" id="summary">
        ${t.summary(routes, errorRows, warnings)}${headerProblems ? html`, ${t.headerProblems(headerProblems)}` : nothing}
      </p>
      <p class="hint">${state.readAs}</p>
      ${state.filled ? renderFilled(state.filled) : nothing}
      ${
        state.downloadUrl
          ? html`<p class="actions">
                <a class="button primary" id="download" href=${state.downloadUrl} download="routes.json"
                  >${t.download}</a
                >
                <a href="feed.schema.json">${t.schema}</a>
              </p>
              <p class="hint">${t.downloadHint(state.downloadKb ?? 0)}</p>`
          : html`<p class="failure">${t.nothingBuilt}</p>`
      }
    </section>
  `;
}

function problemTable(id: string, title: string, findings: readonly Finding[]) {
  const shown = findings.slice(0, MAX_TABLE_ROWS);
  return html`
    <h3 id=${`${id}-title`}>${title}</h3>
    ${findings.length > shown.length ? html`<p class="hint">${t.shownOf(shown.length, findings.length)}</p>` : nothing}
    <div class="table-scroll" role="region" aria-labelledby=${`${id}-title`} tabindex="0">
      <table id=${id}>
        <thead>
          <tr>
            <th scope="col">${t.row}</th>
            <th scope="col">${t.column}</th>
            <th scope="col">${t.value}</th>
            <th scope="col">${t.message}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (finding) =>
              html`<tr>
                <td>${finding.row ?? ''}</td>
                <td>${finding.column ?? t.wholeRow}</td>
                <td class="value">${shortValue(finding.value)}</td>
                <td>${finding.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

function renderProblems(state: WorkbenchState, actions: WorkbenchActions) {
  const findings = state.result!.findings;
  if (!findings.length) {
    return html`<section aria-labelledby="step-problems">
      <h2 id="step-problems">3. Fouten en waarschuwingen</h2>
      <p>${t.noProblems}</p>
    </section>`;
  }
  const { filter } = state;
  const inColumn = (finding: Finding) => !filter.column || (finding.column ?? '') === filter.column;
  const errors = findings.filter((f) => f.kind === 'error');
  const warnings = findings.filter((f) => f.kind === 'warning');
  const columns = [...new Set(findings.map((f) => f.column ?? ''))].filter(Boolean).sort();
  return html`
    <section aria-labelledby="step-problems">
      <h2 id="step-problems">3. Fouten en waarschuwingen</h2>
      <div class="filters" role="group" aria-label="Filter">
        <label class="check"
          ><input
            type="checkbox"
            id="show-errors"
            .checked=${filter.errors}
            @change=${(event: Event) => actions.filter({ errors: (event.target as HTMLInputElement).checked })}
          />
          ${t.showErrors(errors.length)}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            id="show-warnings"
            .checked=${filter.warnings}
            @change=${(event: Event) => actions.filter({ warnings: (event.target as HTMLInputElement).checked })}
          />
          ${t.showWarnings(warnings.length)}</label
        >
        <label
          >${t.columnFilter}
          <select
            id="column-filter"
            @change=${(event: Event) => actions.filter({ column: (event.target as HTMLSelectElement).value })}
          >
            <option value="">${t.allColumns}</option>
            ${columns.map((column) => html`<option ?selected=${column === filter.column}>${column}</option>`)}
          </select></label
        >
      </div>
      ${filter.errors && errors.length ? problemTable('errors', t.errorsTitle(errors.length), errors.filter(inColumn)) : nothing}
      ${
        filter.warnings && warnings.length
          ? problemTable('warnings', t.warningsTitle(warnings.length), warnings.filter(inColumn))
          : nothing
      }
    </section>
  `;
}

function renderPreview(state: WorkbenchState, actions: WorkbenchActions) {
  if (!state.previewUrl) return nothing;
  return html`
    <section aria-labelledby="step-preview">
      <h2 id="step-preview">4. Voorbeeld</h2>
      <p id="preview-count" role="status">
        ${state.previewCount === undefined ? '' : t.previewCount(state.previewCount)}
      </p>
      <leerroutes-kaart
        id="preview"
        src=${state.previewUrl}
        basemap=${state.basemap ?? nothing}
        loading="eager"
        label="Voorbeeld van de kaart met de routes uit de spreadsheet"
        @feed-load=${(event: CustomEvent<{ shown: number }>) => actions.previewLoaded(event.detail.shown)}
      ></leerroutes-kaart>
    </section>
  `;
}

const shown = (value: unknown) =>
  value === undefined ? t.empty : typeof value === 'string' ? shortValue(value) : shortValue(JSON.stringify(value));

function renderDiff(diff: ShownDiff) {
  const list = (id: string, title: string, routes: { id: string; naam: string }[], count: number) =>
    count
      ? html`<h3>${title} (${count})</h3>
          <ul id=${id}>
            ${routes.slice(0, MAX_TABLE_ROWS).map((route) => html`<li><code>${route.id}</code> ${route.naam}</li>`)}
          </ul>
          ${count > MAX_TABLE_ROWS ? html`<p class="hint">${t.shownOf(MAX_TABLE_ROWS, count)}</p>` : nothing}`
      : nothing;
  return html`
    <p class="summary" id="compare-summary">
      ${t.compareSummary(diff.counts.added, diff.counts.removed, diff.counts.changed)}
    </p>
    ${list('compare-added', t.added, diff.added, diff.counts.added)}
    ${list('compare-removed', t.removed, diff.removed, diff.counts.removed)}
    ${
      diff.counts.changed
        ? html`<h3>${t.changed} (${diff.counts.changed})</h3>
            <div id="compare-changed">
              ${diff.changed.slice(0, MAX_TABLE_ROWS).map(
                (route) =>
                  html`<details>
                    <summary><code>${route.id}</code> ${route.naam}: ${t.fields(route.fields.length)}</summary>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">${t.field}</th>
                          <th scope="col">${t.before}</th>
                          <th scope="col">${t.after}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${route.fields.map((field) =>
                          field.withheld
                            ? html`<tr>
                                <td>${field.path}</td>
                                <td colspan="2">${t.withheld}</td>
                              </tr>`
                            : html`<tr>
                                <td>${field.path}</td>
                                <td class="value">${shown(field.before)}</td>
                                <td class="value">${shown(field.after)}</td>
                              </tr>`,
                        )}
                      </tbody>
                    </table>
                  </details>`,
              )}
            </div>
            ${
              diff.counts.changed > MAX_TABLE_ROWS
                ? html`<p class="hint">${t.shownOf(MAX_TABLE_ROWS, diff.counts.changed)}</p>`
                : nothing
            }`
        : nothing
    }
  `;
}

function renderCompare(state: WorkbenchState, actions: WorkbenchActions) {
  const { compare } = state;
  return html`
    <section aria-labelledby="step-compare">
      <h2 id="step-compare">5. Vergelijk met de gepubliceerde feed</h2>
      <form
        class="inline"
        @submit=${(event: Event) => {
          event.preventDefault();
          const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('#compare-url')!;
          void actions.compareUrl(input.value);
        }}
      >
        <label for="compare-url">${t.compareUrl}</label>
        <input id="compare-url" type="url" inputmode="url" .value=${compare.url} placeholder="https://…/routes.json" />
        <button type="submit" class="button">${t.compareButton}</button>
      </form>
      <p>
        ${fileField('compare-file', t.compareFile, '.json,.geojson,application/json,application/geo+json', actions.compareFile)}
      </p>
      <div id="compare-result" role="status">
        ${
          compare.busy
            ? t.comparing
            : compare.failure
              ? html`<p class="failure">${t.compareFailed(compare.failure)}</p>`
              : compare.diff
                ? renderDiff(compare.diff)
                : nothing
        }
      </div>
    </section>
  `;
}

function renderFragment(state: WorkbenchState, actions: WorkbenchActions) {
  const { fragment } = state;
  return html`
    <section aria-labelledby="step-fragment">
      <h2 id="step-fragment">6. Lijst zonder JavaScript</h2>
      <p>
        Dezelfde routes als gewone HTML-lijst, per school: om in het element te plakken. Kies een regio voor een
        kleinere lijst.
      </p>
      <form
        class="inline"
        @submit=${(event: Event) => {
          event.preventDefault();
          actions.makeFragment(
            (event.target as HTMLFormElement).querySelector<HTMLSelectElement>('#fragment-region')!.value,
          );
        }}
      >
        <label for="fragment-region">${t.fragmentRegion}</label>
        <select id="fragment-region">
          <option value="">${t.fragmentAll}</option>
          ${ARBEIDSMARKTREGIOS.map((region) => html`<option ?selected=${region.naam === fragment.region}>${region.naam}</option>`)}
        </select>
        <button type="submit" class="button">${t.fragmentButton}</button>
      </form>
      ${
        fragment.url
          ? html`<p>
                <a class="button" id="fragment-download" href=${fragment.url} download="routes.html"
                  >${t.fragmentDownload}</a
                >
              </p>
              <p class="hint" id="fragment-size">${t.fragmentSize(fragment.routes ?? 0, fragment.kb ?? 0)}</p>`
          : nothing
      }
    </section>
  `;
}

const CONTACT_CELLS = new Set<string>(['contactNaam', 'contactFunctie', 'contactEmail', 'contactTelefoon']);

function correctionRow(state: WorkbenchState, correction: ReceivedCorrection) {
  const match = state.rowsById?.get(correction.routeId);
  const field = fieldOf(correction.field);
  const columns = field ? FIELD_COLUMNS[field] : [];
  const filled = match ? columns.filter((column) => match.cell[column] !== undefined) : [];
  const sheetCells: TemplateResult | string = !state.rowsById
    ? ''
    : !match
      ? t.notInSheet
      : html`${t.rowColumns(match.row, (filled.length ? filled : columns).join(', '))}
        ${(filled.length ? filled : columns).map((column) =>
          // The sheet holds contacts who said no: the workbench shows them nowhere, as the feed does not.
          CONTACT_CELLS.has(column) && match.cell.toestemming?.trim().toLowerCase() !== 'ja'
            ? html`<br /><span class="withheld">${t.contactCellWithheld}</span>`
            : html`<br /><span class="value">${shortValue(match.cell[column]) || t.empty}</span>`,
        )}`;
  const sender = [correction.senderNaam, correction.senderEmail].filter(Boolean).join(', ');
  return html`<tr>
    <td><code>${correction.routeId}</code>${match?.cell.naam ? html`<br />${match.cell.naam}` : nothing}</td>
    <td>${field && field !== 'anders' ? field : t.otherField(field ? '' : correction.field)}</td>
    <td>${sheetCells}</td>
    <td class="value">${shortValue(correction.current) || t.empty}</td>
    <td class="value proposed">${correction.proposed}</td>
    <td>${sender}</td>
  </tr>`;
}

function renderCorrections(state: WorkbenchState, actions: WorkbenchActions) {
  const read = state.corrections.read;
  return html`
    <section aria-labelledby="step-corrections">
      <h2 id="step-corrections">Correcties van bezoekers</h2>
      <p>
        Wat bezoekers via "Klopt er iets niet?" doorgaven: het bestand dat het correctie-adres verzamelde (JSON, één per
        regel), of de e-mails zelf. Elke correctie staat naast de rij in de spreadsheet; pas ze daar aan en kies de
        spreadsheet opnieuw.
      </p>
      <p>
        ${fileField(
          'corrections-file',
          t.correctionsFile,
          '.jsonl,.json,.txt,.eml,application/json,text/plain',
          actions.correctionsFile,
        )}
      </p>
      <form
        @submit=${(event: Event) => {
          event.preventDefault();
          actions.readCorrections((event.target as HTMLFormElement).querySelector('textarea')!.value);
        }}
      >
        <label for="corrections-text">${t.correctionsPaste}</label>
        <textarea id="corrections-text" rows="6" .value=${state.corrections.text}></textarea>
        <button type="submit" class="button">${t.correctionsButton}</button>
      </form>
      ${
        read
          ? html`
              <p id="corrections-count" role="status">
                ${read.corrections.length ? t.correctionsCount(read.corrections.length) : t.correctionsNone}
              </p>
              ${!state.rowsById && read.corrections.length ? html`<p class="hint">${t.noSheetYet}</p>` : nothing}
              ${
                read.leftOut.corrections || read.leftOut.unreadable || read.leftOut.characters
                  ? html`<p class="hint" id="corrections-left-out">
                      ${t.correctionsLeftOut(read.leftOut.corrections, read.leftOut.unreadable, read.leftOut.characters)}
                    </p>`
                  : nothing
              }
              ${
                read.corrections.length > MAX_TABLE_ROWS
                  ? html`<p class="hint">${t.shownOf(MAX_TABLE_ROWS, read.corrections.length)}</p>`
                  : nothing
              }
              ${
                read.unreadable.length
                  ? html`<ul class="failure" id="corrections-unreadable">
                      ${read.unreadable.map((u) => html`<li>${t.unreadable(u.kind, u.index, u.reason)}</li>`)}
                    </ul>`
                  : nothing
              }
              ${
                read.corrections.length
                  ? html`<div class="table-scroll" role="region" aria-labelledby="step-corrections" tabindex="0">
                      <table id="corrections">
                        <thead>
                          <tr>
                            <th scope="col">${t.route}</th>
                            <th scope="col">${t.field}</th>
                            <th scope="col">${t.inSheet}</th>
                            <th scope="col">${t.seen}</th>
                            <th scope="col">${t.proposed}</th>
                            <th scope="col">${t.sender}</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${read.corrections.slice(0, MAX_TABLE_ROWS).map((correction) => correctionRow(state, correction))}
                        </tbody>
                      </table>
                    </div>`
                  : nothing
              }
            `
          : nothing
      }
    </section>
  `;
}

export function renderWorkbench(state: WorkbenchState, actions: WorkbenchActions) {
  return html`
    ${renderFile(state, actions)} ${renderDuo(state, actions)}
    ${
      state.result
        ? html`${renderResult(state)} ${renderProblems(state, actions)} ${renderPreview(state, actions)}
          ${renderCompare(state, actions)} ${state.hasRoutes ? renderFragment(state, actions) : nothing}`
        : nothing
    }
    ${renderCorrections(state, actions)}
  `;
}

/**
 * The map stage: the focusable map (OpenLayers draws into it), the full-screen and "Mijn locatie" buttons, the
 * legend, passing hints and notices, and the overlays for loading and for a feed that cannot be used.
 */
import { html, svg, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { FeedFailure } from '../../feed/parse-feed.js';
import { describeFailure } from '../../feed/messages.js';
import { renderLegend } from '../kind-badge/kind-badge.js';
import type { MapStore } from '../../model/store.js';

/** What the stage shows of the map and asks of it. */
export interface StageMap {
  readonly tilesFailed: boolean;
  readonly codeFailed: boolean;
  /** Enter on the focused map. */
  onKeydown(event: KeyboardEvent): void;
  /** "4 routes buiten beeld": all visible routes into view. */
  showAll(): void;
  retryCode(): void;
}

export interface StageFullscreen {
  readonly available: boolean;
  readonly active: boolean;
  toggle(): unknown;
}

export interface StageGeolocation {
  readonly message: string;
  locate(messages: Messages): void;
}

export interface StageHints {
  readonly hint: string | undefined;
  showHint(text: string): void;
}

const icon = (path: unknown) =>
  svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
const ICON_FULLSCREEN = icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`);
const ICON_EXIT_FULLSCREEN = icon(svg`<path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5"/>`);
const ICON_LOCATE = icon(svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3"/>`);

/** Failures that may pass by themselves, so trying again makes sense. */
const RETRYABLE = new Set<FeedFailure['kind']>(['network', 'timeout', 'http']);

export interface StageView {
  messages: Messages;
  label: string;
  store: MapStore;
  map: StageMap;
  fullscreen: StageFullscreen;
  geolocation: StageGeolocation;
  announcer: StageHints;
  wheelZoom: boolean;
  /** A press on the map closes open filter menus. */
  closeMenus: () => void;
  legendExpanded: boolean;
  onToggleLegend: () => void;
  /** The coverage view: the map is a choropleth of the regions, with its own legend (rendered by its module). */
  coverage: boolean;
  coverageLegend: unknown;
}

export function renderStage(view: StageView) {
  const { messages: m, fullscreen, announcer } = view;
  const outside = view.store.inView.outsideRoutes;
  // Whether the routes shown are a selection (a search or filter): then those out of view are worth a button.
  const filtered = view.store.visible.length < view.store.scopeTotal;
  // Why nothing is shown: said on the map when it is where the visitor looks (it has an area), else in the list.
  const empty = view.store.emptyState;
  const emptyText = empty && view.store.mapArea && !view.coverage ? m.ui.empty(empty) : undefined;
  // Passive: they only show a hint, never cancel, so the browser need not wait for them to scroll or zoom.
  const onWheel = (event: WheelEvent) => {
    if (view.wheelZoom || event.ctrlKey || event.metaKey) return;
    announcer.showHint(m.ui.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform)));
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length === 1) announcer.showHint(m.ui.touchHint);
  };
  return html`
    <div class="stage" @pointerdown=${view.closeMenus}>
      <div class="map-area">
        <div
          class="map"
          part="map"
          tabindex="0"
          role="application"
          aria-roledescription=${m.ui.viewMap.toLowerCase()}
          aria-label=${view.label}
          aria-describedby="map-help"
          @keydown=${view.map.onKeydown}
          @wheel=${{ handleEvent: onWheel, passive: true }}
          @touchmove=${{ handleEvent: onTouchMove, passive: true }}
        ></div>
        <!-- Hidden: read as the map's description when it has focus, not a second time in the reading order. -->
        <p id="map-help" hidden>${m.ui.mapHelp}</p>
        <div class="map-tools">
          ${
            fullscreen.available
              ? html`<button
                  type="button"
                  class="map-tool map-fullscreen"
                  part="tool-button"
                  aria-pressed=${fullscreen.active ? 'true' : 'false'}
                  title=${fullscreen.active ? m.ui.exitFullscreen : m.ui.fullscreen}
                  @click=${() => void fullscreen.toggle()}
                >
                  ${fullscreen.active ? ICON_EXIT_FULLSCREEN : ICON_FULLSCREEN}
                  <span class="visually-hidden">${m.ui.fullscreen}</span>
                </button>`
              : nothing
          }
          <button
            type="button"
            class="map-tool map-locate"
            part="tool-button"
            title=${m.ui.myLocation}
            @click=${() => view.geolocation.locate(m)}
          >
            ${ICON_LOCATE}<span class="visually-hidden">${m.ui.myLocation}</span>
          </button>
        </div>
        ${view.geolocation.message ? html`<p class="map-location" role="status">${view.geolocation.message}</p>` : nothing}
        ${
          filtered && outside > 0 && !view.coverage
            ? html`<button type="button" class="map-outside" @click=${() => view.map.showAll()}>
                ${m.ui.outsideRoutes(outside)}
              </button>`
            : nothing
        }
        ${
          view.map.codeFailed
            ? html`<div class="map-overlay map-error" role="alert" part="message">
                <p>${m.ui.mapCodeFailed}</p>
                <button type="button" class="map-retry" part="retry-button" @click=${() => view.map.retryCode()}>
                  ${m.fatal.retry}
                </button>
              </div>`
            : nothing
        }
        ${announcer.hint ? html`<div class="map-hint" aria-hidden="true">${announcer.hint}</div>` : nothing}
        ${
          view.store.lockFailed
            ? html`<div class="map-overlay map-notice" role="alert">
                ${m.ui.unknownLockedRegion(view.store.lockFailed.map((written) => `"${written.slice(0, 40)}"`).join(', '))}
              </div>`
            : emptyText
              ? html`<div class="map-overlay map-notice">${emptyText}</div>`
              : nothing
        }
      </div>
      <div class="map-dock">
        ${view.coverage ? view.coverageLegend : renderLegend(m, view.legendExpanded, view.onToggleLegend)}
        ${view.map.tilesFailed ? html`<p class="map-tile-notice" role="status">${m.ui.tilesFailed}</p>` : nothing}
      </div>
    </div>
  `;
}

export interface OverlaysView {
  messages: Messages;
  loading: boolean;
  failure: FeedFailure | undefined;
  onRetry: () => void;
}

/** Loading and failure, over map and list alike. */
export function renderOverlays({ messages: m, loading, failure, onRetry }: OverlaysView) {
  return html`
    <div role="status">${loading ? html`<div class="map-overlay map-loading">${m.ui.loading}</div>` : nothing}</div>
    ${
      failure
        ? html`<div class="map-overlay map-error" role="alert" part="message">
            <strong>${m.fatal.title}</strong>
            <p>${describeFailure(failure, m)}</p>
            ${
              RETRYABLE.has(failure.kind)
                ? html`<button type="button" class="map-retry" part="retry-button" @click=${onRetry}>
                    ${m.fatal.retry}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
  `;
}

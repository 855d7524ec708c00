/**
 * The detail panel's frame: beside the map on wide screens, a bottom sheet on narrow ones, on paper in the flow.
 * It comes with the element (a panel opened before its code shows the frame with a loading line); what is inside
 * it comes with the panel's code (route-detail.styles.ts, chunks/detail-panel.ts).
 */
import { css } from 'lit';

export const panelFrameStyles = css`
  .panel {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: min(var(--leerroutes-panel-width, 380px), 100%);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.9em 1em;
    background: var(--leerroutes-surface, #fff);
    border-inline-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    box-shadow: -4px 0 16px rgb(0 0 0 / 0.12);
    z-index: 4;
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .panel-close {
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    font-size: 1.6em;
    line-height: 1;
    border-radius: 50%;
    border: 1px solid transparent;
    background: transparent;
    cursor: pointer;
    color: inherit;
  }
  .panel-close:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .panel-muted {
    color: var(--leerroutes-muted, #4a4a4a);
    margin: 0.6em 0;
  }
  @container leerroutes (max-width: 37.5em) {
    .panel {
      position: relative;
      grid-row: 2;
      grid-column: 1;
      inset: auto;
      inline-size: 100%;
      min-block-size: 0;
      border-inline-start: none;
      border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
      border-start-start-radius: 14px;
      border-start-end-radius: 14px;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.18);
    }
  }
  @media print {
    .panel-close,
    .panel-back,
    .panel-more {
      display: none !important;
    }
    .panel {
      position: static;
      inline-size: auto;
      max-block-size: none;
      box-shadow: none;
      border: none;
      overflow: visible;
    }
  }
`;

// The canvas stylesheet. It stays WebGL-compatible (bezier edges) so big graphs can switch renderer
// without a second style; the WebGL renderer draws dashed lines solid, and planned nodes stay hollow
// there, so a plan still reads as a plan. Status, source count and inferred dates ride in the element
// data (elements.ts, evidence-marks.ts).
import type { StylesheetStyle } from 'cytoscape';
import { OFF_CANVAS } from './canvas-queries.ts';
import {
  EDGE_COLOR,
  GROUP_COLOR,
  HIGHLIGHT_COLOR,
  INFERRED_DATE_COLOR,
  PARTNER_EDGE_COLOR,
  PREVIEW_COLOR,
} from './palette.ts';

export const graphStyle: StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      shape: 'data(shape)' as never,
      'background-color': 'data(color)',
      width: 'mapData(degree, 0, 24, 26, 78)',
      height: 'mapData(degree, 0, 24, 26, 78)',
      'border-width': 1.5,
      'border-color': '#ffffff',
      'font-family': 'system-ui, -apple-system, "Segoe UI", sans-serif',
      'font-size': 11,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node[label = "Agreement"]',
    style: { width: 'mapData(degree, 0, 12, 30, 56)', height: 'mapData(degree, 0, 12, 30, 56)' },
  },
  {
    selector: 'node[label = "Place"], node[label = "Topic"], node[label = "Source"]',
    style: { width: 22, height: 22, 'font-size': 10 },
  },
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'background-color': GROUP_COLOR,
      'border-color': '#475569',
      'border-width': 1.5,
      label: 'data(display)',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      'font-size': 10,
      color: '#1e293b',
      width: 'data(width)',
      height: 24,
    },
  },
  // The partnership overview: a disc per country or kind, sized by its actors; links by partnerships.
  {
    selector: 'node.overview',
    style: {
      shape: 'ellipse',
      'background-color': GROUP_COLOR,
      'border-color': '#1e3a8a',
      'border-width': 1.5,
      width: 'data(width)',
      height: 'data(width)',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-opacity': 0.75,
      'font-size': 11,
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      // Width follows the number of independent sources: one source is a thin line.
      width: 'mapData(sourceCount, 1, 4, 1.5, 5)',
      'line-color': EDGE_COLOR,
      'target-arrow-color': EDGE_COLOR,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(display)',
      'font-size': 8,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge[type = "PARTNERS_WITH"]',
    style: {
      width: 'mapData(sourceCount, 1, 4, 2, 7)',
      'line-color': PARTNER_EDGE_COLOR,
      'target-arrow-shape': 'none',
      opacity: 0.8,
    },
  },
  {
    selector: 'edge.group-edge',
    style: { 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', label: '' },
  },
  {
    selector: 'edge.overview-link',
    style: {
      'curve-style': 'straight',
      width: 'data(width)',
      'line-color': PARTNER_EDGE_COLOR,
      'target-arrow-shape': 'none',
      opacity: 0.6,
      label: 'data(display)',
    },
  },
  // Planned or announced: hollow with a dashed border; dashed lines. Cancelled: dotted and faint.
  {
    selector: 'node[drawnStatus = "planned"]',
    style: {
      'background-opacity': 0.2,
      'border-style': 'dashed',
      'border-width': 2.5,
      'border-color': 'data(color)',
    },
  },
  {
    selector: 'node[drawnStatus = "cancelled"]',
    style: { 'background-opacity': 0.1, 'border-style': 'dotted', 'border-width': 2, opacity: 0.6 },
  },
  {
    selector: 'edge[drawnStatus = "planned"]',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
  },
  { selector: 'edge[drawnStatus = "cancelled"]', style: { 'line-style': 'dotted', opacity: 0.45 } },
  // An inferred date: a violet border on nodes, a small hollow violet circle at the edge's source.
  { selector: 'node[?dateInferred]', style: { 'border-color': INFERRED_DATE_COLOR } },
  {
    selector: 'edge[?dateInferred]',
    style: {
      'source-arrow-shape': 'circle',
      'source-arrow-fill': 'hollow',
      'source-arrow-color': INFERRED_DATE_COLOR,
    },
  },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#111827' } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': HIGHLIGHT_COLOR, 'overlay-opacity': 0 },
  },
  {
    selector: 'edge:selected',
    style: {
      'line-color': HIGHLIGHT_COLOR,
      'target-arrow-color': HIGHLIGHT_COLOR,
      width: 3,
      'overlay-opacity': 0,
    },
  },
  // Analysis marks (analysis-marks.ts): size by centrality, colour by community, labels by importance.
  { selector: 'node.mark-sized', style: { width: 'data(markSize)', height: 'data(markSize)' } },
  { selector: 'node.mark-coloured', style: { 'background-color': 'data(markColour)' } },
  // Label sizes by importance, kept readable on screen when zoomed out (analysis-marks.ts).
  {
    selector: 'node.label-sized',
    // A fixed wrap width: a data-mapped one leaves Cytoscape's label texture cut at the old width.
    style: { 'font-size': 'data(labelSize)', 'text-max-width': '240px' },
  },
  { selector: 'node.label-major', style: { 'font-weight': 'bold' } },
  { selector: 'node.label-hidden', style: { label: '' } },
  {
    selector: 'node.label-hidden:selected, node.label-hidden.highlighted',
    style: { label: 'data(display)', 'z-index': 20 },
  },
  { selector: '.filter-dimmed', style: { opacity: 0.12, 'text-opacity': 0 } },
  // A review's preview: ghosts in the review's green, dashed, so "will be added" never reads as a
  // fact already in the graph (nor as a plan: plans are dashed grey, see drawnStatus above).
  {
    selector: 'node.preview',
    style: {
      'background-opacity': 0.35,
      'border-width': 3,
      'border-style': 'dashed',
      'border-color': PREVIEW_COLOR,
      color: PREVIEW_COLOR,
    },
  },
  { selector: 'node.preview-existing', style: { 'background-opacity': 0.7, 'border-style': 'solid' } },
  {
    selector: 'edge.preview',
    style: {
      'line-style': 'dashed',
      'line-color': PREVIEW_COLOR,
      'target-arrow-color': PREVIEW_COLOR,
      color: PREVIEW_COLOR,
      opacity: 0.8,
    },
  },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.15 } },
  {
    selector: 'node.highlighted',
    style: { 'border-width': 4, 'border-color': HIGHLIGHT_COLOR, 'z-index': 10 },
  },
  {
    selector: 'edge.highlighted',
    style: {
      'line-color': HIGHLIGHT_COLOR,
      'target-arrow-color': HIGHLIGHT_COLOR,
      width: 4,
      'z-index': 10,
      color: '#7c2d12',
      'font-weight': 'bold',
    },
  },
  { selector: OFF_CANVAS, style: { display: 'none' } },
];

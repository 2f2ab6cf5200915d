/**
 * What Decap's prebuilt bundle (/admin/decap/decap-cms.js, a plain script that runs before ours) leaves
 * on window, typed by hand for the few calls this project makes. Nothing is imported from Decap or React,
 * not even types: the bundle carries its own React, a second copy imported here would break the hooks in
 * Decap's widgets once a preview rendered with it, and the npm packages' types would describe a build
 * this page does not run.
 */
import type { EntryData } from './save.ts';

/** An element made by `h`: only Decap's React looks inside. */
export interface PreviewElement {
  readonly $$typeof: symbol;
}

/** What a preview may render: elements, text or nothing (React's ReactNode, narrowed). */
export type PreviewNode = PreviewElement | string | number | boolean | null | undefined | readonly PreviewNode[];

/** The props Decap passes to a preview template (only those used here). */
export interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): unknown }; get(key: 'slug' | 'newRecord'): unknown };
  widgetFor(name: string): PreviewNode;
}

/** Decap's CMS object (only the methods used here). */
export interface DecapCms {
  registerPreviewStyle(style: string, options: { raw: boolean }): void;
  registerPreviewTemplate(collection: string, template: (props: PreviewProps) => PreviewNode): void;
  /** A preSave handler's return value replaces the entry's data. */
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: { get(key: 'data'): EntryData } }) => EntryData;
  }): void;
  /** Starts Decap; needed because the page sets CMS_MANUAL_INIT. */
  init(): void;
}

/** Decap's React.createElement, for the HTML elements previews use. */
export type CreateElement = (
  type: string,
  props: Record<string, unknown> | null,
  ...children: PreviewNode[]
) => PreviewElement;

declare global {
  interface Window {
    CMS: DecapCms;
    h: CreateElement;
  }
}

export const CMS = window.CMS;
export const h = window.h;

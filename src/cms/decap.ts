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

/** The props Decap passes to a widget's control (only those used here). */
export interface ControlProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

/** What a widget's control may answer when Decap validates the entry before saving. */
export type ControlValidity = true | { error: { message: string } };

/** A component made by `createClass` (create-react-class, which the bundle puts on window). */
export type ComponentClass = { readonly $$componentClass: unique symbol };

/** A create-react-class spec: `this` holds the props, the state and the spec's own methods. */
export interface ClassSpec<P, S, M> {
  getInitialState?(this: { props: P }): S;
  componentDidUpdate?(this: ClassThis<P, S, M>, previous: P): void;
  render(this: ClassThis<P, S, M>): PreviewNode;
}
export type ClassThis<P, S, M> = M & {
  props: P;
  state: S;
  setState(state: Partial<S>): void;
};

/** A registered custom format: how a file's text becomes entry data and back. */
export interface CustomFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** Decap's CMS object (only the methods used here). */
export interface DecapCms {
  registerWidget(name: string, control: ComponentClass, preview?: (props: { value: unknown }) => PreviewNode): void;
  registerCustomFormat(name: string, extension: string, format: CustomFormat): void;
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
    createClass<P, S, M>(spec: ClassSpec<P, S, M> & M & ThisType<ClassThis<P, S, M>>): ComponentClass;
  }
}

export const CMS = window.CMS;
export const h = window.h;
export const createClass = <P, S, M>(spec: ClassSpec<P, S, M> & M & ThisType<ClassThis<P, S, M>>) =>
  window.createClass<P, S, M>(spec);

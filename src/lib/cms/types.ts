/** The parts of Decap CMS's configuration this project generates (decap-cms-core's CmsConfig, narrowed). */
import type { ENTRY_FORMATS } from './entry-file.ts';

export interface CmsSelectOption {
  label: string;
  value: string;
}

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  /** select, relation */
  options?: CmsSelectOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  /** number */
  value_type?: 'int' | 'float';
  /** object, list */
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  /** relation */
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  /** markdown */
  modes?: string[];
}

export interface CmsFolderCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  extension: string;
  format: typeof ENTRY_FORMATS.frontmatter;
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary?: string;
  sortable_fields?: string[];
  fields: CmsField[];
}

export interface CmsFile {
  name: string;
  label: string;
  file: string;
  description?: string;
  fields: CmsField[];
}

export interface CmsFilesCollection {
  name: string;
  label: string;
  description?: string;
  extension: 'yaml';
  format: typeof ENTRY_FORMATS.yaml;
  editor: { preview: boolean };
  files: CmsFile[];
}

export type CmsCollection = CmsFolderCollection | CmsFilesCollection;

export interface CmsBackend {
  name: 'github';
  repo: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
}

export interface CmsConfig {
  backend: CmsBackend;
  publish_mode: 'editorial_workflow';
  local_backend: { url: string };
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

/**
 * The whole Decap CMS configuration, generated from the zod schemas and the settings. Served as
 * /admin/config.yml by the site and printed by `npm run cms:config`.
 */
import type { z } from 'zod';
import { collectionFolder, DOCUMENTS_FOLDER, DOCUMENTS_PATH, folderName, SETTINGS_FILES } from '../routes.ts';
import { collectionSchemas, consultationSchema, type CollectionName } from '../schema/index.ts';
import { governanceSettingsSchema, processSettingsSchema, siteSettingsSchema } from '../schema/settings.ts';
import type { Settings } from '../content/settings.ts';
import { ENTRY_FORMATS } from './entry-file.ts';
import { fieldsForObject, type FieldHints } from './fields.ts';
import { localProxyUrl } from './local-proxy.ts';
import { sectionTemplate } from './sections.ts';
import type { CmsConfig, CmsField, CmsFilesCollection, CmsFolderCollection } from './types.ts';

export interface CmsConfigOptions {
  /** The decap-server proxy for local editing; http://127.0.0.1:8081/api/v1 (src/lib/cms/local-proxy.ts) when absent. */
  localBackendUrl?: string;
  /** Where "View Live" and the site link point: the local site when the CMS runs under `astro dev`. */
  siteUrl?: string;
  /** The OAuth proxy that signs editors in to GitHub (e.g. https://auth.example.gov.uk). */
  authBaseUrl?: string;
  authEndpoint?: string;
}

/** Files uploaded in the CMS land here, and content links to them as /documents/<file>. */
export const MEDIA_FOLDER = folderName(DOCUMENTS_FOLDER);
export const PUBLIC_FOLDER = folderName(DOCUMENTS_PATH);

/** Channels a feedback report may count responses by: the ways to respond of a consultation, plus "other". */
export const RESPONSE_CHANNELS = [...Object.keys(consultationSchema.shape.respond.shape), 'other'] as const;

interface CollectionCopy {
  label: string;
  label_singular: string;
  description: string;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
}

const COLLECTION_COPY: Record<CollectionName, CollectionCopy> = {
  consultations: {
    label: 'Consultations',
    label_singular: 'Consultation',
    description:
      'Consultations and other engagement activities. Each change goes to review as a pull request before it is published.',
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}} ({{opens}} to {{closes}})',
    sortable_fields: ['title', 'opens', 'closes'],
  },
  feedback: {
    label: 'Feedback reports',
    label_singular: 'Feedback report',
    description:
      '"We asked, you said, we did" reports that close the loop on a consultation. The file is named after the consultation.',
    identifier_field: 'consultation',
    slug: '{{consultation}}',
    summary: '{{consultation}} (published {{published}})',
    sortable_fields: ['consultation', 'published'],
  },
  strategies: {
    label: 'Strategies',
    label_singular: 'Strategy',
    description: 'The engagement and consultation strategy documents.',
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}} ({{status}})',
    sortable_fields: ['title', 'adopted', 'reviewBy'],
  },
  standards: {
    label: 'Service standards',
    label_singular: 'Service standard',
    description: 'Published service standards; some are enforced by the checks.',
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}}',
    sortable_fields: ['title', 'reviewed'],
  },
};

export function buildCmsConfig(settings: Settings, options: CmsConfigOptions = {}): CmsConfig {
  const { site } = settings;
  return {
    backend: githubBackend(settings, options),
    publish_mode: 'editorial_workflow',
    // Decap only looks for the local proxy when the admin page is served from localhost or 127.0.0.1.
    local_backend: { url: options.localBackendUrl ?? localProxyUrl() },
    site_url: options.siteUrl ?? site.site.url,
    display_url: options.siteUrl ?? site.site.url,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...(Object.keys(collectionSchemas) as CollectionName[]).map((name) => folderCollection(name, settings)),
      settingsCollection(settings),
    ],
  };
}

function githubBackend(settings: Settings, options: CmsConfigOptions): CmsConfig['backend'] {
  const { owner, name, branch } = settings.site.repository;
  return {
    name: 'github',
    repo: `${owner}/${name}`,
    branch,
    ...(options.authBaseUrl ? { base_url: options.authBaseUrl } : {}),
    ...(options.authEndpoint ? { auth_endpoint: options.authEndpoint } : {}),
  };
}

/** Hints per collection: taxonomy lists, references to other entries, and the keys of records. */
export function fieldHints(
  collection: CollectionName | 'site' | 'process' | 'governance',
  settings: Settings,
): FieldHints {
  switch (collection) {
    case 'consultations':
      return {
        taxonomy: { ...settings.site.taxonomy, ...organisationChoices(settings) },
        relations: { related: 'consultations' },
      };
    case 'feedback':
      return { relations: { consultation: 'consultations' }, recordKeys: { 'responses.byChannel': RESPONSE_CHANNELS } };
    case 'strategies':
      return { relations: { supersededBy: 'strategies' } };
    case 'standards':
      // Rule ids are fixed names that the check's findings and the standard's page print as they are.
      return { valuesAsWritten: ['enforcedBy'] };
    case 'governance':
      return { recordKeys: governanceRecordKeys(settings) };
    default:
      return {};
  }
}

/** The organisations a consultation can name as its lead or partners, as site.yaml lists them. */
function organisationChoices(settings: Settings): Record<'organisation' | 'partners', { id: string; label: string }[]> {
  const terms = settings.site.organisations.map(({ id, name }) => ({ id, label: name }));
  return { organisation: terms, partners: terms };
}

/** governance.yaml's records: the roles, and for each partner of site.yaml its own holders of the same roles. */
function governanceRecordKeys(settings: Settings): Record<string, readonly string[]> {
  const roles = Object.keys(settings.governance.roles);
  const partners = settings.site.organisations.slice(1).map(({ id }) => id);
  return {
    roles,
    organisations: partners,
    ...Object.fromEntries(partners.map((id) => [`organisations.${id}.roles`, roles])),
  };
}

function folderCollection(name: CollectionName, settings: Settings): CmsFolderCollection {
  const schema = collectionSchemas[name] as unknown as z.ZodObject;
  return {
    name,
    ...COLLECTION_COPY[name],
    folder: folderName(collectionFolder(name)),
    extension: 'mdx',
    format: ENTRY_FORMATS.frontmatter,
    create: true,
    // Deleting a published entry would commit straight to the branch, outside the editorial workflow,
    // and break its address; withdraw it with `status` instead (docs/cms.md).
    delete: false,
    fields: [...fieldsForObject(schema, fieldHints(name, settings)), bodyField(name, settings)],
  };
}

function bodyField(name: CollectionName, settings: Settings): CmsField {
  const sections =
    name === 'consultations' || name === 'feedback'
      ? settings.process.requiredSections[name === 'consultations' ? 'consultation' : 'feedback']
      : [];
  const field: CmsField = {
    name: 'body',
    label: 'Body',
    widget: 'markdown',
    // Markdown as written: the rich text mode rewrote what it could not show (tables lost their alignment,
    // `##` typed as text became `\##`, comments were escaped into visible text).
    modes: ['raw'],
    hint: 'Markdown: ## for a heading, - for a list item, [words](address) for a link, | for a table. A note for editors goes in {/* ... */} and is never published. A "<" or "{" that would break the page is escaped when you save.',
  };
  if (sections.length) {
    field.default = sectionTemplate(sections);
    field.hint = `Keep the ${sections.length} headings: ${sections.join(', ')}. ${field.hint}`;
  }
  return field;
}

function settingsCollection(settings: Settings): CmsFilesCollection {
  const file = (name: 'site' | 'process' | 'governance', label: string, description: string, schema: z.ZodObject) => ({
    name,
    label,
    file: SETTINGS_FILES[name],
    description,
    fields: fieldsForObject(schema, fieldHints(name, settings)),
  });
  return {
    name: 'settings',
    label: 'Settings',
    description:
      'Site details, process thresholds and approval roles. Changes need two members of the consultation group.',
    extension: 'yaml',
    format: ENTRY_FORMATS.yaml,
    editor: { preview: false },
    files: [
      file(
        'site',
        'Site and taxonomy',
        'Organisation, contact details and the topics, areas and audiences editors choose from.',
        siteSettingsSchema,
      ),
      file('process', 'Process rules', 'The thresholds the checks enforce.', processSettingsSchema),
      file(
        'governance',
        'Approvals',
        'Roles and which changes need which approvals. New roles are added in the YAML file.',
        governanceSettingsSchema,
      ),
    ],
  };
}

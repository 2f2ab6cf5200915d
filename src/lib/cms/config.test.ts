/**
 * The generated Decap configuration against the zod schemas: every schema field appears with the
 * right required flag, and the config has no field the schema does not know. Both sides are walked
 * independently, so neither can drift from the other.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadSettings } from '../content/settings.ts';
import { buildCmsConfig, RESPONSE_CHANNELS } from './config.ts';
import { DATE_WIDGET } from './fields.ts';
import { cmsConfigYaml, cmsOptionsFromEnv } from './serialise.ts';
import type { CmsField, CmsFilesCollection, CmsFolderCollection } from './types.ts';
import {
  collectionSchemas,
  governanceSettingsSchema,
  processSettingsSchema,
  siteSettingsSchema,
  type CollectionName,
} from '../schema/index.ts';
import { ROOT } from '../../../support/paths.ts';

const settings = loadSettings(ROOT);
const config = buildCmsConfig(settings);

type Leaf = { required: boolean; kind: string };

/**
 * Schema side: dotted path -> required flag, through optional/default wrappers, objects and arrays of
 * objects. Inside an optional object the form requires nothing (Decap would otherwise demand the
 * object's fields even when it is left out), so `inOptionalObject` makes those fields optional.
 */
function schemaPaths(
  schema: z.ZodType,
  prefix = '',
  out = new Map<string, Leaf>(),
  inOptionalObject = false,
): Map<string, Leaf> {
  const object = schema as z.ZodObject;
  for (const [name, child] of Object.entries(object.shape)) {
    const path = prefix ? `${prefix}.${name}` : name;
    let inner = child as z.ZodType;
    let required = true;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    }
    out.set(path, { required: required && !inOptionalObject, kind: inner._zod.def.type });
    if (inner instanceof z.ZodObject) schemaPaths(inner, path, out, inOptionalObject || !required);
    if (inner instanceof z.ZodArray && inner.element instanceof z.ZodObject) schemaPaths(inner.element, path, out);
  }
  return out;
}

/** Config side: dotted path -> required flag, through `fields` of objects and lists; records are leaves. */
function configPaths(
  fields: CmsField[],
  leaves: Map<string, Leaf>,
  prefix = '',
  out = new Map<string, Leaf>(),
): Map<string, Leaf> {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    out.set(path, { required: field.required !== false, kind: field.widget });
    if (field.fields && leaves.get(path)?.kind !== 'record') configPaths(field.fields, leaves, path, out);
  }
  return out;
}

function expectSameFields(fields: CmsField[], schema: z.ZodType) {
  const fromSchema = schemaPaths(schema);
  const fromConfig = configPaths(fields, fromSchema);
  expect([...fromConfig.keys()].sort()).toEqual([...fromSchema.keys()].sort());
  for (const [path, leaf] of fromSchema)
    expect({ path, required: fromConfig.get(path)?.required }).toEqual({ path, required: leaf.required });
}

const folder = (name: CollectionName) => config.collections.find((c) => c.name === name) as CmsFolderCollection;
const settingsFiles = (config.collections.find((c) => c.name === 'settings') as CmsFilesCollection).files;
const field = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length ? field(found.fields ?? [], rest.join('.')) : found;
};

describe('generated CMS config: fields', () => {
  for (const [name, schema] of Object.entries(collectionSchemas) as [CollectionName, z.ZodType][]) {
    it(`${name}: every schema field and nothing else, with its required flag, plus the body`, () => {
      const fields = folder(name).fields;
      expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
      expectSameFields(fields.slice(0, -1), schema);
    });
  }

  it.each([
    ['site', siteSettingsSchema],
    ['process', processSettingsSchema],
    ['governance', governanceSettingsSchema],
  ] as const)('settings/%s.yaml: every schema field and nothing else', (name, schema) => {
    const file = settingsFiles.find((f) => f.name === name)!;
    expect(file.file).toBe(`content/settings/${name}.yaml`);
    expectSameFields(file.fields, schema);
  });

  it('the walkers notice a field the config lacks', () => {
    const fields = folder('consultations').fields.filter((f) => f.name !== 'closes' && f.name !== 'body');
    expect(() => expectSameFields(fields, collectionSchemas.consultations)).toThrow();
  });

  it('every date is the DD/MM/YYYY date field that stores a plain YYYY-MM-DD', () => {
    const consultation = folder('consultations').fields;
    for (const path of ['opens', 'closes', 'respond.events.date', 'governance.authorisedOn', 'decision.date']) {
      expect(field(consultation, path)).toEqual(expect.objectContaining({ widget: 'uk-date' }));
    }
    const all = JSON.stringify(config);
    expect(all).not.toContain('"datetime"');
    expect(field(folder('feedback').fields, 'published')).toMatchObject(DATE_WIDGET);
    expect(field(settingsFiles.find((f) => f.name === 'process')!.fields, 'preElectionPeriods.from')).toMatchObject(
      DATE_WIDGET,
    );
  });

  it('pick lists read as the site does, never a value with its hyphens dropped', () => {
    const consultation = folder('consultations').fields;
    const labelOf = (path: string, value: string) =>
      field(consultation, path).options?.find((option) => option.value === value)?.label;
    expect(labelOf('activity', 'co-production')).toBe('Co-production');
    expect(labelOf('methods', 'drop-in')).toBe('Drop-in');
    expect(labelOf('equalityImpact.status', 'screening-no-eqia-needed')).toBe('Screening: no EqIA needed');
  });

  it('enums are selects with exactly the schema values; arrays of them are multiple', () => {
    const consultation = folder('consultations').fields;
    expect(field(consultation, 'significance')).toMatchObject({
      widget: 'select',
      options: [{ value: 'minor' }, { value: 'standard' }, { value: 'major' }],
    });
    expect(field(consultation, 'significance').multiple).toBeUndefined();
    const methods = field(consultation, 'methods');
    expect(methods).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(methods.options!.map((o) => o.value)).toEqual(collectionSchemas.consultations.shape.methods.element.options);
  });

  it('enum choices read as the site labels them, not as the value split at its hyphens', () => {
    const consultation = folder('consultations').fields;
    const label = (fields: CmsField[], name: string, value: string) =>
      field(fields, name).options!.find((o) => o.value === value)?.label;
    expect(label(consultation, 'activity', 'co-production')).toBe('Co-production');
    expect(label(consultation, 'methods', 'drop-in')).toBe('Drop-in');
    expect(label(consultation, 'equalityImpact.status', 'screening-no-eqia-needed')).toBe('Screening: no EqIA needed');
    expect(label(consultation, 'formats', 'bsl')).toBe('British Sign Language (BSL) video');
    expect(label(consultation, 'documents.format', 'pdf')).toBe('PDF');
    expect(
      label(settingsFiles.find((f) => f.name === 'process')!.fields, 'bankHolidayRegion', 'northern-ireland'),
    ).toBe('Northern Ireland');
    // Rule ids are names the check prints: a standard lists them as they are written.
    expect(label(folder('standards').fields, 'enforcedBy', 'mdx-safety')).toBe('mdx-safety');
  });

  it('topics, areas and audiences offer the taxonomy of settings/site.yaml with its labels', () => {
    const consultation = folder('consultations').fields;
    for (const name of ['topics', 'areas', 'audiences'] as const) {
      expect(field(consultation, name)).toMatchObject({
        widget: 'select',
        multiple: true,
        min: 1,
        options: settings.site.taxonomy[name].map((term) => ({ label: term.label, value: term.id })),
      });
    }
  });

  it('references to other entries are relation widgets storing the slug', () => {
    expect(field(folder('consultations').fields, 'related')).toMatchObject({
      widget: 'relation',
      collection: 'consultations',
      value_field: '{{slug}}',
      multiple: true,
    });
    expect(field(folder('feedback').fields, 'consultation')).toMatchObject({
      widget: 'relation',
      collection: 'consultations',
      value_field: '{{slug}}',
    });
    expect(field(folder('strategies').fields, 'supersededBy')).toMatchObject({
      widget: 'relation',
      collection: 'strategies',
      required: false,
    });
  });

  it('records become objects of optional fields: responses by channel, roles by name', () => {
    const byChannel = field(folder('feedback').fields, 'responses.byChannel');
    expect(byChannel.fields!.map((f) => f.name)).toEqual([...RESPONSE_CHANNELS]);
    expect(
      byChannel.fields!.every(
        (f) => f.widget === 'number' && f.value_type === 'int' && f.min === 0 && f.required === false,
      ),
    ).toBe(true);
    const roles = field(settingsFiles.find((f) => f.name === 'governance')!.fields, 'roles');
    expect(roles.fields!.map((f) => f.name)).toEqual(Object.keys(settings.governance.roles));
    expect(roles.fields![0]).toMatchObject({ widget: 'list', field: { widget: 'string' } });
  });

  it('hints come from the schema descriptions; constraints become patterns with the schema messages', () => {
    const consultation = folder('consultations').fields;
    expect(field(consultation, 'decisionMaker').hint).toBe(
      collectionSchemas.consultations.shape.decisionMaker.description,
    );
    expect(field(consultation, 'respond.events.start').pattern).toEqual([
      '^([01]\\d|2[0-3]):[0-5]\\d$',
      'Must be a time written HH:MM on the 24-hour clock, for example 18:30',
    ]);
    const title = new RegExp(field(consultation, 'title').pattern![0]);
    expect(title.test('Too short')).toBe(false);
    expect(title.test('Bus network review 2027')).toBe(true);
    expect(field(consultation, 'summary').widget).toBe('text');
    expect(field(folder('feedback').fields, 'responses.total')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 0,
    });
  });

  it('an optional object asks for nothing in the form, but says what it needs once started', () => {
    expect(field(folder('consultations').fields, 'decision.summary')).toMatchObject({
      required: false,
      hint: expect.stringContaining('Needed when decision is filled in.'),
    });
    expect(field(folder('consultations').fields, 'contact.team').required).toBeUndefined();
  });

  it('lists of objects start empty so a new entry has no half-filled item', () => {
    expect(field(folder('consultations').fields, 'documents')).toMatchObject({ widget: 'list', default: [] });
    expect(field(folder('feedback').fields, 'themes')).toMatchObject({ widget: 'list', default: [], min: 1 });
  });
});

describe('generated CMS config: collections and backends', () => {
  it('folder collections of .mdx files with YAML frontmatter, named by slug, never deleted from the CMS', () => {
    for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
      expect(folder(name)).toMatchObject({
        folder: `content/${name}`,
        extension: 'mdx',
        format: 'hub-frontmatter',
        create: true,
        delete: false,
      });
    }
    expect(folder('consultations').slug).toBe('{{slug}}');
    expect(folder('feedback').slug).toBe('{{consultation}}');
  });

  it('new consultations and feedback reports start with the required headings from process.yaml', () => {
    const consultationBody = field(folder('consultations').fields, 'body').default as string;
    expect(consultationBody.match(/^## .+$/gm)).toEqual(
      settings.process.requiredSections.consultation.map((h) => `## ${h}`),
    );
    const feedbackBody = field(folder('feedback').fields, 'body').default as string;
    expect(feedbackBody.match(/^## .+$/gm)).toEqual(settings.process.requiredSections.feedback.map((h) => `## ${h}`));
    expect(field(folder('strategies').fields, 'body').default).toBeUndefined();
  });

  it('media go to public/documents and are linked as /documents/', () => {
    expect(config).toMatchObject({ media_folder: 'public/documents', public_folder: '/documents' });
  });

  it('GitHub backend with the editorial workflow, repository and branch from settings', () => {
    const { owner, name, branch } = settings.site.repository;
    expect(config.backend).toEqual({ name: 'github', repo: `${owner}/${name}`, branch });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(config.site_url).toBe(settings.site.site.url);
  });

  it('"View Live" points at the local site when the CMS runs locally', () => {
    const local = buildCmsConfig(settings, { siteUrl: 'http://127.0.0.1:4321/' });
    expect(local).toMatchObject({ site_url: 'http://127.0.0.1:4321/', display_url: 'http://127.0.0.1:4321/' });
  });

  it('the local proxy address and the OAuth proxy come from the environment', () => {
    const options = cmsOptionsFromEnv({
      CMS_LOCAL_BACKEND_URL: 'http://127.0.0.1:18081/api/v1',
      CMS_AUTH_BASE_URL: 'https://auth.harrowdale.example',
    });
    const configured = buildCmsConfig(settings, options);
    expect(configured.local_backend).toEqual({ url: 'http://127.0.0.1:18081/api/v1' });
    expect(configured.backend.base_url).toBe('https://auth.harrowdale.example');
  });

  it('serialises to YAML that reads back to the same configuration', () => {
    const yaml = cmsConfigYaml(config);
    expect(yaml.startsWith('# Generated')).toBe(true);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(config)));
  });
});

/**
 * `references`: everything a file points at exists: the consultation of a feedback report, related
 * consultations, the strategy that supersedes another, taxonomy values and document files.
 */
import { atField, type Finding, type ParsedEntry, type Rule, type RuleContext, type ValidEntry } from './core/index.ts';
import { contentFile, DOCUMENTS_PATH, publicFile, SETTINGS_FILES } from '../routes.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import type { Strategy } from '../schema/strategy.ts';
import { ownOrganisation } from '../schema/partnership.ts';

const TAXONOMIES = ['topics', 'areas', 'audiences'] as const;

export const referencesRule = {
  id: 'references',
  scope: 'tree',
  checkEntry(entry, context) {
    if (entry.data === undefined) return [];
    switch (entry.source.collection) {
      case 'consultations':
        return consultationReferences(entry as ValidEntry<Consultation>, context);
      case 'feedback':
        return feedbackReferences(entry as ValidEntry<Feedback>, context);
      case 'strategies':
        return strategyReferences(entry as ValidEntry<Strategy>, context);
      default:
        return [];
    }
  },
} satisfies Rule;

function consultationReferences(entry: ValidEntry<Consultation>, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { data } = entry;
  for (const taxonomy of TAXONOMIES) {
    const known = context.settings.site.taxonomy[taxonomy].map((term) => term.id);
    data[taxonomy].forEach((value, index) => {
      if (!known.includes(value)) {
        findings.push(
          atField(
            'references',
            'error',
            entry,
            [taxonomy, index],
            `"${value}" is not one of the ${taxonomy} in ${SETTINGS_FILES.site}; use one of: ${known.join(', ')}`,
          ),
        );
      }
    });
  }
  findings.push(...organisationReferences(entry, context));
  data.related.forEach((slug, index) => {
    if (!context.consultationsBySlug.has(slug)) {
      findings.push(
        atField(
          'references',
          'error',
          entry,
          ['related', index],
          `related consultation "${slug}" does not exist: there is no ${contentFile('consultations', slug)}`,
        ),
      );
    }
  });
  data.documents.forEach((document, index) =>
    findings.push(...missingDocument(entry, context, ['documents', index, 'href'], document.href)),
  );
  if (data.equalityImpact?.href)
    findings.push(...missingDocument(entry, context, ['equalityImpact', 'href'], data.equalityImpact.href));
  return findings;
}

/** `organisation` and every `partners` id name an organisation of site.yaml; the lead is not also a partner. */
function organisationReferences(entry: ValidEntry<Consultation>, context: RuleContext): Finding[] {
  const { site } = context.settings;
  const own = ownOrganisation(site).id;
  const known = site.organisations.length ? site.organisations.map((organisation) => organisation.id) : [own];
  const unknown = (field: string, value: string) =>
    `${field} "${value}" is not one of the organisations in ${SETTINGS_FILES.site}; use one of: ${known.join(', ')}`;
  const findings: Finding[] = [];
  const { organisation, partners = [] } = entry.data;
  if (organisation !== undefined && !known.includes(organisation))
    findings.push(atField('references', 'error', entry, ['organisation'], unknown('organisation', organisation)));
  const lead = organisation ?? own;
  partners.forEach((partner, index) => {
    const at = ['partners', index];
    if (!known.includes(partner))
      findings.push(atField('references', 'error', entry, at, unknown('partners', partner)));
    else if (partner === lead)
      findings.push(
        atField(
          'references',
          'error',
          entry,
          at,
          `"${partner}" leads this consultation, so it is not also one of its partners`,
        ),
      );
    else if (partners.indexOf(partner) !== index)
      findings.push(atField('references', 'error', entry, at, `"${partner}" is listed twice in partners`));
  });
  return findings;
}

function missingDocument(entry: ParsedEntry, context: RuleContext, path: PropertyKey[], href: string): Finding[] {
  if (!context.documentFiles || !href.startsWith(DOCUMENTS_PATH)) return [];
  const file = href.replace(/[?#].*$/, '');
  if (context.documentFiles.has(file)) return [];
  return [
    atField(
      'references',
      'error',
      entry,
      path,
      `the document ${file} does not exist: add the file ${publicFile(file)} or correct the link`,
    ),
  ];
}

function feedbackReferences(entry: ValidEntry<Feedback>, context: RuleContext): Finding[] {
  const { consultation: slug, published } = entry.data;
  const consultation = context.consultationsBySlug.get(slug);
  if (!consultation) {
    return [
      atField(
        'references',
        'error',
        entry,
        ['consultation'],
        `consultation "${slug}" does not exist: there is no ${contentFile('consultations', slug)}`,
      ),
    ];
  }
  if (published <= consultation.data.closes) {
    return [
      atField(
        'references',
        'error',
        entry,
        ['published'],
        `published ${published} is not after "${slug}" closes (${consultation.data.closes}): a feedback report follows a closed consultation`,
      ),
    ];
  }
  return [];
}

function strategyReferences(entry: ValidEntry<Strategy>, context: RuleContext): Finding[] {
  const { supersededBy } = entry.data;
  if (!supersededBy) return [];
  const exists = context.strategies.some((strategy) => strategy.source.slug === supersededBy);
  return exists
    ? []
    : [
        atField(
          'references',
          'error',
          entry,
          ['supersededBy'],
          `strategy "${supersededBy}" does not exist: there is no ${contentFile('strategies', supersededBy)}`,
        ),
      ];
}

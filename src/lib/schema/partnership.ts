/**
 * Partnership: several organisations consult in one hub. The organisations are listed in site.yaml (the hub's
 * own first), a consultation names its lead and its partners, and governance.yaml gives each organisation its
 * own approvers. Kept in one block so the consultation schema only spreads `partnershipFields` in.
 */
import { z } from 'zod';
import { siteOrHttpsUrl, slug } from './shared.ts';
import { text } from './text.ts';

export const organisationSchema = z.strictObject({
  id: slug().describe('The value consultations name in organisation and partners, for example "harrowdale-fire".'),
  name: text().min(3).describe('The name residents see, for example "Harrowdale Fire and Rescue Service".'),
  website: siteOrHttpsUrl().describe("The organisation's main website: an https:// address."),
  feed: siteOrHttpsUrl()
    .optional()
    .describe("A partner hub's open data (its /data/consultations.json), read by npm run partners:sync."),
});

/** site.yaml `organisations`: ids unique, so every consultation names exactly one. */
export const organisationsSchema = z
  .array(organisationSchema)
  .check((ctx) => {
    ctx.value.forEach((organisation, index) => {
      if (ctx.value.findIndex((other) => other.id === organisation.id) !== index)
        ctx.issues.push({
          code: 'custom',
          message: `"${organisation.id}" is the id of an earlier organisation: each needs its own`,
          path: [index, 'id'],
          input: organisation.id,
        });
    });
  })
  .default([]);

/** The consultation's fields: both optional, so a single-organisation hub writes neither. */
export const partnershipFields = {
  organisation: slug()
    .optional()
    .describe("The organisation that leads it, from organisations in site.yaml; the hub's own when left out."),
  partners: z
    .array(slug())
    .optional()
    .describe('Other organisations it is run jointly with, from organisations in site.yaml (not the lead).'),
};

/** governance.yaml `organisations.<id>.roles`: who approves a change to a consultation the organisation leads. */
export const organisationGovernanceSchema = <P extends z.ZodType>(principals: P) =>
  z.record(
    slug(),
    z.strictObject({
      roles: z
        .record(slug(), principals)
        .describe("The organisation's own holders of a role; a role it leaves out is held by the hub's own holders."),
    }),
  );

export type Organisation = z.output<typeof organisationSchema>;

/** The settings the organisation helpers read (site.yaml). */
export interface OrganisationSettings {
  organisation: { name: string; url: string };
  organisations: readonly Organisation[];
}

/** The hub's own organisation: the first in `organisations`, or the site's `organisation` where none are listed. */
export function ownOrganisation(site: OrganisationSettings): Organisation {
  return (
    site.organisations[0] ?? {
      id: site.organisation.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      name: site.organisation.name,
      website: site.organisation.url,
    }
  );
}

/** The name residents see for an organisation id (the id itself for one site.yaml does not list). */
export function organisationNamer(site: OrganisationSettings): (id: string) => string {
  const own = ownOrganisation(site);
  const names = new Map([own, ...site.organisations].map((organisation) => [organisation.id, organisation.name]));
  return (id) => names.get(id) ?? id;
}

// The publiccode.yml standard v0.4 (https://github.com/publiccodeyml/publiccode.yml, tag v0.4.0,
// docs/standard/schema.core.rst): every key that version marks mandatory, with its type, limits and value list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as z from 'zod';
import { repoRoot } from '../../infra/repo-root';

/** docs/standard/categories-list.rst at v0.4.0. */
const CATEGORIEEN = [
  'accounting',
  'agile-project-management',
  'applicant-tracking',
  'application-development',
  'appointment-scheduling',
  'backup',
  'billing-and-invoicing',
  'blog',
  'budgeting',
  'business-intelligence',
  'business-process-management',
  'cad',
  'call-center-management',
  'cloud-management',
  'collaboration',
  'communications',
  'compliance-management',
  'contact-management',
  'content-management',
  'crm',
  'customer-service-and-support',
  'data-analytics',
  'data-collection',
  'data-visualization',
  'design',
  'design-system',
  'digital-asset-management',
  'digital-citizenship',
  'document-management',
  'donor-management',
  'e-commerce',
  'e-signature',
  'educational-content',
  'email-management',
  'email-marketing',
  'employee-management',
  'enterprise-project-management',
  'enterprise-social-networking',
  'erp',
  'event-management',
  'facility-management',
  'feedback-and-reviews-management',
  'financial-reporting',
  'fleet-management',
  'fundraising',
  'gamification',
  'geographic-information-systems',
  'grant-management',
  'graphic-design',
  'help-desk',
  'hr',
  'ide',
  'identity-management',
  'instant-messaging',
  'integrated-library-system',
  'inventory-management',
  'it-asset-management',
  'it-development',
  'it-management',
  'it-security',
  'it-service-management',
  'knowledge-management',
  'learning-management-system',
  'marketing',
  'mind-mapping',
  'mobile-marketing',
  'mobile-payment',
  'network-management',
  'office',
  'online-booking',
  'online-community',
  'payment-gateway',
  'payroll',
  'predictive-analysis',
  'procurement',
  'productivity-suite',
  'project-collaboration',
  'project-management',
  'property-management',
  'real-estate-management',
  'regulations-and-directives',
  'remote-support',
  'resource-management',
  'sales-management',
  'seo',
  'service-desk',
  'social-media-management',
  'survey',
  'talent-management',
  'task-management',
  'taxes-management',
  'test-management',
  'time-management',
  'time-tracking',
  'translation',
  'video-conferencing',
  'video-editing',
  'visitor-management',
  'voip',
  'warehouse-management',
  'web-collaboration',
  'web-conferencing',
  'website-builder',
  'whistleblowing',
  'workflow-management',
] as const;

const Contact = z.object({
  name: z.string().min(1),
  email: z.string().optional(),
  phone: z.string().optional(),
  affiliation: z.string().optional(),
});
const Contractor = z.object({ name: z.string().min(1), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
const Afhankelijkheid = z.object({
  name: z.string().min(1),
  versionMin: z.string().optional(),
  versionMax: z.string().optional(),
  version: z.string().optional(),
  optional: z.boolean().optional(),
});
const Beschrijving = z.object({
  localisedName: z.string().optional(),
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000).optional(),
  features: z.array(z.string().min(1)).min(1).optional(),
  documentation: z.url().optional(),
  apiDocumentation: z.url().optional(),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(z.url()).optional(),
  awards: z.array(z.string()).optional(),
});
const Taal = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'IETF BCP 47 language tag');

const PubliccodeV04 = z
  .object({
    publiccodeYmlVersion: z.literal('0.4'),
    name: z.string().min(1),
    applicationSuite: z.string().optional(),
    url: z.url(),
    landingURL: z.url().optional(),
    isBasedOn: z.union([z.url(), z.array(z.url())]).optional(),
    softwareVersion: z.string().optional(),
    releaseDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    logo: z.string().optional(),
    platforms: z.union([z.string(), z.array(z.string().min(1)).min(1)]),
    categories: z.array(z.enum(CATEGORIEEN)).min(1),
    usedBy: z.array(z.string()).optional(),
    roadmap: z.url().optional(),
    developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
    softwareType: z.enum([
      'standalone/mobile',
      'standalone/iot',
      'standalone/desktop',
      'standalone/web',
      'standalone/backend',
      'standalone/other',
      'addon',
      'library',
      'configurationFiles',
    ]),
    intendedAudience: z
      .object({
        countries: z.array(z.string()).optional(),
        unsupportedCountries: z.array(z.string()).optional(),
        scope: z.array(z.string()).optional(),
      })
      .optional(),
    description: z.record(Taal, Beschrijving).refine((d) => Object.keys(d).length > 0, 'at least one language'),
    legal: z.object({
      license: z.string().min(1),
      mainCopyrightOwner: z.string().optional(),
      repoOwner: z.string().optional(),
      authorsFile: z.string().optional(),
    }),
    maintenance: z.object({
      type: z.enum(['internal', 'contract', 'community', 'none']),
      contractors: z.array(Contractor).optional(),
      contacts: z.array(Contact).optional(),
    }),
    localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(Taal).min(1) }),
    dependsOn: z
      .object({
        open: z.array(Afhankelijkheid).optional(),
        proprietary: z.array(Afhankelijkheid).optional(),
        hardware: z.array(Afhankelijkheid).optional(),
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    // "mandatory (for at least one language)"
    const talen = Object.values(p.description);
    if (!talen.some((t) => t.longDescription))
      ctx.addIssue({ code: 'custom', message: 'longDescription in no language', path: ['description'] });
    if (!talen.some((t) => t.features))
      ctx.addIssue({ code: 'custom', message: 'features in no language', path: ['description'] });
    // contractors: mandatory if type is contract; contacts: mandatory if internal or community.
    const { type, contractors, contacts } = p.maintenance;
    if (type === 'contract' && !contractors?.length)
      ctx.addIssue({ code: 'custom', message: 'contract needs contractors', path: ['maintenance'] });
    if ((type === 'internal' || type === 'community') && !contacts?.length)
      ctx.addIssue({ code: 'custom', message: `${type} needs contacts`, path: ['maintenance'] });
  });

const lees = (bestand: string) => readFileSync(path.join(repoRoot, bestand), 'utf8');

describe('publiccode.yml', () => {
  it('is valid against the required keys and value lists of the publiccode.yml standard v0.4', () => {
    // Prepare
    const bestand: unknown = parse(lees('publiccode.yml'));

    // Act
    const resultaat = PubliccodeV04.safeParse(bestand);

    // Assess
    expect(resultaat.error?.issues ?? []).toEqual([]);
  });

  it('rejects what the standard rejects (the check can fail)', () => {
    // Prepare
    const geldig = parse(lees('publiccode.yml')) as Record<string, unknown>;
    const zonder = ({ platforms: _weg, ...rest }: Record<string, unknown>) => rest;

    // Act, Assess
    expect(PubliccodeV04.safeParse(zonder(geldig)).success).toBe(false);
    expect(PubliccodeV04.safeParse({ ...geldig, softwareType: 'standalone/cloud' }).success).toBe(false);
    expect(PubliccodeV04.safeParse({ ...geldig, categories: ['debt-collection'] }).success).toBe(false);
    expect(PubliccodeV04.safeParse({ ...geldig, maintenance: { type: 'community' } }).success).toBe(false);
  });

  it('names the licence of package.json and the LICENSE file, and the latest release of CHANGELOG.md', () => {
    // Prepare
    const publiccode = PubliccodeV04.parse(parse(lees('publiccode.yml')));
    const pakket = JSON.parse(lees('package.json')) as { license: string; version: string };
    const laatsteRelease = lees('CHANGELOG.md').match(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m);

    // Act, Assess
    expect(publiccode.legal.license).toBe('EUPL-1.2');
    expect(pakket.license).toBe('EUPL-1.2');
    expect(lees('LICENSE').startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2\n')).toBe(true);
    expect(lees('LICENSE')).toContain(
      'All other changes or additions to this Appendix require the production of a new EUPL version.',
    );
    expect([publiccode.softwareVersion, publiccode.releaseDate]).toEqual([laatsteRelease?.[1], laatsteRelease?.[2]]);
  });
});

/** Canned API answers for the administration pages' component tests. */
import type { AdminReferenceDataQuery, AdminUserQuery, AdminUsersQuery, ServiceAreaChoicesQuery } from '../../graphql/graphql';

export const USERS: AdminUsersQuery['users'] = [
  { id: '1', email: 'admin@demo.example', name: 'Demo administrator', role: 'ADMIN', active: true, mustChangePassword: false, serviceAreas: [] },
  {
    id: '7',
    email: 'sam.lee@council.example',
    name: 'Sam Lee',
    role: 'SERVICE_MANAGER',
    active: true,
    mustChangePassword: true,
    serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }],
  },
  { id: '9', email: 'old@council.example', name: 'Old Hand', role: 'ANALYST', active: false, mustChangePassword: false, serviceAreas: [] },
];

export const SAM: AdminUserQuery['user'] = { ...USERS[1]!, createdAt: '2026-11-20T10:15:00.000Z' };

export const AREA_CHOICES: ServiceAreaChoicesQuery['serviceAreas'] = [
  { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care', retiredFrom: null },
  { code: 'INCLUSION', name: 'Safeguarding: Inclusion', retiredFrom: null },
  { code: 'OLD_AREA', name: 'Closed area', retiredFrom: '2012-01-01' },
];

export const REFERENCE_DATA: AdminReferenceDataQuery = {
  recordTypes: [{ code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT', effectiveFrom: null, retiredFrom: null }],
  channels: [
    { code: 'EMAIL', name: 'Email', effectiveFrom: null, retiredFrom: null },
    { code: 'FAX', name: 'Fax', effectiveFrom: null, retiredFrom: '2011-04-01' },
  ],
  divisions: [
    { code: 'SCHOOLS', name: 'Schools', effectiveFrom: null, retiredFrom: null },
    { code: 'OLD_DIVISION', name: 'Old division', effectiveFrom: '2008-04-01', retiredFrom: '2012-04-01' },
    { code: 'LEARNING', name: 'Learning and Inclusion', effectiveFrom: '2012-04-01', retiredFrom: null },
    { code: 'FAMILY_HELP', name: 'Family Help', effectiveFrom: '2031-04-01', retiredFrom: null },
  ],
  serviceAreas: [{ code: 'SCHOOL_STANDARDS', name: 'School Standards', effectiveFrom: null, retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } }],
  issueCategories: [
    { code: 'POLICY', name: 'Policy', effectiveFrom: null, retiredFrom: null, issues: [{ code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy', effectiveFrom: null, retiredFrom: null }] },
  ],
};

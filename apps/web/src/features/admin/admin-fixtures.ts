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
  recordTypes: [{ code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT', retiredFrom: null }],
  channels: [
    { code: 'EMAIL', name: 'Email', retiredFrom: null },
    { code: 'FAX', name: 'Fax', retiredFrom: '2011-04-01' },
  ],
  divisions: [
    { code: 'SCHOOLS', name: 'Schools', retiredFrom: null },
    { code: 'OLD_DIVISION', name: 'Old division', retiredFrom: '2012-04-01' },
  ],
  serviceAreas: [{ code: 'SCHOOL_STANDARDS', name: 'School Standards', retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } }],
  issueCategories: [
    { code: 'POLICY', name: 'Policy', retiredFrom: null, issues: [{ code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy', retiredFrom: null }] },
  ],
};

/**
 * Appendix 1 of the 2009/10 report, "Learning from complaints", as learning
 * actions. Texts follow the published figures; 'Ongoing' actions get a plausible
 * review date in 2010 (the report gives none), completed ones none.
 */
import type { DemoLearningAction } from './demo-dataset.types';

const common = { financialYear: '2009/10', serviceArea: 'SOCIAL_CARE', furtherAction: null } as const;

export const LEARNING_ACTIONS_2009_10: readonly DemoLearningAction[] = [
  {
    ...common,
    issueIdentified: 'Alleged breach of confidentiality',
    issueCategory: 'BREACH_OF_CONFIDENTIALITY',
    issues: ['ALLEGED_BREACH_OF_CONFIDENTIALITY'],
    count: 9,
    actionNeeded: 'Review of procedure/policy and further training for staff',
    byWhom: 'Service Managers',
    status: 'ONGOING',
    // 5.1 and 7.1: staff training was under way; reviewed with the restructure due by October 2010 (12.1).
    dueDate: '2010-10-31',
  },
  {
    ...common,
    issueIdentified: 'Communication: unwanted (3), inaccurate (5), lack of (40)',
    issueCategory: 'COMMUNICATION',
    issues: ['COMMUNICATION_UNWANTED', 'COMMUNICATION_INACCURATE', 'COMMUNICATION_LACK_OF'],
    count: 48,
    actionNeeded: 'Supervision and review of procedures',
    byWhom: 'Service Managers',
    status: 'COMPLETED',
    dueDate: null,
  },
  {
    ...common,
    issueIdentified: 'Code of conduct or attitude of staff',
    issueCategory: 'STAFFING',
    issues: ['STAFF_CONDUCT'],
    count: 41,
    actionNeeded:
      'Review of procedures where agreed; social worker changed in 2 cases; managers raise issues with individual staff members',
    byWhom: 'Service Managers',
    status: 'COMPLETED',
    dueDate: null,
  },
  {
    ...common,
    issueIdentified: 'Generic issues',
    issueCategory: null,
    issues: [],
    count: null,
    actionNeeded: 'Service Manager and Customer Care & Complaints Manager met complainants to resolve issues before Stage 2',
    byWhom: 'Service Manager and Customer Care & Complaints Manager',
    status: 'ONGOING',
    dueDate: '2010-12-31',
  },
  {
    ...common,
    issueIdentified: 'Respite for children with disabilities',
    issueCategory: 'LACK_OF_SERVICE_PROVISION',
    issues: ['RESPITE_DISABLED_CHILDREN'],
    count: null,
    actionNeeded: 'Review of service',
    byWhom: 'Service Manager',
    status: 'COMPLETED',
    dueDate: null,
  },
];

/** Every operation the access-matrix test tries, feature by feature. */
import { CORE_OPERATIONS, REFERENCE_ADMIN_OPERATIONS } from '../auth/core.access';
import { ACTIONS_OPERATIONS } from '../actions/actions.access';
import { ADMIN_AUDIT_OPERATIONS } from '../admin-audit/admin-audit.access';
import { ACCESSIBILITY_OPERATIONS } from '../accessibility/accessibility.access';
import { HAVE_YOUR_SAY_OPERATIONS } from '../have-your-say/have-your-say.access';
import { REGISTER_OPERATIONS } from '../contacts/register.access';
import { LEARNING_OUTCOME_OPERATIONS } from '../contacts/learning-outcome/learning-outcome.access';
import { COMPLAINT_CODE_OPERATIONS } from '../complaint-code/complaint-code.access';
import { INFORMATION_REQUEST_OPERATIONS } from '../information-requests/information-requests.access';
import { REPORT_OPERATIONS } from '../report/report.access';
import { RETENTION_OPERATIONS } from '../retention/retention.access';
import { SAVED_CHART_OPERATIONS } from '../saved-charts/saved-charts.access';
import { SERVICE_ACTIVITY_OPERATIONS } from '../service-activity/service-activity.access';
import { TAXONOMY_OPERATIONS } from '../reference/taxonomy/taxonomy.access';
import { LOST_INFORMATION_OPERATIONS } from '../lost-information/lost-information.access';
import { CODE_REPORT_OPERATIONS } from '../code-report/code-report.access';
import type { AccessOperation } from './access-operation';

export const OPERATIONS: AccessOperation[] = [...CORE_OPERATIONS, ...REFERENCE_ADMIN_OPERATIONS, ...TAXONOMY_OPERATIONS, ...ADMIN_AUDIT_OPERATIONS, ...ACTIONS_OPERATIONS, ...REGISTER_OPERATIONS, ...LEARNING_OUTCOME_OPERATIONS, ...INFORMATION_REQUEST_OPERATIONS, ...COMPLAINT_CODE_OPERATIONS, ...LOST_INFORMATION_OPERATIONS, ...REPORT_OPERATIONS, ...SERVICE_ACTIVITY_OPERATIONS, ...SAVED_CHART_OPERATIONS, ...RETENTION_OPERATIONS, ...HAVE_YOUR_SAY_OPERATIONS, ...ACCESSIBILITY_OPERATIONS, ...CODE_REPORT_OPERATIONS];

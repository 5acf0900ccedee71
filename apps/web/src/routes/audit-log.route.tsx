export { AuditLogPage as default } from '../features/admin/AuditLogPage';

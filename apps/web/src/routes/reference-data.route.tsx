export { ReferenceDataPage as default } from '../features/admin/ReferenceDataPage';

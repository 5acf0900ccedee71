export { ReferenceItemPage as default } from '../features/admin/ReferenceItemPage';

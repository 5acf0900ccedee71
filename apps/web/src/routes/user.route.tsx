export { UserPage as default } from '../features/admin/UserPage';

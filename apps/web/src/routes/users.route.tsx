export { UsersPage as default } from '../features/admin/UsersPage';

export { NewUserPage as default } from '../features/admin/NewUserPage';

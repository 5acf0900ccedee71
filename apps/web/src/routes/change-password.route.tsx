export { ChangePasswordPage as default } from '../features/account/ChangePasswordPage';

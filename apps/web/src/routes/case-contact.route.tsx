export { ContactPage as default } from '../features/cases/ContactPage';

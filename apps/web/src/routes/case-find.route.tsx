export { FindContactsPage as default } from '../features/cases/FindContactsPage';

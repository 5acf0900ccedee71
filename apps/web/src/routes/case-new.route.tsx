export { RecordContactPage as default } from '../features/cases/RecordContactPage';

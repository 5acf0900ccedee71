export { RecordRequestPage as default } from '../features/information-requests/RecordRequestPage';

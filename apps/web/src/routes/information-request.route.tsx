export { RequestPage as default } from '../features/information-requests/RequestPage';

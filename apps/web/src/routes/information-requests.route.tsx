export { InformationRequestsPage as default } from '../features/information-requests/InformationRequestsPage';

export { ServiceRequestsPage as default } from '../features/complaint-code/ServiceRequestsPage';

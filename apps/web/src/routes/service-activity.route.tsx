export { ServiceActivityPage as default } from '../features/service-activity/ServiceActivityPage';

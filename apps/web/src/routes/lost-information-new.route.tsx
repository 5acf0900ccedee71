export { RecordIncidentPage as default } from '../features/lost-information/IncidentPages';

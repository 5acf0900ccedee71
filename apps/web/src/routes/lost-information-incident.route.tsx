export { IncidentPage as default } from '../features/lost-information/IncidentPages';

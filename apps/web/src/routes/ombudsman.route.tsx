export { OmbudsmanPage as default } from '../features/complaint-code-report/OmbudsmanPage';

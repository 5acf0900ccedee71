export { RetentionPage as default } from '../features/retention/RetentionPage';

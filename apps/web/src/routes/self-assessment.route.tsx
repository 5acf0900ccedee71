export { SelfAssessmentPage as default } from '../features/complaint-code-report/SelfAssessmentPage';

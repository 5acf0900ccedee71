export { CodeReportPage as default } from '../features/complaint-code-report/CodeReportPage';

export { AnnualReportPage as default } from '../features/report/AnnualReportPage';

import { ComingSoon } from '../components/ComingSoon';

export default function AnnualReportRoute() {
  return (
    <ComingSoon title="Annual report">
      The annual complaints report for a financial year: every table of the published report, ready to print.
    </ComingSoon>
  );
}

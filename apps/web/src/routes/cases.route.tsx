import { ComingSoon } from '../components/ComingSoon';

export default function CasesRoute() {
  return (
    <ComingSoon title="Case work">
      Record complaints, enquiries and compliments, and track each one against its statutory timescales.
    </ComingSoon>
  );
}

import { ComingSoon } from '../components/ComingSoon';

export default function ActionsRoute() {
  return (
    <ComingSoon title="Learning actions">
      The actions agreed after complaints, who owns them, when they are due and what has been done.
    </ComingSoon>
  );
}

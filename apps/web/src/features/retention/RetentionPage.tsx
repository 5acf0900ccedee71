import './retention.css';
import { RecordsDueSection } from './RecordsDueSection';
import { RetentionPeriodsSection } from './RetentionPeriodsSection';

/**
 * /retention (administrators): the records whose retention period has run,
 * anonymised after confirming, and how long each kind of record is kept.
 * Names references and dates only, never personal data.
 */
export function RetentionPage() {
  return (
    <>
      <h1 className="heading-xl">Retention</h1>
      <p className="lead">
        Closed records are kept for a set number of years. When that time is up, remove their personal data: the records stay, so every report and
        trend stays the same.
      </p>
      <RecordsDueSection />
      <RetentionPeriodsSection />
    </>
  );
}

import { contactPath } from '@complaints/domain';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { formatDate } from '../cases/case-dates';

const AdjustmentReviewsDueDocument = graphql(`
  query AdjustmentReviewsDue {
    adjustmentReviewsDue {
      id
      adjustment
      reviewDate
      contactReference
    }
  }
`);

/**
 * The reminders in the case work queue: reasonable adjustments whose review
 * date has come (the Code §5.6, "keep them under active review"). Shows
 * nothing while loading or when none is due, so the queue stays uncluttered.
 */
export function AdjustmentReviewsDue() {
  const [result] = useQuery({ query: AdjustmentReviewsDueDocument });
  const due = result.data?.adjustmentReviewsDue ?? [];
  if (!due.length) return null;
  return (
    <section aria-labelledby="adjustment-reviews-heading" className="code-panel">
      <h2 className="heading-m" id="adjustment-reviews-heading">
        Reasonable adjustments to review ({due.length})
      </h2>
      <ul className="list">
        {due.map((a) => (
          <li key={a.id}>
            <Link to={contactPath(a.contactReference)}>{a.contactReference}</Link>: {a.adjustment}, review due {formatDate(a.reviewDate!)}
          </li>
        ))}
      </ul>
    </section>
  );
}

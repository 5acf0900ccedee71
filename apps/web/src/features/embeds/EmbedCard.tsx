import { Link } from 'react-router';
import { EmbedControls } from './EmbedControls';
import { describeExpiry } from './embed-dates';
import { formatShortDateTime, lastUsed, views } from './embed-format';
import { DISCLOSURE_RULES, EMBED_STATUSES } from './embed-labels';
import type { EmbedRecord } from './useEmbedsQuery';

export interface EmbedCardProps {
  embed: EmbedRecord;
  /** In the register: the chart's name as the title, linked when the viewer may open charts. */
  showChart: boolean;
  linkToChart: boolean;
}

/** One embed: what it shows, who made it, when it was used, its status, and the controls for it. */
export function EmbedCard({ embed, showChart, linkToChart }: EmbedCardProps) {
  const chartName = embed.chart.name;
  const created = formatShortDateTime(embed.createdAt);
  const titleId = `embed-${embed.id}-title`;

  return (
    <li className="embed-card">
      <div className="embed-card__header">
        <h3 className="heading-m embed-card__title" id={titleId}>
          {showChart ? (
            linkToChart ? <Link to={`/charts/${embed.chart.id}`}>{chartName}</Link> : chartName
          ) : (
            `Embed created ${created}`
          )}
        </h3>
        <strong className={`embed-tag embed-tag--${embed.state.toLowerCase()}`}>
          <span className="visually-hidden">Status: </span>
          {EMBED_STATUSES[embed.state]}
        </strong>
      </div>
      <dl className="chart-summary">
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Created by</dt>
          <dd className="chart-summary__value">{embed.createdBy.name}</dd>
        </div>
        {showChart && (
          <div className="chart-summary__row">
            <dt className="chart-summary__key">Created</dt>
            <dd className="chart-summary__value">{created}</dd>
          </div>
        )}
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Last used</dt>
          <dd className="chart-summary__value">{lastUsed(embed)}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Views</dt>
          <dd className="chart-summary__value">{views(embed)}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Expires</dt>
          <dd className="chart-summary__value">{describeExpiry(embed.expiresAt)}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Small numbers</dt>
          <dd className="chart-summary__value">{DISCLOSURE_RULES[embed.disclosureRule].label}</dd>
        </div>
        {embed.note && (
          <div className="chart-summary__row">
            <dt className="chart-summary__key">Note</dt>
            <dd className="chart-summary__value">{embed.note}</dd>
          </div>
        )}
      </dl>
      <EmbedControls embed={embed} label={showChart ? chartName : `${chartName}, created ${created}`} />
    </li>
  );
}

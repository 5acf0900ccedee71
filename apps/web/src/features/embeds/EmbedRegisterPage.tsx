import { ACCESS, mayUse } from '../../app/access';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { EmbedCard } from './EmbedCard';
import { useEmbedsQuery } from './useEmbedsQuery';
import '../saved-charts/saved-charts.css';

/**
 * The register of embeds: every chart published to the intranet, who
 * published it, when it was last read and how often, and whether it is live.
 * Administrators see and manage every embed, never the charts' figures;
 * everyone else sees the embeds they created.
 */
export function EmbedRegisterPage() {
  const user = useSignedInUser();
  const [result, reexecute] = useEmbedsQuery();
  const isAdmin = user.role === 'ADMIN';
  const mayOpenCharts = mayUse(user.role, ACCESS.AGGREGATES);
  const embeds = result.data?.embeds;

  return (
    <>
      <h1 className="heading-xl">Embeds</h1>
      <p className="lead">
        Charts published on intranet pages. Readers of those pages do not sign in; they see the chart with small numbers hidden.
      </p>
      <p className="inset-text">
        {isAdmin
          ? 'As an administrator you see every embed and can pause or revoke any of them. The charts’ figures are not shown here.'
          : 'These are the embeds you published, and any published from charts you own. To publish a chart, open it from Saved charts and choose “Publish as embed”.'}{' '}
        Pausing hides a chart until it is resumed; revoking hides it for good. Either way readers see “This chart is no longer
        available”.
      </p>

      <section aria-labelledby="register-heading">
        <h2 className="heading-l" id="register-heading">
          {embeds && !result.fetching ? (embeds.length === 1 ? '1 embed' : `${embeds.length} embeds`) : 'The register'}
        </h2>
        <QueryState
          result={result}
          label="embeds"
          isEmpty={(data) => data.embeds.length === 0}
          empty={isAdmin ? 'Nobody has published an embed yet.' : 'You have not published an embed yet.'}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {(data) => (
            <ul className="list embed-list">
              {data.embeds.map((embed) => (
                <EmbedCard key={embed.id} embed={embed} showChart linkToChart={mayOpenCharts} />
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </>
  );
}

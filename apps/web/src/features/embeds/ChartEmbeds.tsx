import { useEffect, useRef, useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { CreateEmbedForm, type CreatedEmbed } from './CreateEmbedForm';
import { EmbedCard } from './EmbedCard';
import { EmbedSnippet } from './EmbedSnippet';
import { useEmbedsQuery } from './useEmbedsQuery';

export interface ChartEmbedsProps {
  chartId: string;
  /** The API says whether this viewer may publish this chart. */
  mayPublish: boolean;
  /** Opens the form at once (the list's "Publish as embed" link lands here). */
  startPublishing?: boolean;
}

/** A saved chart's embeds: the ones you may manage, and "Publish as embed". */
export function ChartEmbeds({ chartId, mayPublish, startPublishing = false }: ChartEmbedsProps) {
  const [result, reexecute] = useEmbedsQuery();
  const [publishing, setPublishing] = useState(mayPublish && startPublishing);
  const [created, setCreated] = useState<CreatedEmbed | null>(null);
  const publishButton = useRef<HTMLButtonElement>(null);
  const focusButton = useRef(false);

  useEffect(() => {
    if (!publishing && focusButton.current) {
      focusButton.current = false;
      publishButton.current?.focus();
    }
  }, [publishing]);

  return (
    <section className="chart-embeds" aria-labelledby="embeds-heading">
      <h2 className="heading-l" id="embeds-heading">
        Embeds
      </h2>
      <p>
        An embed shows this chart on an intranet page, to readers who do not sign in. Small numbers are hidden under the rule you
        choose, and you can pause or revoke it at any time.
      </p>

      {created && <EmbedSnippet url={created.url} snippet={created.snippet} />}

      {mayPublish && !publishing && (
        <button
          type="button"
          className="button"
          ref={publishButton}
          onClick={() => {
            setCreated(null);
            setPublishing(true);
          }}
        >
          Publish as embed
        </button>
      )}
      {mayPublish && publishing && (
        <div className="chart-embeds__form">
          <h3 className="heading-m">Publish as embed</h3>
          <CreateEmbedForm
            chartId={chartId}
            onCancel={() => {
              focusButton.current = true;
              setPublishing(false);
            }}
            onCreated={(embed) => {
              setPublishing(false);
              setCreated(embed);
            }}
          />
        </div>
      )}

      <QueryState
        result={result}
        label="embeds"
        isEmpty={(data) => !data.embeds.some((embed) => embed.chart.id === chartId)}
        empty="This chart has no embeds that you manage."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => (
          <ul className="list embed-list">
            {data.embeds
              .filter((embed) => embed.chart.id === chartId)
              .map((embed) => (
                <EmbedCard key={embed.id} embed={embed} showChart={false} linkToChart={false} />
              ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { CopyField } from './CopyField';

export interface EmbedSnippetProps {
  url: string;
  snippet: string;
}

/** The new embed's snippet and address: shown this once (the API keeps only a hash of the link's token). */
export function EmbedSnippet({ url, snippet }: EmbedSnippetProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <section className="embed-snippet" aria-labelledby="embed-snippet-heading" tabIndex={-1} ref={ref}>
      <h3 className="heading-m" id="embed-snippet-heading">
        Embed created: copy its snippet now
      </h3>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="warning-text__text">
          <span className="visually-hidden">Warning: </span>The link is shown only once. Copy the snippet before you leave this
          page: Complaints Insight cannot show it again. If you lose it, revoke this embed and create another.
        </strong>
      </div>
      <CopyField
        id="embed-snippet-code"
        label="Snippet for the intranet page"
        hint="Paste it into the page’s HTML where the chart should appear. The script is optional: it makes the frame as tall as the chart and its table."
        value={snippet}
        multiline
      />
      <CopyField id="embed-snippet-url" label="Address of the embedded chart" value={url} />
    </section>
  );
}

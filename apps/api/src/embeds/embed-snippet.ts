/** What a publisher pastes into an intranet page: the frame, and the script that sizes it to its content. Pure. */

/** `text` safe inside a double-quoted HTML attribute or as element text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function embedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/embed/${token}`;
}

export function embedSnippet(publicUrl: string, token: string, title: string): string {
  return [
    `<iframe src="${escapeHtml(embedUrl(publicUrl, token))}" title="${escapeHtml(title)}" data-complaints-insight-embed style="width:100%;border:0" height="420" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(publicUrl)}/embed.js" async></script>`,
  ].join('\n');
}

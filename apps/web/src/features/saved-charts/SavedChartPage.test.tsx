import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../graphql/graphql';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { channelYear } from '../trends/trend-fixtures';
import { embed, savedChart, CHART_PARAMS } from './saved-chart-fixtures';
import type { SavedChartRecord } from './useSavedChartsQuery';

const SNIPPET =
  '<iframe src="http://127.0.0.1:4000/embed/tok" title="Complaints by channel, 2009/10" data-complaints-insight-embed style="width:100%;border:0" height="420" loading="lazy"></iframe>\n<script src="http://127.0.0.1:4000/embed.js" async></script>';

function chartPage(chart: SavedChartRecord | null, extra: MockResponses = {}, role: Role = 'ANALYST', path = '/charts/5', normalizedCache = false) {
  return renderAt(
    path,
    {
    CurrentUser: meResponse(role),
    SavedChart: { data: { savedChart: chart } },
    // The chart itself is the explorer's results component, tested with the explorer.
    Trend: { data: { trend: channelYear() } },
    ReferenceOptions: { data: { recordTypes: [], channels: [], divisions: [], serviceAreas: [], issueCategories: [] } },
    Embeds: { data: { embeds: [embed(), embed({ id: '32', chart: { id: '9', name: 'Another chart' } })] } },
    ...extra,
    },
    undefined,
    { normalizedCache },
  );
}

describe('a saved chart’s page', () => {
  it('shows the chart’s details, its share link, the chart with its downloads, and a link to the explorer', async () => {
    chartPage(savedChart());
    expect(await screen.findByRole('heading', { level: 1, name: 'Complaints by channel, 2009/10' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Complaints by channel, 2009/10 – Complaints Insight'));
    expect(screen.getByText('Description').nextElementSibling).toHaveTextContent('Letters and e-mails bring most complaints');
    expect(screen.getByRole('link', { name: 'Open this question in the trend explorer' })).toHaveAttribute('href', `/trends?${CHART_PARAMS}&chart=BARS`);
    expect(screen.getByRole('textbox', { name: 'Link to this chart' })).toHaveValue(`${window.location.origin}/charts/5`);

    // The explorer's results, drawn as the chart was saved, with their downloads.
    await screen.findByRole('table');
    const downloads = screen.getByRole('list', { name: 'Downloads' });
    const hrefs = within(downloads).getAllByRole('link').map((link) => link.getAttribute('href'));
    // The images are drawn as the chart was saved (how the explorer names that parameter is its own business).
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `/export/trend.csv?${CHART_PARAMS}`,
        expect.stringMatching(new RegExp(`^/export/trend\\.svg\\?${CHART_PARAMS}&\\w+=BARS$`)),
        expect.stringMatching(new RegExp(`^/export/trend\\.png\\?${CHART_PARAMS}&\\w+=BARS$`)),
      ]),
    );
  });

  it('copies the share link, and says so', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    chartPage(savedChart());
    await user.click(await screen.findByRole('button', { name: 'Copy link to this chart' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/charts/5`);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('when the clipboard is refused, selects the text and says how to copy it', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    chartPage(savedChart());
    await user.click(await screen.findByRole('button', { name: 'Copy link to this chart' }));
    expect(await screen.findByText(/The text is selected: press Ctrl\+C/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Link to this chart' })).toHaveFocus();
  });

  it('lists only this chart’s embeds', async () => {
    chartPage(savedChart());
    const embeds = await screen.findByRole('region', { name: 'Embeds' });
    await waitFor(() => expect(within(embeds).getAllByRole('listitem')).toHaveLength(1));
    expect(within(embeds).getByText('Views').nextElementSibling).toHaveTextContent('1,234 views');
    expect(within(embeds).getByText('Small numbers').nextElementSibling).toHaveTextContent('Counts of 1 to 4 shown as <5');
  });

  it('publishes an embed and shows its snippet once, with a warning and a copy button', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    chartPage(savedChart(), {
      CreateEmbed: (variables) => {
        sent.push(variables);
        return { data: { createEmbed: { url: 'http://127.0.0.1:4000/embed/tok', snippet: SNIPPET, embed: embed({ id: '40' }) } } };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Publish as embed' }));
    const form = screen.getByRole('form', { name: 'Publish as embed' });
    expect(within(form).getByLabelText('Last day to show it (optional)')).toHaveFocus();
    expect(within(form).getByLabelText('How small numbers are hidden')).toHaveValue('');
    expect(within(within(form).getByLabelText('How small numbers are hidden')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'The council’s default rule',
      'Counts of 1 to 4 shown as <5',
      'Counts of 1 to 4 shown as c (DfE style)',
      'Counts of 1 to 7 suppressed, others rounded to the nearest 5 (NHS style)',
      'Counts under 10 suppressed (ONS style)',
    ]);
    await user.type(within(form).getByLabelText('Note (optional)'), 'Intranet news');
    await user.selectOptions(within(form).getByLabelText('How small numbers are hidden'), 'ONS_UNDER_10');
    expect(within(form).getByText(/following the Office for National Statistics threshold of 10/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Create the embed' }));

    const created = await screen.findByRole('region', { name: 'Embed created: copy its snippet now' });
    expect(created).toHaveFocus();
    expect(created).toHaveTextContent('The link is shown only once');
    expect(within(created).getByRole('textbox', { name: 'Snippet for the intranet page' })).toHaveValue(SNIPPET);
    expect(within(created).getByRole('textbox', { name: 'Address of the embedded chart' })).toHaveValue('http://127.0.0.1:4000/embed/tok');
    expect(within(created).getByRole('button', { name: 'Copy snippet for the intranet page' })).toBeInTheDocument();
    expect(sent).toEqual([{ chartId: '5', input: { expiresAt: null, note: 'Intranet news', disclosureRule: 'ONS_UNDER_10' } }]);
    expect(screen.queryByRole('form', { name: 'Publish as embed' })).not.toBeInTheDocument();
  });

  it('a new embed joins the chart’s list: the register is asked again', async () => {
    const user = userEvent.setup();
    let embeds = [embed()];
    chartPage(
      savedChart(),
      {
        Embeds: () => ({ data: { embeds } }),
        CreateEmbed: () => {
          embeds = [embed(), embed({ id: '40', note: 'Second one' })];
          return { data: { createEmbed: { url: 'http://127.0.0.1:4000/embed/tok', snippet: SNIPPET, token: 'tok', embed: embed({ id: '40', note: 'Second one' }) } } };
        },
      },
      'ANALYST',
      '/charts/5',
      true,
    );
    const list = await screen.findByRole('region', { name: 'Embeds' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Publish as embed' }));
    await user.click(screen.getByRole('button', { name: 'Create the embed' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByText('Second one')).toBeInTheDocument();
  });

  it('shows the API’s refusal of the expiry beside the field', async () => {
    const user = userEvent.setup();
    chartPage(savedChart(), {
      CreateEmbed: { error: graphqlError('Invalid embed: expiresAt: must be in the future', { code: 'BAD_USER_INPUT', field: 'expiresAt', problems: [{ field: 'expiresAt', message: 'must be in the future' }] }) },
    });
    await user.click(await screen.findByRole('button', { name: 'Publish as embed' }));
    await user.click(screen.getByRole('button', { name: 'Create the embed' }));
    const summary = await screen.findByRole('heading', { name: 'There is a problem' }).then((h) => h.closest('.error-summary') as HTMLElement);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'The expiry date must be in the future' })).toHaveAttribute('href', '#new-embed-expiresAt');
    expect(screen.queryByRole('region', { name: /Embed created/ })).not.toBeInTheDocument();
  });

  it('opens the publish form at once from the list’s “Publish as embed” link', async () => {
    chartPage(savedChart(), {}, 'ANALYST', '/charts/5#publish');
    expect(await screen.findByRole('form', { name: 'Publish as embed' })).toBeInTheDocument();
  });

  it('has no embeds section for roles that may not publish', async () => {
    chartPage(savedChart({ viewerCan: { edit: true, publish: false, delete: true } }), {}, 'SERVICE_MANAGER');
    await screen.findByRole('heading', { level: 1, name: 'Complaints by channel, 2009/10' });
    expect(screen.queryByRole('region', { name: 'Embeds' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish as embed' })).not.toBeInTheDocument();
  });

  it('says when there is no such chart', async () => {
    chartPage(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Chart not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the saved charts' })).toHaveAttribute('href', '/charts');
  });
});

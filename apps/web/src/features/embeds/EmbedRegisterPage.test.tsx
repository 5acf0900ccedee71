import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../graphql/graphql';
import { AppRoutes } from '../../app/AppRoutes';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { embed } from '../saved-charts/saved-chart-fixtures';
import type { EmbedRecord } from './useEmbedsQuery';

function register(role: Role, embeds: EmbedRecord[], extra: MockResponses = {}) {
  return renderAt('/embeds', { CurrentUser: meResponse(role), Embeds: { data: { embeds } }, ...extra }, <AppRoutes />, { normalizedCache: true });
}

const cardOf = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe('the embed register', () => {
  it('lists each embed: chart, creator, created, last used, views, status and expiry', async () => {
    register('ANALYST', [embed({ expiresAt: '2027-03-31T23:00:00.000Z' }), embed({ id: '33', state: 'REVOKED', lastUsedAt: null, viewCount: 1, chart: { id: '6', name: 'Outcomes' }, viewerCan: { pause: false, resume: false, revoke: false } })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Embeds' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '2 embeds' })).toBeInTheDocument();

    const live = cardOf('Complaints by channel, 2009/10');
    expect(within(live).getByRole('link', { name: 'Complaints by channel, 2009/10' })).toHaveAttribute('href', '/charts/5');
    expect(within(live).getByText('Live')).toHaveTextContent('Status: Live');
    const value = (key: string) => within(live).getByText(key).nextElementSibling?.textContent;
    expect(value('Created by')).toBe('Demo person');
    expect(value('Created')).toBe('25 Nov 2026, 10:00');
    expect(value('Last used')).toBe('26 Nov 2026, 08:15');
    expect(value('Views')).toBe('1,234 views');
    expect(value('Expires')).toBe('Shown until the end of 31 March 2027');

    const revoked = cardOf('Outcomes');
    expect(within(revoked).getByText('Revoked')).toBeInTheDocument();
    expect(within(revoked).getByText('Last used').nextElementSibling).toHaveTextContent('Not used yet');
    expect(within(revoked).getByText('Views').nextElementSibling).toHaveTextContent('1 view');
    expect(within(revoked).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows administrators every embed without links to the charts’ figures', async () => {
    register('ADMIN', [embed()]);
    await screen.findByRole('heading', { level: 2, name: '1 embed' });
    expect(screen.getByText(/As an administrator you see every embed/)).toBeInTheDocument();
    expect(within(cardOf('Complaints by channel, 2009/10')).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke the embed of Complaints by channel, 2009/10' })).toBeInTheDocument();
  });

  it('says so when there are none', async () => {
    register('ANALYST', []);
    expect(await screen.findByText('You have not published an embed yet.')).toBeInTheDocument();
  });

  it('pauses and resumes an embed; the outcome takes focus as the button changes', async () => {
    const user = userEvent.setup();
    register('ANALYST', [embed()], {
      PauseEmbed: { data: { pauseEmbed: embed({ state: 'PAUSED', viewerCan: { pause: false, resume: true, revoke: true } }) } },
      ResumeEmbed: { data: { resumeEmbed: embed() } },
    });
    await user.click(await screen.findByRole('button', { name: 'Pause the embed of Complaints by channel, 2009/10' }));
    const paused = await screen.findByText(/^Embed paused/);
    await waitFor(() => expect(paused).toHaveFocus());
    expect(within(cardOf('Complaints by channel, 2009/10')).getByText('Paused')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resume the embed of Complaints by channel, 2009/10' }));
    expect(await screen.findByText('Embed resumed. Readers see the chart again.')).toBeInTheDocument();
    expect(within(cardOf('Complaints by channel, 2009/10')).getByText('Live')).toBeInTheDocument();
  });

  it('revokes only after confirmation', async () => {
    const user = userEvent.setup();
    const revoked: unknown[] = [];
    register('ANALYST', [embed()], {
      RevokeEmbed: (variables) => {
        revoked.push(variables.id);
        return { data: { revokeEmbed: embed({ state: 'REVOKED', viewerCan: { pause: false, resume: false, revoke: false } }) } };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke the embed of Complaints by channel, 2009/10' }));
    const confirm = screen.getByRole('alert');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Every page showing it will say “This chart is no longer available”');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(revoked).toEqual([]);
    expect(screen.getByRole('button', { name: 'Revoke the embed of Complaints by channel, 2009/10' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Revoke the embed of Complaints by channel, 2009/10' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    expect(await screen.findByText(/^Embed revoked/)).toBeInTheDocument();
    expect(revoked).toEqual(['31']);
    const card = cardOf('Complaints by channel, 2009/10');
    expect(within(card).getByText('Revoked')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says why a change was refused', async () => {
    const user = userEvent.setup();
    register('ANALYST', [embed()], { PauseEmbed: { error: graphqlError('Not allowed', { code: 'FORBIDDEN' }) } });
    await user.click(await screen.findByRole('button', { name: 'Pause the embed of Complaints by channel, 2009/10' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The embed was not changed because your role does not allow it.');
  });
});

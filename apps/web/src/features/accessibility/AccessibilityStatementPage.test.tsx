import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { meResponse, renderAt } from '../../test/render';

/** The page is a lazily loaded route: on a busy machine its first render can take a few seconds. */
const SLOW = { timeout: 10_000 };
jest.setTimeout(30_000);

const configured = (councilName: string | null, contactEmail: string | null, contactPhone: string | null) => ({
  data: { accessibilityStatement: { councilName, contactEmail, contactPhone } },
});

describe('the public accessibility statement', () => {
  it('opens without signing in, naming the council and its contacts for problems', async () => {
    renderAt('/accessibility', {
      AccessibilityStatement: configured('Southampton City Council', 'access@southampton.gov.uk', '023 8083 2222'),
      CurrentUser: meResponse(null),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Complaints Insight' }, SLOW)).toBeInTheDocument();
    expect(document.title).toBe('Accessibility statement – Complaints Insight');
    expect(screen.getByText(/This website is run by Southampton City Council\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'access@southampton.gov.uk' })).toHaveAttribute('href', 'mailto:access@southampton.gov.uk');
    expect(screen.getByRole('link', { name: '023 8083 2222' })).toHaveAttribute('href', 'tel:02380832222');
    // The sections the regulations and GOV.UK's model statement ask for, with an honest compliance status.
    for (const name of ['Feedback and contact information', 'Enforcement procedure', 'Compliance status', 'Preparation of this accessibility statement']) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(screen.getByText(/partially compliant/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Equality Advisory and Support Service/ })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('says whom to ask when the council has set no contact, and says "the council" when it has no name', async () => {
    renderAt('/accessibility', { AccessibilityStatement: configured(null, null, null), CurrentUser: meResponse(null) });
    expect(await screen.findByText(/Contact the Children’s Services customer care and complaints team/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/This website is run by the council\./)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
  });

  it('shows the statement even when the server cannot be reached, with a way to try the contact details again', async () => {
    const down = { error: new CombinedError({ networkError: new Error('down') }) };
    renderAt('/accessibility', { AccessibilityStatement: down, CurrentUser: down });
    expect(await screen.findByRole('heading', { name: 'Enforcement procedure' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The contact details could not be loaded');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('the footer link to the statement', () => {
  it('is on the public pages and on the signed-in ones, and opens the statement', async () => {
    const user = userEvent.setup({ delay: null });
    const view = renderAt('/sign-in', { AccessibilityStatement: configured(null, null, null), CurrentUser: meResponse(null) });
    const footer = await screen.findByRole('contentinfo', {}, SLOW);
    await user.click(within(footer).getByRole('link', { name: 'Accessibility statement' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Complaints Insight' }, SLOW)).toBeInTheDocument();
    expect(view.location()).toBe('/accessibility');
    view.unmount();

    renderAt('/', { CurrentUser: meResponse('ANALYST'), AccessibilityStatement: configured(null, null, null) });
    await screen.findByRole('navigation', { name: 'Main' }, SLOW);
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Accessibility statement' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Complaints Insight' }, SLOW)).toBeInTheDocument();
    // Signed in, the statement keeps the header and navigation, so reading it strands nobody.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});

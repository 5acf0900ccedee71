import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderAt } from '../../test/render';

/** The page is a lazily loaded route: on a busy machine its first render can take a few seconds. */
const SLOW = { timeout: 10_000 };
jest.setTimeout(30_000);

const RECEIPT = {
  submitHaveYourSay: {
    reference: 'HYS-2026-0007',
    whatHappensNext: ['A person from our team will read what you wrote within 2 working days.'],
    ifInDanger: 'If you are in danger now, call 999. You can talk to Childline at any time on 0800 1111. It is free.',
  },
};

describe('the public Have your say page', () => {
  it('opens without signing in and says what happens next before sending', async () => {
    renderAt('/have-your-say', {});
    expect(await screen.findByRole('heading', { level: 1, name: 'Have your say' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeInTheDocument();
    expect(screen.getByText(/call 999/)).toBeInTheDocument();
    expect(screen.getByText(/0800 1111/)).toBeInTheDocument();
    // No navigation for the signed-in app, and no sign-in form.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('sends their words and shows the reference, with what to do if in danger', async () => {
    const user = userEvent.setup({ delay: null });
    const submit = jest.fn(() => ({ data: RECEIPT }));
    renderAt('/have-your-say', { SubmitHaveYourSay: submit });
    await user.type(await screen.findByLabelText('What happened?', {}, SLOW), 'Nobody listens to me at my review.');
    await user.type(screen.getByLabelText('Your name (if you want to tell us)'), 'Sam');
    await user.click(screen.getByLabelText('Text message'));
    await user.type(screen.getByLabelText('Your phone number'), '07700 900123');
    await user.click(screen.getByLabelText('Yes, please'));
    await user.click(screen.getByRole('button', { name: 'Send my message' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Thank you. We got your message.' }, SLOW);
    expect(heading).toHaveFocus();
    expect(screen.getByText('HYS-2026-0007')).toBeInTheDocument();
    expect(screen.getByText(/call 999/)).toBeInTheDocument();
    expect(submit).toHaveBeenCalledWith({
      input: {
        whatHappened: 'Nobody listens to me at my review.',
        name: 'Sam',
        contactMethod: 'TEXT_MESSAGE',
        contactDetails: '07700 900123',
        wantsAdvocate: true,
        ageGroup: null,
        website: null,
      },
    });
  });

  it('says what is missing in plain words, linked to the field, and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const submit = jest.fn(() => ({ data: RECEIPT }));
    renderAt('/have-your-say', { SubmitHaveYourSay: submit });
    await user.click(await screen.findByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Send my message' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Please tell us what happened.' })).toHaveAttribute('href', '#what-happened');
    expect(within(summary).getByRole('link', { name: 'Please tell us your email address.' })).toHaveAttribute('href', '#contact-details');
    expect(screen.getByLabelText('What happened?')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('What happened?').getAttribute('aria-describedby')).toContain('what-happened-error');
    expect(submit).not.toHaveBeenCalled();
  });

  it('tells them to wait when too many messages came from their connection', async () => {
    const user = userEvent.setup({ delay: null });
    renderAt('/have-your-say', {
      SubmitHaveYourSay: { error: graphqlError('You have sent a lot of messages. Please wait 8 minutes and try again. If you are in danger now, call 999.', { code: 'TOO_MANY_REQUESTS' }) },
    });
    await user.type(await screen.findByLabelText('What happened?', {}, SLOW), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send my message' }));
    expect(await screen.findByText(/Please wait 8 minutes/, {}, SLOW)).toBeInTheDocument();
  });

  it('keeps the trap field away from people: hidden from screen readers and out of the tab order', async () => {
    renderAt('/have-your-say', {});
    await screen.findByLabelText('What happened?', {}, SLOW);
    const trap = document.getElementById('website')!;
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});

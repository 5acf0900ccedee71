import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HaveYourSayTriageChoicesQuery, HaveYourSayTriageQuery } from '../../graphql/graphql';
import { meResponse, renderAt } from '../../test/render';

/** The page is a lazily loaded route: on a busy machine its first render can take a few seconds. */
const SLOW = { timeout: 10_000 };
jest.setTimeout(30_000);

type Item = HaveYourSayTriageQuery['haveYourSayTriage'][number];

const item = (id: string, reference: string, extra: Partial<Item> = {}): Item => ({
  id,
  reference,
  whatHappened: 'I was moved to a new foster home and nobody told me why.',
  name: 'Sam Taylor',
  contactMethod: 'TEXT_MESSAGE',
  contactDetails: '07700 900123',
  wantsAdvocate: true,
  ageGroup: 'AGE_11_TO_15',
  receivedAt: '2026-11-20T10:15:00.000Z',
  receivedDate: '2026-11-20',
  status: 'NEW',
  ...extra,
});

const CHOICES: HaveYourSayTriageChoicesQuery = {
  recordTypes: [
    { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', retiredFrom: null },
    { code: 'COMMENT', name: 'Comment', retiredFrom: null },
  ],
  serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Social Care', retiredFrom: null }],
  issueCategories: [{ code: 'SERVICE', name: 'Service', issues: [{ code: 'COMMUNICATION_DELAY', name: 'Communication delay', retiredFrom: null }] }],
};

describe('the officers’ Have your say triage page', () => {
  it('lists new messages in their words and records one as a contact with the record type chosen', async () => {
    const user = userEvent.setup({ delay: null });
    let converted = false;
    const convert = jest.fn(() => {
      converted = true;
      return { data: { convertHaveYourSay: { id: '1', status: 'CONVERTED', convertedReference: 'CS/2026/0001' } } };
    });
    renderAt('/have-your-say/triage', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      HaveYourSayTriage: () => ({ data: { haveYourSayTriage: converted ? [item('2', 'HYS-2026-0002')] : [item('1', 'HYS-2026-0001'), item('2', 'HYS-2026-0002', { name: null, contactMethod: null, contactDetails: null, wantsAdvocate: null, ageGroup: null })] } }),
      HaveYourSayTriageChoices: { data: CHOICES },
      ConvertHaveYourSay: convert,
    });
    const first = await screen.findByRole('region', { name: 'HYS-2026-0001' }, SLOW);
    expect(within(first).getByText('I was moved to a new foster home and nobody told me why.')).toBeInTheDocument();
    expect(within(first).getByText('Text message: 07700 900123')).toBeInTheDocument();
    expect(within(first).getByText('Asked for an advocate')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'HYS-2026-0002' })).getByText('Asked not to be contacted')).toBeInTheDocument();

    const form = within(first).getByRole('form', { name: 'Record HYS-2026-0001 as a contact' });
    await user.click(within(form).getByRole('button', { name: /Record as a contact/ }));
    expect(await within(form).findByRole('link', { name: 'Choose a record type' })).toBeInTheDocument();
    expect(convert).not.toHaveBeenCalled();

    await user.selectOptions(within(form).getByLabelText('Record type'), 'STATUTORY_COMPLAINT');
    await user.selectOptions(within(form).getByLabelText('Service area'), 'SOCIAL_CARE');
    await user.selectOptions(within(form).getByLabelText('Issue'), 'COMMUNICATION_DELAY');
    await user.click(within(form).getByRole('button', { name: /Record as a contact/ }));
    expect(convert).toHaveBeenCalledWith({ id: '1', input: { recordType: 'STATUTORY_COMPLAINT', serviceAreas: ['SOCIAL_CARE'], issues: ['COMMUNICATION_DELAY'] } });
    const status = (await screen.findByText(/HYS-2026-0001 is recorded as contact/)).closest('[role="status"]') as HTMLElement;
    expect(status).toHaveTextContent('HYS-2026-0001 is recorded as contact CS/2026/0001.');
    expect(within(status).getByRole('link', { name: 'CS/2026/0001' })).toHaveAttribute('href', '/cases/CS-2026-0001');
  });

  it('closes a message only with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const close = jest.fn(() => ({ data: { closeHaveYourSay: { id: '1', status: 'CLOSED', closedReason: 'A test' } } }));
    renderAt('/have-your-say/triage', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      HaveYourSayTriage: { data: { haveYourSayTriage: [item('1', 'HYS-2026-0001')] } },
      HaveYourSayTriageChoices: { data: CHOICES },
      CloseHaveYourSay: close,
    });
    const region = await screen.findByRole('region', { name: 'HYS-2026-0001' }, SLOW);
    await user.click(within(region).getByText('Close without a contact'));
    const form = within(region).getByRole('form', { name: 'Close HYS-2026-0001' });
    await user.click(within(form).getByRole('button', { name: /Close/ }));
    expect(await within(form).findByText('Say why it is closed without a contact')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Why is it closed?'), 'A test');
    await user.click(within(form).getByRole('button', { name: /Close/ }));
    expect(close).toHaveBeenCalledWith({ id: '1', reason: 'A test' });
  });

  it('says when there is nothing new', async () => {
    renderAt('/have-your-say/triage', { CurrentUser: meResponse('COMPLAINTS_OFFICER'), HaveYourSayTriage: { data: { haveYourSayTriage: [] } }, HaveYourSayTriageChoices: { data: CHOICES } });
    expect(await screen.findByText('There are no new messages.', {}, SLOW)).toBeInTheDocument();
  });
});

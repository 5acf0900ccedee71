import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meResponse, renderAt } from '../../test/render';

const OPTIONS = {
  data: {
    serviceAreas: [
      { code: 'SCHOOL_STANDARDS', name: 'School Standards', retiredFrom: null },
      { code: 'ASSETS_INFRASTRUCTURE', name: 'Assets and Infrastructure', retiredFrom: '2010-04-01' },
    ],
    channels: [{ code: 'EMAIL', name: 'Email', retiredFrom: null }],
    issueCategories: [{ code: 'SCHOOL_RELATED', name: 'School related', issues: [{ code: 'SCHOOL_TRANSPORT', name: 'School transport', retiredFrom: null }] }],
  },
};

const REQUESTS = [
  {
    id: '1',
    receivedDate: '2026-09-01',
    summary: 'Replace a lost school bus pass',
    status: 'OPEN',
    reviewedDate: '2026-09-08',
    reviewNote: 'Chased the transport team',
    resolvedDate: null,
    convertedDate: null,
    convertedContactReference: null,
    serviceArea: { code: 'SCHOOL_STANDARDS', name: 'School Standards' },
  },
];

jest.setTimeout(20_000);

describe('service requests page', () => {
  it('lists the open requests with their last review, and lets an officer record one (retired areas not offered)', async () => {
    const user = userEvent.setup();
    const view = renderAt('/service-requests', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      ServiceRequests: { data: { serviceRequests: REQUESTS } },
      ServiceRequestFormOptions: OPTIONS,
      RecordServiceRequest: { data: { recordServiceRequest: { id: '2' } } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Service requests' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Service requests' });
    const item = within(list).getByRole('listitem', { name: 'Replace a lost school bus pass' });
    expect(item).toHaveTextContent('School Standards. Received 1 September 2026. Open.');
    expect(item).toHaveTextContent('Last review (8 September 2026): Chased the transport team');

    await user.click(screen.getByText('Record a service request'));
    const form = screen.getByRole('form', { name: 'Record a service request' });
    const area = within(form).getByLabelText('Service area');
    expect(within(area).queryByRole('option', { name: 'Assets and Infrastructure' })).not.toBeInTheDocument();
    await user.selectOptions(area, 'School Standards');
    await user.type(within(form).getByLabelText('What was asked for'), 'Fix the gate');
    await user.click(within(form).getByRole('button', { name: 'Record the service request' }));
    expect(view.client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { input: { receivedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), serviceArea: 'SCHOOL_STANDARDS', summary: 'Fix the gate' } } }),
      expect.anything(),
    );
    expect(await screen.findByText('Service request recorded.')).toBeInTheDocument();
  });

  it('makes a request a Stage 1 complaint', async () => {
    const user = userEvent.setup();
    const view = renderAt('/service-requests', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      ServiceRequests: { data: { serviceRequests: REQUESTS } },
      ServiceRequestFormOptions: OPTIONS,
      ConvertServiceRequest: {
        data: { convertServiceRequest: { serviceRequest: { id: '1', status: 'CONVERTED', convertedDate: '2026-09-14', convertedContactReference: 'CS/2026/0042' }, contact: { id: '42', reference: 'CS/2026/0042' } } },
      },
    });
    await user.click(await screen.findByText('Make it a Stage 1 complaint'));
    const form = screen.getByRole('form', { name: 'Make it a Stage 1 complaint' });
    await user.clear(within(form).getByLabelText('Date the person expressed dissatisfaction'));
    await user.type(within(form).getByLabelText('Date the person expressed dissatisfaction'), '2026-09-14');
    await user.selectOptions(within(form).getByLabelText('How'), 'Email');
    await user.selectOptions(within(form).getByLabelText('Issue'), 'School related: School transport');
    await user.selectOptions(within(form).getByLabelText('Complainant'), 'Parent or carer');
    await user.click(within(form).getByRole('button', { name: 'Make it a complaint' }));
    expect(view.client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: '1', input: { receivedDate: '2026-09-14', channel: 'EMAIL', issues: ['SCHOOL_TRANSPORT'], complainantType: 'PARENT_OR_CARER' } } }),
      expect.anything(),
    );
    expect(await screen.findByText('Stage 1 complaint recorded from the service request.')).toBeInTheDocument();
  });

  it('says when there are none, and offers service managers no forms', async () => {
    renderAt('/service-requests', { CurrentUser: meResponse('SERVICE_MANAGER'), ServiceRequests: { data: { serviceRequests: [] } }, ServiceRequestFormOptions: OPTIONS });
    expect(await screen.findByText('There are no service requests to show.')).toBeInTheDocument();
    expect(screen.queryByText('Record a service request')).not.toBeInTheDocument();
  });
});

/** `Contact.viewerCan` over GraphQL: the steps offered follow the contact's state and the viewer's role. */
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;
let manager: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  manager = await api.as(Role.SERVICE_MANAGER); // Safeguarding: Social Care
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const STEPS = 'acknowledge respond extend escalateToStage2 escalateToStage3 recordPanelHeld recordEscalationResponse withdraw';
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { id viewerCan { ${STEPS} } } }`;
const READ = `query($id: ID!) { contact(id: $id) { id viewerCan { ${STEPS} } } }`;
const RESPOND = `mutation($id: ID!) { recordResponse(id: $id, sentDate: "2010-01-05", outcome: NOT_UPHELD) { id viewerCan { ${STEPS} } } }`;

const offered = (can: Record<string, boolean>) => Object.entries(can).flatMap(([step, ok]) => (ok ? [step] : []));

describe(`what a viewer may record on a contact (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('offers officers the next steps, follows the contact through them, and offers managers none', async () => {
    const input = { recordType: 'STATUTORY_COMPLAINT', channel: 'LETTER', receivedDate: '2009-12-23', serviceAreas: ['SOCIAL_CARE'], issues: ['STAFF_CONDUCT'], complainantType: 'PARENT_OR_CARER' };
    const created = await officer.graphql(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const { id, viewerCan } = created.data.createContact;
    // Its response fell due in 2010, so the timescale can no longer be extended.
    expect(offered(viewerCan)).toEqual(['acknowledge', 'respond', 'withdraw']);

    const seenByManager = await manager.graphql(READ, { id });
    expect(seenByManager.errors).toBeUndefined();
    expect(offered(seenByManager.data.contact.viewerCan)).toEqual([]);

    const responded = await officer.graphql(RESPOND, { id });
    expect(responded.errors).toBeUndefined();
    expect(offered(responded.data.recordResponse.viewerCan)).toEqual(['escalateToStage2']);
  });
});

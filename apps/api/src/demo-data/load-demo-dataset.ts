/**
 * Writes the demo dataset through the same validation and deadline rules as the
 * API, in one transaction. Idempotent: records whose reference (or year, for
 * service activity; year and issue, for learning actions) is already present are skipped.
 */
import { inTransaction } from '../db/transaction';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { LearningActionIssue } from '../actions/learning-action-issue.entity';
import { LearningAction } from '../actions/learning-action.entity';
import { createUserIn } from '../auth/user.service';
import { User } from '../auth/user.entity';
import { Escalation } from '../contacts/escalation.entity';
import { Contact } from '../contacts/contact.entity';
import { ContactService } from '../contacts/contact.service';
import type { CreateContactInput } from '../contacts/contact.inputs';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { prepareInformationRequest } from '../information-requests/information-request-validation';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { ServiceActivity } from '../service-activity/service-activity.entity';
import { escalationDeadlines } from '../timescales';
import type { DemoContact, DemoDataset } from './demo-dataset.types';
import { markDemoDataset } from './dataset-marker';
import { DEMO_USERS } from './demo-users';
import { loadDemoCodeReport } from '../code-report/demo-code-report';
import { demoComplainant } from './complainants';
import { refreshCaseState } from '../contacts/case-state.service';
import { Complainant } from '../complainants/complainant.entity';
import { prepareComplainant } from '../complainants/complainant-details';
import { ContactLearningOutcome } from '../contacts/learning-outcome/contact-learning-outcome.entity';
import { demoLearningOutcomes } from './learning-outcomes';
import { applyRestructure2010, RESTRUCTURE_DATE } from './restructure-2010-11';
import { invalidateReferenceCatalog } from '../reference/reference-catalog';
import { loadDemoIncidents } from './lost-information-incidents';
import { loadYear2026 } from './load-year-2026-27';
import { todayIso } from '../periods/today';

export interface LoadSummary {
  contacts: number;
  informationRequests: number;
  serviceActivity: number;
  learningActions: number;
  users: number;
}

/** The demo data is historical: validate it as of the day after its last date. */
const DEMO_TODAY = '2012-09-30';
const CHUNK = 200;

function toInput(c: DemoContact): CreateContactInput {
  const { escalations: _escalations, feedback: _feedback, ...input } = c;
  return { ...input, complainant: demoComplainant(c) };
}

async function existing<T>(read: (chunk: string[]) => Promise<T[]>, keys: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) out.push(...(await read(keys.slice(i, i + CHUNK))));
  return out;
}

/** Demo contacts loaded before complainants were recorded get theirs (only where none is set). */
async function addMissingComplainants(manager: EntityManager, contacts: DemoContact[]): Promise<void> {
  for (let i = 0; i < contacts.length; i += CHUNK) {
    const chunk = contacts.slice(i, i + CHUNK);
    const saved = await manager.find(Contact, { select: { id: true, reference: true }, where: { reference: In(chunk.map((c) => c.reference)) } });
    const withDetails = new Set((await manager.find(Complainant, { select: { contactId: true }, where: { contactId: In(saved.map((c) => c.id)) } })).map((c) => c.contactId));
    const idOf = new Map(saved.map((c) => [c.reference, c.id]));
    const rows = chunk.flatMap((c) => {
      const contactId = idOf.get(c.reference);
      if (contactId === undefined || withDetails.has(contactId)) return [];
      const prepared = prepareComplainant(demoComplainant(c));
      if (!prepared.ok) throw new Error(`Demo complainant of ${c.reference}: ${prepared.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
      return [{ ...prepared.row, contactId }];
    });
    if (rows.length) await manager.insert(Complainant, rows);
  }
}

/** What was learned from the demo complaints (learning-outcomes.ts), where nothing is recorded yet; recorded by the demo officer. */
async function addLearningOutcomes(manager: EntityManager, dataset: DemoDataset): Promise<void> {
  const outcomes = demoLearningOutcomes(dataset.contacts, dataset.learningActions);
  if (!outcomes.length) return;
  const officer = DEMO_USERS.find((u) => u.role === 'COMPLAINTS_OFFICER')!;
  const actionIds = new Map((await manager.find(LearningAction)).map((a) => [`${a.financialYear}|${a.issueIdentified}`, a.id]));
  for (let i = 0; i < outcomes.length; i += CHUNK) {
    const chunk = outcomes.slice(i, i + CHUNK);
    const contacts = await manager.find(Contact, { select: { id: true, reference: true }, where: { reference: In(chunk.map((o) => o.reference)) } });
    const answered = new Set((await manager.find(ContactLearningOutcome, { select: { contactId: true }, where: { contactId: In(contacts.map((c) => c.id)) } })).map((o) => o.contactId));
    const idOf = new Map(contacts.map((c) => [c.reference, c.id]));
    const rows = chunk.flatMap((o) => {
      const contactId = idOf.get(o.reference);
      const learningActionId = o.action ? actionIds.get(`${o.action.financialYear}|${o.action.issueIdentified}`) : null;
      if (contactId === undefined || answered.has(contactId) || learningActionId === undefined) return [];
      return [
        {
          contactId,
          kind: o.kind,
          learningActionId,
          note: o.note,
          recordedByName: officer.name,
          recordedByEmail: officer.email,
          recordedAt: new Date(`${o.recordedOn}T16:00:00Z`),
        },
      ];
    });
    if (rows.length) await manager.insert(ContactLearningOutcome, rows);
  }
}

export async function loadDemoDataset(dataSource: DataSource, dataset: DemoDataset): Promise<LoadSummary> {
  return inTransaction(dataSource, async (manager) => {
    const summary: LoadSummary = { contacts: 0, informationRequests: 0, serviceActivity: 0, learningActions: 0, users: 0 };

    const present = new Set(
      (
        await existing(
          (chunk) => manager.find(Contact, { select: { reference: true }, where: { reference: In(chunk) } }),
          dataset.contacts.map((c) => c.reference),
        )
      ).map((c) => c.reference),
    );
    // Contacts from before the 2010/11 restructure are written first, under the reference data of their day; then the restructure; then the rest.
    const unsaved = dataset.contacts.filter((c) => !present.has(c.reference));
    const before = unsaved.filter((c) => c.receivedDate < RESTRUCTURE_DATE);
    const after = unsaved.filter((c) => c.receivedDate >= RESTRUCTURE_DATE);
    const newContacts = [...before, ...after];
    const contactService = new ContactService(dataSource);
    const saved = await contactService.createMany(manager, before.map(toInput), DEMO_TODAY);
    if (await applyRestructure2010(manager)) invalidateReferenceCatalog(dataSource);
    saved.push(...(await contactService.createMany(manager, after.map(toInput), DEMO_TODAY)));
    summary.contacts = saved.length;

    const escalations = newContacts.flatMap((c, i) =>
      c.escalations.map((e) => {
        const deadlines = escalationDeadlines({ stage: e.stage, requestedDate: e.requestedDate, extended: e.extended });
        return {
          contactId: saved[i].id,
          stage: e.stage,
          requestedDate: e.requestedDate,
          responseSentDate: e.responseSentDate,
          extended: e.extended,
          managementReview: e.managementReview,
          outcome: e.outcome,
          responseDueDate: deadlines.responseDueDate,
          panelDueDate: deadlines.panelDueDate,
          panelReportDueDate: deadlines.panelReportDueDate,
          deadlineRuleId: deadlines.ruleId,
        };
      }),
    );
    if (escalations.length) await manager.insert(Escalation, escalations);
    // The escalations open or close the contacts again: their stored status and next due date follow.
    await refreshCaseState(manager, [...new Set(escalations.map((e) => e.contactId))]);
    await addMissingComplainants(manager, dataset.contacts.filter((c) => present.has(c.reference)));
    const feedback = newContacts.flatMap((c, i) => (c.feedback ? [{ contactId: saved[i].id, ...c.feedback }] : []));
    for (let i = 0; i < feedback.length; i += CHUNK) await manager.insert(FeedbackForm, feedback.slice(i, i + CHUNK));

    const catalog = await loadReferenceCatalog(manager);
    const presentRequests = new Set(
      (
        await existing(
          (chunk) => manager.find(InformationRequest, { select: { reference: true }, where: { reference: In(chunk) } }),
          dataset.informationRequests.map((r) => r.reference),
        )
      ).map((r) => r.reference),
    );
    const requestRows = dataset.informationRequests
      .filter((r) => !presentRequests.has(r.reference))
      .map((r) => {
        const result = prepareInformationRequest(r, catalog, DEMO_TODAY);
        if (!result.ok) throw new Error(`Demo request ${r.reference}: ${result.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
        return result.row;
      });
    for (let i = 0; i < requestRows.length; i += CHUNK) await manager.insert(InformationRequest, requestRows.slice(i, i + CHUNK));
    summary.informationRequests = requestRows.length;
    // Requests loaded before they had service areas get the demo's (only where none is set).
    const presentByArea = new Map<string, string[]>();
    for (const r of dataset.informationRequests.filter((x) => presentRequests.has(x.reference))) {
      presentByArea.set(r.serviceArea, [...(presentByArea.get(r.serviceArea) ?? []), r.reference]);
    }
    for (const [area, references] of presentByArea) {
      for (let i = 0; i < references.length; i += CHUNK) {
        await manager.update(
          InformationRequest,
          { reference: In(references.slice(i, i + CHUNK)), serviceAreaId: IsNull() },
          { serviceAreaId: catalog.serviceAreas.byCode.get(area)!.id },
        );
      }
    }

    const years = new Set((await manager.find(ServiceActivity)).map((s) => s.financialYear));
    const activity = dataset.serviceActivity.filter((s) => !years.has(s.financialYear));
    if (activity.length) await manager.insert(ServiceActivity, activity);
    summary.serviceActivity = activity.length;

    const actionKeys = new Set((await manager.find(LearningAction)).map((a) => `${a.financialYear}|${a.issueIdentified}`));
    const actions = dataset.learningActions
      .filter((a) => !actionKeys.has(`${a.financialYear}|${a.issueIdentified}`))
      .map(({ issueCategory, serviceArea, ...a }) => ({
        ...a,
        issueCategoryId: issueCategory ? catalog.issueCategories.byCode.get(issueCategory)!.id : null,
        serviceAreaId: serviceArea ? catalog.serviceAreas.byCode.get(serviceArea)!.id : null,
      }));
    if (actions.length) await manager.insert(LearningAction, actions.map(({ issues: _issues, ...a }) => a));
    summary.learningActions = actions.length;
    // Each demo action's issues (Appendix 1 counts the complaints naming them), also for actions loaded before actions had issues.
    const demoActions = (await manager.find(LearningAction)).filter((a) => dataset.learningActions.some((d) => d.financialYear === a.financialYear && d.issueIdentified === a.issueIdentified));
    const linked = new Set((await manager.find(LearningActionIssue)).map((l) => l.learningActionId));
    const links = demoActions
      .filter((a) => !linked.has(a.id))
      .flatMap((a) => {
        const demo = dataset.learningActions.find((d) => d.financialYear === a.financialYear && d.issueIdentified === a.issueIdentified)!;
        return demo.issues.map((issue) => ({ learningActionId: a.id, issueId: catalog.issues.byCode.get(issue)!.id }));
      });
    if (links.length) await manager.insert(LearningActionIssue, links);
    await addLearningOutcomes(manager, dataset);
    // Invented lost-information incidents (12.2), none dated after today.
    await loadDemoIncidents(manager, new Date());
    await markDemoDataset(manager);

    for (const user of DEMO_USERS) {
      if (await manager.exists(User, { where: { email: user.email } })) continue;
      await createUserIn(manager, user);
      summary.users += 1;
    }
    // The Code's report: the invented Ombudsman sample, an invented letter and an approved self-assessment (issue 13).
    await loadDemoCodeReport(manager);
    // 2026/27 under both regimes (issue 13), up to the day it is loaded; after the users, who handle its stages.
    // Only with the demo's contacts: a dataset of learning actions alone (some tests) gets no 2026/27.
    if (dataset.contacts.length) summary.contacts += await loadYear2026(manager, dataSource, todayIso());

    return summary;
  });
}

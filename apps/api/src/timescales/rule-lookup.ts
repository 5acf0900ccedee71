/**
 * Finding the deadline rule in force, and checking a rule list is usable.
 */

import { CLOCK_PAUSE_REASONS } from '@complaints/domain';
import { INFORMATION_REQUEST_KINDS, RECORD_TYPES } from '../reference/reference-data';
import type { DeadlineRule, DeadlineRuleFor, DeadlineRuleTarget } from './deadline-rule-types';
import { DEADLINE_RULES } from './deadline-rules';
import { isIsoDate, parseIsoDate, type IsoDate } from './iso-date';

function matches(rule: DeadlineRule, target: DeadlineRuleTarget): boolean {
  switch (target.kind) {
    case 'CONTACT':
      return rule.kind === 'CONTACT' && rule.recordTypes.includes(target.recordType);
    case 'ESCALATION':
      return rule.kind === 'ESCALATION' && rule.stage === target.stage;
    case 'INFORMATION_REQUEST':
      return rule.kind === 'INFORMATION_REQUEST' && rule.requestKind === target.requestKind;
  }
}

function describeTarget(target: DeadlineRuleTarget): string {
  switch (target.kind) {
    case 'CONTACT':
      return `record type '${target.recordType}'`;
    case 'ESCALATION':
      return `escalation stage '${target.stage}'`;
    case 'INFORMATION_REQUEST':
      return `information request kind '${target.requestKind}'`;
  }
}

/**
 * The rule in force on `date` for `target`: the latest whose appliesFrom is on
 * or before `date`, or the earliest rule when `date` precedes them all.
 */
export function findDeadlineRule<T extends DeadlineRuleTarget>(
  target: T,
  date: IsoDate,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineRuleFor<T> {
  parseIsoDate(date);
  const candidates = rules
    .filter((rule) => matches(rule, target))
    .sort((a, b) => (a.appliesFrom < b.appliesFrom ? -1 : a.appliesFrom > b.appliesFrom ? 1 : 0));
  if (candidates.length === 0) throw new Error(`No deadline rule for ${describeTarget(target)}`);
  let chosen = candidates[0];
  // ISO dates compare correctly as strings.
  for (const rule of candidates) if (rule.appliesFrom <= date) chosen = rule;
  return chosen as DeadlineRuleFor<T>;
}

export function deadlineRuleById(id: string, rules: readonly DeadlineRule[] = DEADLINE_RULES): DeadlineRule | undefined {
  return rules.find((rule) => rule.id === id);
}

function targetsOf(rule: DeadlineRule): DeadlineRuleTarget[] {
  switch (rule.kind) {
    case 'CONTACT':
      return rule.recordTypes.map((recordType) => ({ kind: 'CONTACT', recordType }));
    case 'ESCALATION':
      return [{ kind: 'ESCALATION', stage: rule.stage }];
    case 'INFORMATION_REQUEST':
      return [{ kind: 'INFORMATION_REQUEST', requestKind: rule.requestKind }];
  }
}

function periodCounts(rule: DeadlineRule): (number | null)[] {
  switch (rule.kind) {
    case 'CONTACT':
      return [rule.acknowledgementWorkingDays, rule.response?.workingDays ?? null, rule.response?.extendedWorkingDays ?? null];
    case 'ESCALATION':
      return [
        rule.panel?.withinWorkingDays ?? null,
        rule.panel?.reportWithinWorkingDays ?? null,
        rule.response.workingDays,
        rule.response.extendedWorkingDays,
      ];
    case 'INFORMATION_REQUEST':
      return [rule.period.count, rule.extendedPeriod?.count ?? null];
  }
}

/**
 * Throws, listing every problem, unless the rules are usable: unique ids,
 * valid dates, a description and source, whole non-negative periods, at most
 * one rule per target and date, internally consistent counting, known pause
 * reasons and effects, and a rule for
 * every record type, escalation stage and information request kind.
 */
export function validateDeadlineRules(rules: readonly DeadlineRule[]): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  const targetDates = new Set<string>();

  for (const rule of rules) {
    const name = `rule '${rule.id}'`;
    if (!rule.id) problems.push('a rule has no id');
    if (ids.has(rule.id)) problems.push(`${name}: duplicate id`);
    ids.add(rule.id);
    if (!isIsoDate(rule.appliesFrom)) problems.push(`${name}: appliesFrom is not a valid ISO date: '${rule.appliesFrom}'`);
    if (!rule.description?.trim()) problems.push(`${name}: no description`);
    if (!rule.source?.trim()) problems.push(`${name}: no source`);
    for (const count of periodCounts(rule)) {
      if (count !== null && !(Number.isSafeInteger(count) && count >= 0)) {
        problems.push(`${name}: period ${count} is not a whole number >= 0`);
      }
    }
    if (rule.kind === 'CONTACT') {
      if (rule.recordTypes.length === 0) problems.push(`${name}: applies to no record type`);
      for (const recordType of rule.recordTypes) {
        if (!RECORD_TYPES.some((t) => t.code === recordType)) problems.push(`${name}: unknown record type '${recordType}'`);
      }
      const fromAcknowledgement = rule.response?.countFrom === 'ACKNOWLEDGEMENT_DUE_DATE' || rule.response?.countFrom === 'ACKNOWLEDGEMENT_DATE';
      if (fromAcknowledgement && rule.acknowledgementWorkingDays === null) {
        problems.push(`${name}: response counts from the acknowledgement, but no acknowledgement is due`);
      }
    }
    if (rule.kind === 'INFORMATION_REQUEST') {
      for (const [reason, effect] of Object.entries(rule.pauses)) {
        if (!(reason in CLOCK_PAUSE_REASONS)) problems.push(`${name}: unknown pause reason '${reason}'`);
        if (effect !== 'RESTART' && effect !== 'SUSPEND') problems.push(`${name}: pause '${reason}' must RESTART or SUSPEND the clock`);
      }
    }
    if (rule.kind === 'ESCALATION' && (rule.response.countFrom === 'PANEL_REPORT_DUE_DATE') !== (rule.panel !== null)) {
      problems.push(`${name}: a response counted from the panel report needs a panel, and only then`);
    }
    for (const target of targetsOf(rule)) {
      const key = `${describeTarget(target)} from ${rule.appliesFrom}`;
      if (targetDates.has(key)) problems.push(`${name}: another rule already covers ${key}`);
      targetDates.add(key);
    }
  }

  const required: DeadlineRuleTarget[] = [
    ...RECORD_TYPES.map((t): DeadlineRuleTarget => ({ kind: 'CONTACT', recordType: t.code })),
    { kind: 'ESCALATION', stage: 'STAGE_2' },
    { kind: 'ESCALATION', stage: 'STAGE_3' },
    ...(Object.keys(INFORMATION_REQUEST_KINDS) as (keyof typeof INFORMATION_REQUEST_KINDS)[]).map(
      (requestKind): DeadlineRuleTarget => ({ kind: 'INFORMATION_REQUEST', requestKind }),
    ),
  ];
  for (const target of required) {
    if (!rules.some((rule) => matches(rule, target))) problems.push(`no rule for ${describeTarget(target)}`);
  }

  if (problems.length > 0) throw new Error(`Invalid deadline rules:\n- ${problems.join('\n- ')}`);
}

// Fail at start-up, not on the first deadline, if an edit broke the rules.
validateDeadlineRules(DEADLINE_RULES);

/**
 * `forward-plan`: a consultation is announced, listed as forthcoming on the main branch, at least
 * `forwardPlanNoticeDays` before it opens. Read from git history; a warning when there is none.
 */
import { atField, type Finding, type Rule } from './core/index.ts';
import { addDays, daysBetween } from '../dates/calendar-date.ts';
import { forwardPlanNotice, hubStart } from '../git/notice.ts';
import { collectionFolder, folderName } from '../routes.ts';
import { daysNotice } from '../text/notice.ts';
import { plural } from '../text/plural.ts';
import { isHeldToConsultationRules } from './consultation-facts.ts';

export const forwardPlanRule = {
  id: 'forward-plan',
  scope: 'tree',
  liveThreshold: (process) =>
    `Listed on the forward plan at least ${process.forwardPlanNoticeDays} days before opening.`,
  checkTree(context) {
    const git = context.git;
    if (!git) return [];
    const consultations = context.consultations.filter((entry) => isHeldToConsultationRules(entry.data));
    if (consultations.length === 0) return [];
    if (!git.available) {
      return [
        {
          rule: 'forward-plan',
          severity: 'warning',
          file: folderName(collectionFolder('consultations')),
          message: `the forward-plan notice was not checked because git history is not available (${git.reason}); in CI, check out with fetch-depth: 0`,
        },
      ];
    }
    const notice = context.settings.process.forwardPlanNoticeDays;
    const began = hubStart(git.firstConsultationDate, context.today);
    const findings: Finding[] = [];
    for (const entry of consultations) {
      const { opens } = entry.data;
      const listing = git.consultations.get(entry.source.slug);
      const verdict = forwardPlanNotice({ listing, opens, noticeDays: notice, hubStart: began, today: context.today });
      // Not held to the notice (it opened before the hub could have announced it in time), or it had the notice.
      if (verdict.kind === 'before-hub' || verdict.met) continue;
      const { announceBy } = verdict;
      const error = (message: string) => findings.push(atField('forward-plan', 'error', entry, ['opens'], message));
      if (verdict.kind === 'listed') {
        error(
          `it was first listed as forthcoming on ${verdict.listed}, ${plural(verdict.days, 'day')} before it opens on ${opens}; the forward plan needs ${daysNotice(notice)} (listed by ${announceBy})`,
        );
      } else if (verdict.kind === 'not-listed') {
        error(
          `it first appeared on the main branch on ${verdict.firstSeen}, when it had already opened; it should have been listed as forthcoming by ${announceBy}, ${plural(notice, 'day')} before it opens`,
        );
      } else {
        const given = daysBetween(context.today, opens);
        error(
          given > 0
            ? `it is not on the main branch yet; published today it would give ${daysNotice(given)} before it opens on ${opens}, and the forward plan needs ${plural(notice, 'day')}: open on or after ${addDays(context.today, notice)}`
            : `it is not on the main branch yet and opens on ${opens}, so it was never listed as forthcoming; the forward plan needs ${daysNotice(notice)}: open on or after ${addDays(context.today, notice)}`,
        );
      }
    }
    return findings;
  },
} satisfies Rule;

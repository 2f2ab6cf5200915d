/**
 * The decision trail in the words residents read: why an activity was chosen (the decision record), and
 * where each action of a feedback report has got to. The words for values (an activity's noun, how much
 * can change) come from src/lib/labels.ts, passed in by the page.
 */
import type { ActionStanding } from '../decision-trail.ts';
import type { DecisionToConsult, FeedbackAction } from '../schema/decision-trail.ts';
import { formatDate } from './dates.ts';

/** "a consultation", "an engagement activity". */
export const withArticle = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;

/** The heading of the decision record on a page: only a consultation is "consulting". */
export function decisionHeading(isConsultation: boolean, activityNoun: string): string {
  return isConsultation ? 'Why we are consulting on this' : `Why this is ${withArticle(activityNoun)}`;
}

/** The answers of the decision record as plain sentences, in the order of the questions. */
export function decisionRecordInWords(answers: DecisionToConsult, activityNoun: string, scopeWords: string): string[] {
  const sentences = [
    `${answers.decidedBy} decided on ${formatDate(answers.decidedOn)} to run this as ${withArticle(activityNoun)}.`,
  ];
  if (answers.statutoryDuty) sentences.push('The law requires us to consult.');
  if (answers.promisedToConsult) sentences.push('We promised to consult, or people can expect us to.');
  if (answers.significantImpact) sentences.push('It will have a significant impact on people.');
  if (answers.contentious) sentences.push('It is likely to be contentious or of wide public interest.');
  if (answers.knowledgeGaps) sentences.push("There are gaps in what we know about people's needs or views.");
  if (answers.ongoingInvolvement) sentences.push('People need to be involved throughout, not asked once.');
  if (answers.urgentUnforeseen) sentences.push('The decision is urgent and could not be foreseen.');
  sentences.push(`What views can still change: ${scopeWords.charAt(0).toLowerCase()}${scopeWords.slice(1)}.`);
  return sentences;
}

/** Where the activity chosen is not the one the answers point to: said plainly, before the reason. */
export function choiceAgainstAnswersInWords(pointedNouns: readonly string[], because: string, chosenNoun: string) {
  return `These answers usually point to ${withArticle(pointedNouns.join(' or '))}, because ${because}. We chose ${withArticle(chosenNoun)} for the reason below.`;
}

/** A step of the decision aid: "Choose a consultation if you answered", then the answers that lead there. */
export const choiceInWords = (nouns: readonly string[]) => `Choose ${withArticle(nouns.join(' or '))} if you answered`;

/** The last step of the decision aid, where no answer above applies. */
export const otherwiseInWords = (nouns: readonly string[], because: string) =>
  `Otherwise, choose ${withArticle(nouns.join(' or '))}: ${because}.`;

/** A question of the decision aid with the answer that leads to a step and why: "Does a law …? Answer: Yes (the law …)." */
export const answerInWords = (question: string, answer: string, because: string) =>
  `${question} Answer: ${answer} (${because}).`;

/** The progress of an action beside its status: when it was done, why it was dropped, or how it is going. */
export function actionProgressInWords(action: FeedbackAction, standing: ActionStanding): string {
  const progress = action.progress ? ` ${action.progress}` : '';
  switch (standing) {
    case 'done-on-time':
    case 'done-late':
      return `Completed on ${formatDate(action.completed ?? action.due)}.${progress}`;
    case 'dropped':
      return action.reason ?? 'No reason given.';
    case 'late':
      return `It was due on ${formatDate(action.due)} and is not done yet.${progress}`;
    default:
      return action.progress ?? 'No progress to report yet.';
  }
}

/**
 * A deterministic archive of consultations and feedback reports for benchmarks: the same count and
 * seed give the same files byte for byte. The entries are spread over the years before `today`, with
 * a few still open or forthcoming; they pass the schema and the timescale, section and safety rules,
 * and carry the realistic gaps an archive has (overlaps, the odd missing feedback report, PDFs).
 */
import { addDays, addWeeks, dayOfWeek, type IsoDate } from '../../src/lib/dates/calendar-date.ts';
import { addWorkingDays } from '../../src/lib/dates/working-days.ts';
import { contentFile } from '../../src/lib/routes.ts';
import { isOnDecisionTrail } from '../../src/lib/schema/decision-trail.ts';
import {
  ACTIVITIES,
  DOCUMENT_FORMATS,
  FORMATS,
  METHODS,
  SIGNIFICANCES,
  type Activity,
  type Significance,
} from '../../src/lib/schema/consultation.ts';
import type { Settings } from '../../src/lib/content/settings.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { mdxFile } from './frontmatter.ts';
import { seededRandom, type Random } from './random.ts';
import {
  CHANNELS,
  FACTS,
  FIXED,
  genericSubjects,
  INFLUENCE,
  NEXT_STEPS,
  NOT_INFLUENCED_REASONS,
  REASONS,
  SUBJECTS,
  THEMES,
  type Subject,
} from './vocabulary.ts';

export interface ArchiveOptions {
  /** How many consultations; feedback reports are added for most of those that have closed. */
  count: number;
  seed?: number;
  today: IsoDate;
  settings: Settings;
  /** Years of history before today; by default one year per 500 consultations, at least two. */
  years?: number;
}

export interface GeneratedFile {
  /** Relative to the repository root, e.g. `content/consultations/bus-network-changes-kelbrook-2019.mdx`. */
  path: string;
  text: string;
}

const DAY_SPAN_AHEAD = 120;
const WORKING_DAYS_PER_WEEK = 5;

export function generateArchive(options: ArchiveOptions): GeneratedFile[] {
  const { count, today, settings } = options;
  const random = seededRandom(options.seed ?? 1);
  const years = options.years ?? Math.max(2, Math.ceil(count / 500));
  const start = addDays(today, -years * 365);
  const span = years * 365 + DAY_SPAN_AHEAD;
  const { taxonomy } = settings.site;
  const labels = new Map(
    [...taxonomy.topics, ...taxonomy.areas, ...taxonomy.audiences].map((term) => [term.id, term.label]),
  );
  const subjectsFor = (topic: string) => SUBJECTS[topic] ?? genericSubjects(labels.get(topic) ?? topic);

  // Opening days first, sorted, so slugs and `related` links read like a real archive grown over time.
  const openings = Array.from({ length: count }, () => weekday(addDays(start, random.int(0, span))));
  openings.sort();

  const slugs = new Set<string>();
  const ordered: string[] = [];
  const files: GeneratedFile[] = [];
  for (const [index, planned] of openings.entries()) {
    const opens = outsidePreElection(planned, settings);
    const topics = random.sample(
      taxonomy.topics.map((term) => term.id),
      random.chance(0.7) ? 1 : 2,
    );
    const subject = random.pick(subjectsFor(topics[0]!));
    const area = random.chance(0.25) ? taxonomy.areas[0]! : random.pick(taxonomy.areas);
    // Events happen in a town, even for a countywide consultation.
    const town =
      area === taxonomy.areas[0]
        ? random.pick(taxonomy.areas.slice(1).length ? taxonomy.areas.slice(1) : taxonomy.areas)
        : area;
    const year = opens.slice(0, 4);
    const slug = uniqueSlug(slugs, `${slugify(subject.name)}-${area.id}-${year}`);
    const entry = consultation(random, {
      index,
      slug,
      opens,
      topics,
      subject,
      areaId: area.id,
      areaLabel: area.label,
      town: town.label,
      today,
      settings,
      earlier: ordered.slice(-40),
    });
    ordered.push(slug);
    files.push({ path: contentFile('consultations', slug), text: entry.text });
    if (entry.feedback) files.push({ path: contentFile('feedback', slug), text: entry.feedback });
  }
  return files;
}

interface ConsultationPlan {
  index: number;
  slug: string;
  opens: IsoDate;
  topics: string[];
  subject: Subject;
  areaId: string;
  areaLabel: string;
  town: string;
  today: IsoDate;
  settings: Settings;
  earlier: string[];
}

function consultation(random: Random, plan: ConsultationPlan): { text: string; feedback?: string } {
  const { opens, subject, areaLabel, today, settings } = plan;
  const activity: Activity = random.chance(0.65) ? 'consultation' : random.pick(ACTIVITIES);
  const significance: Significance = random.pick([...SIGNIFICANCES, 'standard', 'major']);
  const place = plan.areaId === settings.site.taxonomy.areas[0]!.id ? 'across the county' : `in ${areaLabel}`;
  const short = activity === 'consultation' && random.chance(0.1);
  const closes = closingDate(random, opens, activity, significance, short, settings);
  const statusRoll = random.next();
  const stored = statusRoll < 0.01 ? 'withdrawn' : statusRoll < 0.015 ? 'paused' : undefined;
  const long = random.chance(0.1);
  const capital = subject.name.charAt(0).toUpperCase() + subject.name.slice(1);
  const team = `${subject.service} Team`;
  const mailbox = `${slugify(subject.service).replace(/-/g, '.')}@harrowdale.example`;
  const statutory = activity === 'consultation' && random.chance(0.3);

  const frontmatter = {
    title: `${capital} ${place} (${opens.slice(0, 4)})`.slice(0, 120),
    summary: `We propose ${subject.proposal} ${place}. Tell us what you think by ${formatDate(closes)}.`.slice(0, 300),
    activity,
    significance,
    statutory: statutory ? { required: true, basis: 'Local Government Act 1999, section 3' } : { required: false },
    service: subject.service,
    decisionMaker: subject.decisionMaker,
    topics: plan.topics,
    areas: [plan.areaId],
    audiences: random.sample(
      settings.site.taxonomy.audiences.map((term) => term.id),
      random.int(1, 4),
    ),
    methods: random.sample(
      METHODS.filter((method) => method !== 'other'),
      random.int(1, 3),
    ),
    opens,
    closes,
    durationRationale: short
      ? 'The decision must be taken before the new financial year, so the period is shorter than usual.'
      : undefined,
    respond: respondChannels(random, plan, closes, mailbox),
    formats: random
      .sample(FORMATS, random.int(0, 3))
      .concat(random.chance(0.6) ? ['paper' as const] : [])
      .filter((format, i, all) => all.indexOf(format) === i),
    documents: documents(random, subject, plan.slug),
    equalityImpact: random.chance(0.8)
      ? { status: 'completed', href: `https://www.harrowdale.example/equality/${plan.slug}` }
      : {
          status: 'screening-no-eqia-needed',
          rationale: 'Screening found no different effect on any group with protected characteristics.',
        },
    governance: {
      consultationGroupNotified: addDays(opens, -random.int(40, 60)),
      authorisedBy: subject.decisionMaker,
      authorisedOn: addDays(opens, -random.int(10, 30)),
      stakeholdersInformed: addDays(opens, -random.int(1, 9)),
    },
    contact: { team, email: mailbox, phone: `01632 960 ${String(100 + (plan.index % 900)).padStart(3, '0')}` },
    status: stored,
    statusReason:
      stored === 'withdrawn'
        ? 'The proposal was withdrawn after the service was transferred to a partner body.'
        : stored
          ? 'Paused while we wait for the government to publish new guidance.'
          : undefined,
    related: plan.earlier.length && random.chance(0.1) ? random.sample(plan.earlier, random.int(1, 2)) : undefined,
  };
  // What opens from decisionTrailFrom records the trail process.yaml asks of it, with no further random draws,
  // so the archive before that date stays exactly as it was.
  if (isOnDecisionTrail({ opens }, settings.process.decisionTrailFrom)) {
    Object.assign(frontmatter, decisionTrail(subject.decisionMaker, opens, activity));
    Object.assign(frontmatter.governance, {
      cabinetMemberNotified: addDays(opens, -70),
      scrutinyNotified: addDays(opens, -56),
      qualityAssuredBy: 'Consultation group',
      qualityAssuredOn: addDays(opens, -42),
      stakeholdersInformed: addDays(opens, -21),
    });
  }
  const body = consultationBody(random, subject, place, long, settings);
  const due = addWeeks(closes, settings.process.feedbackWithinWeeks);
  const published = addDays(closes, random.int(21, settings.process.feedbackWithinWeeks * 7 - 7));
  const reported = !stored && published <= today && (due > today || random.chance(0.97));
  return {
    text: mdxFile(frontmatter, body),
    ...(reported ? { feedback: feedbackReport(random, plan, closes, published) } : {}),
  };
}

/** A decision record whose answers point to a consultation or engagement, and the plan of a consultation. */
function decisionTrail(decisionMaker: string, opens: IsoDate, activity: Activity) {
  return {
    decisionToConsult: {
      decidedBy: decisionMaker,
      decidedOn: addDays(opens, -90),
      statutoryDuty: false,
      promisedToConsult: false,
      significantImpact: true,
      contentious: false,
      knowledgeGaps: true,
      scopeToInfluence: 'options',
      ongoingInvolvement: false,
      reason: 'The proposal affects many residents, and they can still choose between the options.',
    },
    ...(activity === 'consultation' && {
      successCriteria: ['Responses from every area the proposal affects.'],
      targetGroups: [{ group: 'People who use the service', how: 'A survey at every place the service is offered.' }],
      decisionMeeting: { body: decisionMaker, date: addDays(opens, 180) },
    }),
  };
}

function closingDate(
  random: Random,
  opens: IsoDate,
  activity: Activity,
  significance: Significance,
  short: boolean,
  settings: Settings,
): IsoDate {
  if (activity !== 'consultation') return addDays(opens, random.int(2, 10) * 7);
  const { minimumWeeks, standardWeeks, bankHolidayRegion } = settings.process;
  // Counted in working days, so a period over Christmas or a bank holiday is extended as the rule asks.
  const weeks = short ? minimumWeeks[significance] : standardWeeks[significance] + random.int(0, 2);
  const workingDays = weeks * WORKING_DAYS_PER_WEEK + random.int(2, 6);
  const byWorkingDays = addWorkingDays(opens, workingDays, bankHolidayRegion);
  const byWeeks = addDays(opens, weeks * 7 + 1);
  return byWorkingDays > byWeeks ? byWorkingDays : byWeeks;
}

function respondChannels(random: Random, plan: ConsultationPlan, closes: IsoDate, mailbox: string) {
  const events = Array.from({ length: random.chance(0.5) ? random.int(1, 3) : 0 }, (_, n) => {
    const startHour = random.pick([10, 14, 18]);
    return {
      title: `${n % 2 ? 'Drop-in session' : 'Public meeting'} in ${plan.town}`,
      date: weekday(addDays(plan.opens, random.int(7, 28) + n * 7)),
      start: `${startHour}:00`,
      end: `${startHour + random.int(1, 3)}:${random.pick(['00', '30'])}`,
      location: `${plan.town} Community Centre, Station Road, ${plan.town} HD${random.int(1, 9)} ${random.int(1, 9)}${random.pick(['AB', 'LS', 'QT', 'RW'])}`,
      online: random.chance(0.2) ? 'https://meet.harrowdale.example/consultations' : undefined,
      stepFree: random.chance(0.85),
    };
  }).filter((event) => event.date < closes);
  const post = random.chance(0.7)
    ? `${plan.subject.service} Team, Freepost HARROWDALE, County Hall, Kelbrook HD1 2AB`
    : undefined;
  return {
    online: `https://haveyoursay.harrowdale.example/surveys/${plan.slug}`,
    email: mailbox,
    post,
    // Everyone can respond without a computer: a phone line whenever there is no postal address.
    phone: !post || random.chance(0.5) ? '01632 960 400' : undefined,
    events: events.length ? events : undefined,
  };
}

function documents(random: Random, subject: Subject, slug: string) {
  return Array.from({ length: random.int(0, 4) }, (_, n) => {
    const format = n === 0 ? 'html' : random.pick(DOCUMENT_FORMATS);
    return {
      title:
        n === 0
          ? `Full proposal: ${subject.name}`
          : `${['Background evidence', 'Equality impact assessment', 'Survey questions', 'Map of the area'][n % 4]} (${format.toUpperCase()})`,
      href: `https://www.harrowdale.example/documents/${slug}-${n + 1}.${format}`,
      format,
      sizeKb: format === 'html' ? undefined : random.int(40, 4000),
      accessible: format === 'html' || random.chance(0.7),
    };
  });
}

function paragraphs(random: Random, pool: readonly string[], count: number, lead?: string): string {
  return Array.from({ length: count }, (_, n) => {
    const sentences = random.sample(pool, random.int(2, Math.min(4, pool.length)));
    return [...(n === 0 && lead ? [lead] : []), ...sentences].join(' ');
  }).join('\n\n');
}

function consultationBody(random: Random, subject: Subject, place: string, long: boolean, settings: Settings): string {
  const [proposing, why, influence, respond, next] = settings.process.requiredSections.consultation;
  const size = (min: number, max: number) => random.int(min, max) * (long ? 3 : 1);
  const options = random
    .sample(['keep', 'change', 'share', 'reduce'], random.int(2, 4))
    .map(
      (verb, n) =>
        `- **Option ${String.fromCharCode(65 + n)}**: ${verb} ${subject.name} ${random.pick(['as now', 'in stages', 'with partners', 'from next year'])}`,
    );
  const table = random.chance(0.2)
    ? `\n\n| Year | People using the service |\n| --- | ---: |\n${Array.from({ length: 4 }, (_, n) => `| ${2020 + n} | ${random.int(900, 9000)} |`).join('\n')}`
    : '';
  return [
    `## ${proposing}`,
    paragraphs(random, FACTS, size(1, 2), `We propose ${subject.proposal} ${place}.`),
    options.join('\n'),
    `## ${why}`,
    paragraphs(random, FACTS, size(1, 2), `We are consulting because ${random.pick(REASONS)}.`) + table,
    `## ${influence}`,
    `You can influence ${random.sample(INFLUENCE, 2).join(', and ')}. ${random.pick(FIXED)}`,
    `## ${respond}`,
    'Fill in the [online survey for this consultation](https://haveyoursay.harrowdale.example/surveys), write to us, or come to one of the events listed on this page.',
    `## ${next}`,
    paragraphs(random, NEXT_STEPS, size(1, 1)),
  ].join('\n\n');
}

function feedbackReport(random: Random, plan: ConsultationPlan, closes: IsoDate, published: IsoDate): string {
  const channels = random.sample(CHANNELS, random.int(2, 4));
  const byChannel = Object.fromEntries(channels.map((channel) => [channel, random.int(5, 1500)]));
  const total = Object.values(byChannel).reduce((sum, value) => sum + value, 0);
  const themes = random.sample(THEMES, random.int(2, 5)).map((theme) => {
    const influenced = random.chance(0.7);
    return { ...theme, influenced, reason: influenced ? undefined : random.pick(NOT_INFLUENCED_REASONS) };
  });
  const decisionDate = addDays(closes, random.int(7, 20));
  const decided = decisionDate < published ? decisionDate : published;
  const [asked, said, did, next] = plan.settings.process.requiredSections.feedback;
  const frontmatter = {
    consultation: plan.slug,
    published,
    responses: { total, byChannel },
    themes,
    decision: {
      date: decided,
      by: plan.subject.decisionMaker,
      summary: `The ${plan.subject.decisionMaker} agreed ${plan.subject.proposal}, with changes made in response to the consultation.`,
      href: random.chance(0.5) ? `https://www.harrowdale.example/democracy/decisions/${plan.slug}` : undefined,
    },
  };
  const body = [
    `## ${asked}`,
    `We asked for your views on ${plan.subject.proposal}. We also asked about ${random.pick(INFLUENCE)}.`,
    `## ${said}`,
    `We heard from ${total} people and organisations. ${themes.map((theme) => theme.youSaid).join(' ')}`,
    `## ${did}`,
    themes.map((theme) => `- ${theme.weDid}`).join('\n'),
    `## ${next}`,
    paragraphs(random, NEXT_STEPS, 1),
  ].join('\n\n');
  return mdxFile(frontmatter, body);
}

function weekday(date: IsoDate): IsoDate {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** No consultation may open inside a pre-election period: move it to the first weekday after one. */
function outsidePreElection(opens: IsoDate, settings: Settings): IsoDate {
  const period = settings.process.preElectionPeriods.find(({ from, to }) => from <= opens && opens <= to);
  return period ? weekday(addDays(period.to, 1)) : opens;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniqueSlug(taken: Set<string>, base: string): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

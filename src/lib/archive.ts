/**
 * The archive as linked records: which essays are visible, and every link between records,
 * in both directions. Pure: entries and the build day in, an index out. The Chatham House
 * Rule is applied here, once: attendance is only indexed for open dialogues, and a closed
 * dialogue's delegation is only ever handed out as counts by role.
 */
import type { DialogueData } from '../schemas/dialogues.ts';
import type { EssayData } from '../schemas/essays.ts';
import type { PageData } from '../schemas/pages.ts';
import type { PartnerData } from '../schemas/partners.ts';
import type { PersonData } from '../schemas/people.ts';
import type { TopicData } from '../schemas/topics.ts';
import { countByRole, type RoleCount } from './delegation.ts';
import { groupVersions, workId } from './translations.ts';
import { essayVisibility, type Visibility } from './visibility.ts';

interface Record<D> {
  id: string;
  data: D;
}
export type EssayRecord = Record<Omit<EssayData, 'image'> & { image?: unknown }>;
export type DialogueRecord = Record<DialogueData>;
export type PartnerRecord = Record<PartnerData>;
export type PersonRecord = Record<PersonData>;
export type TopicRecord = Record<TopicData>;
export type PageRecord = Record<PageData>;

export interface ArchiveInput<
  E extends EssayRecord,
  D extends DialogueRecord,
  Pa extends PartnerRecord,
  Pe extends PersonRecord,
  T extends TopicRecord,
  Pg extends PageRecord,
> {
  essays: readonly E[];
  dialogues: readonly D[];
  partners: readonly Pa[];
  people: readonly Pe[];
  topics: readonly T[];
  pages: readonly Pg[];
}

export interface ArchiveOptions {
  /** The build day (midnight UTC): essays dated after it are scheduled. */
  today: Date;
  /** Keep drafts and scheduled essays (the dev preview); the published site never does. */
  includeUnpublished: boolean;
}

/** A dialogue's delegation as the page may show it. */
export type Delegation<Pe> = { open: true; people: Pe[] } | { open: false; counts: RoleCount[]; total: number };

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en');
const newestEssayFirst = (a: EssayRecord, b: EssayRecord) =>
  b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title, 'en');
const newestDialogueFirst = (a: DialogueRecord, b: DialogueRecord) =>
  b.data.startDate.getTime() - a.data.startDate.getTime() || a.data.title.localeCompare(b.data.title, 'en');

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildArchive<
  E extends EssayRecord,
  D extends DialogueRecord,
  Pa extends PartnerRecord,
  Pe extends PersonRecord,
  T extends TopicRecord,
  Pg extends PageRecord,
>(input: ArchiveInput<E, D, Pa, Pe, T, Pg>, options: ArchiveOptions) {
  const status = new Map<string, Visibility>(input.essays.map((essay) => [essay.id, essayVisibility(essay.data, options.today)]));
  const essays = input.essays.filter((essay) => options.includeUnpublished || status.get(essay.id) === 'published').sort(newestEssayFirst);
  const dialogues = [...input.dialogues].sort(newestDialogueFirst);
  const partners = [...input.partners].sort(byName);
  const people = [...input.people].sort(byName);
  const topics = [...input.topics].sort(byName);
  const pages = [...input.pages].sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title, 'en'),
  );

  const essayById = new Map(essays.map((e) => [e.id, e]));
  // Versions of one work among the essays shown: a draft translation never appears beside a
  // published original, nor the other way round.
  const versionsByWork = groupVersions(essays);
  const dialogueById = new Map(dialogues.map((d) => [d.id, d]));
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const topicById = new Map(topics.map((t) => [t.id, t]));

  const essaysByDialogue = new Map<string, E[]>();
  const essaysByAuthor = new Map<string, E[]>();
  const essaysByTopic = new Map<string, E[]>();
  const essaysByPartner = new Map<string, E[]>();
  for (const essay of essays) {
    for (const author of essay.data.authors) push(essaysByAuthor, author, essay);
    for (const topic of essay.data.topics) push(essaysByTopic, topic, essay);
    const dialogue = essay.data.dialogue ? dialogueById.get(essay.data.dialogue) : undefined;
    if (dialogue) {
      push(essaysByDialogue, dialogue.id, essay);
      for (const partner of dialogue.data.partners) push(essaysByPartner, partner, essay);
    }
  }

  const dialoguesByPartner = new Map<string, D[]>();
  const dialoguesByTopic = new Map<string, D[]>();
  /** Attendance, indexed for open dialogues only: a closed one never links to a person. */
  const openDialoguesByPerson = new Map<string, D[]>();
  for (const dialogue of dialogues) {
    for (const partner of dialogue.data.partners) push(dialoguesByPartner, partner, dialogue);
    for (const topic of dialogue.data.topics) push(dialoguesByTopic, topic, dialogue);
    if (!dialogue.data.chathamHouse) for (const person of dialogue.data.delegates) push(openDialoguesByPerson, person, dialogue);
  }
  // A partner's series reads from its first meeting on, so editions come in order; meetings
  // without an edition number take their place by date.
  for (const list of dialoguesByPartner.values()) {
    list.sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime() || (a.data.edition ?? 0) - (b.data.edition ?? 0));
  }

  const resolve = <V>(map: Map<string, V>, ids: readonly string[]) => ids.map((id) => map.get(id)).filter((v): v is V => v !== undefined);

  return {
    today: options.today,
    essays,
    dialogues,
    partners,
    people,
    topics,
    pages,
    /** Visibility of an essay ("published", "draft", "scheduled"). */
    statusOf: (essay: { id: string }): Visibility => status.get(essay.id) ?? 'published',
    essay: (id: string) => essayById.get(id),
    dialogue: (id: string) => dialogueById.get(id),
    partner: (id: string) => partnerById.get(id),
    person: (id: string) => personById.get(id),
    topic: (id: string) => topicById.get(id),
    partnersOf: (ids: readonly string[]) => resolve(partnerById, ids),
    peopleOf: (ids: readonly string[]) => resolve(personById, ids),
    topicsOf: (ids: readonly string[]) => resolve(topicById, ids),
    /**
     * The versions of the work `essay` belongs to (itself included), as shown: the original
     * first when shown, then translations by language tag.
     */
    // A method, not an arrow: its parameter is then checked both ways, so an archive of the
    // site's essays still passes where one of any essay records is asked for (lib/open-data.ts).
    versionsOf(essay: E): E[] {
      return versionsByWork.get(workId(essay)) ?? [essay];
    },
    essaysOfDialogue: (id: string) => essaysByDialogue.get(id) ?? [],
    essaysByAuthor: (id: string) => essaysByAuthor.get(id) ?? [],
    essaysOfTopic: (id: string) => essaysByTopic.get(id) ?? [],
    essaysOfPartner: (id: string) => essaysByPartner.get(id) ?? [],
    dialoguesOfPartner: (id: string) => dialoguesByPartner.get(id) ?? [],
    dialoguesOfTopic: (id: string) => dialoguesByTopic.get(id) ?? [],
    /** Dialogues a person is listed at, open dialogues only (Chatham House Rule). */
    openDialoguesAttended: (id: string) => openDialoguesByPerson.get(id) ?? [],
    /** Names for an open dialogue; counts by role only for a closed one. */
    delegationOf(dialogue: D): Delegation<Pe> {
      const members = resolve(personById, dialogue.data.delegates);
      if (!dialogue.data.chathamHouse) return { open: true, people: members };
      return { open: false, counts: countByRole(members), total: members.length };
    },
  };
}

export type Archive<
  E extends EssayRecord,
  D extends DialogueRecord,
  Pa extends PartnerRecord,
  Pe extends PersonRecord,
  T extends TopicRecord,
  Pg extends PageRecord,
> = ReturnType<typeof buildArchive<E, D, Pa, Pe, T, Pg>>;

/**
 * The interface's words, one dictionary per language. Every dictionary implements the whole
 * of `Dictionary`, so a language with a missing word is a type error and cannot ship half
 * translated. Words that take a value are functions, so each language orders them its own way.
 *
 * Text that `MarkedText.astro` shows may mark `**strong**` and `` `code` `` parts; nothing else
 * in a dictionary is markup.
 */
import type { DialogueFormat, PartnerKind, RecordType, Relationship, Role } from '../labels.ts';
import type { FilterKey } from '../search-record.ts';
import type { Dataset } from '../open-data.ts';
import type { RedirectWords } from '../redirect-page.ts';
import type { FeedStylesheetWords } from '../feed-stylesheet.ts';

/** The site's sections, in the order of the menu. */
type Section = 'essays' | 'dialogues' | 'partners' | 'people' | 'topics';

export interface Dictionary {
  /** The language's name in its own script, as a language switcher shows it: "한국어". */
  languageName: string;
  /** Heading of the list of an essay's other language versions. */
  otherLanguages: string;
  /** Marks the version that is the original text. */
  original: string;
  /** Credit line for the translators: "Translated by A and B". */
  translatedBy: (names: string) => string;
  /** Says which essay a translation translates: "Translation of “Title”". */
  translationOf: (title: string) => string;
  /** Title of the full-text feed of the essays in one language: "Essays in Korean". */
  essaysFeedIn: (language: string) => string;
  /** Heading of the essays a person translated, on their page. */
  translations: string;
  /** The locale `Intl` formats dates, lists and counts in: "en-GB" for English ("14 July 2025"). */
  locale: string;
  /** Between the items of a plain list of names or labels: ", " or "、". */
  separator: string;
  /** Ends a sentence: "." or "。". */
  fullStop: string;
  site: SiteWords;
  lists: ListWords;
  essay: EssayWords;
  cite: CitationWords;
  records: RecordWords;
  search: SearchWords;
  feeds: FeedWords;
  data: DataWords;
  labels: LabelWords;
}

/** Around every page: header, footer, banners, the 404 page. */
interface SiteWords {
  skipToContent: string;
  /** Label and placeholder of the header's search box, and the search page's heading. */
  searchArchive: string;
  searchButton: string;
  /** Accessible name of the header's menu. */
  sectionsLabel: string;
  /** Menu entries and section headings: "Essays". */
  sections: Record<Section, string>;
  /** The sections' names inside a sentence: "browse the essays". */
  sectionsInText: Record<Section, string>;
  /** Accessible name of the footer's menu of pages. */
  aboutLabel: string;
  publishedBy: (publisher: string) => string;
  /** Preview banners of unpublished essays: `title` in bold, then `text`, a sentence. */
  draftBanner: { title: string; text: string };
  scheduledBanner: { title: string; text: string };
  /** Badges of unpublished essays in lists (the preview only). */
  statusBadge: { draft: string; scheduled: string };
  /** The page left at an essay's old address (lib/redirect-page.ts). */
  redirect: RedirectWords;
  notFound: {
    title: string;
    description: string;
    lede: string;
    browse: string;
    essaysNote: string;
    dialoguesNote: string;
    partnersNote: string;
  };
}

/** The home page, the essay list, and the lists of essays and dialogues on every page. */
interface ListWords {
  latestEssays: string;
  allEssays: string;
  noEssays: string;
  upcomingDialogues: string;
  recentDialogues: string;
  allDialogues: string;
  noDialogues: string;
  dialoguePartners: string;
  allPartners: string;
  essaysDescription: string;
  essaysLede: (count: number) => string;
  essaysPageTitle: (page: number, pages: number) => string;
  pagesLabel: string;
  newerEssays: string;
  olderEssays: string;
  pageOf: (page: number, pages: number) => string;
  /** A dialogue's partners in a list: "with A and B". */
  withPartners: (names: string) => string;
}

/** An essay's page. */
interface EssayWords {
  kicker: string;
  /** Before the authors' names: "By". */
  by: string;
  published: string;
  lastUpdated: string;
  readingTime: (minutes: number) => string;
  /** The essay's language, named in the interface's: "In Korean". */
  inLanguage: (language: string) => string;
  reflectsOn: string;
  imageCredit: (credit: string) => string;
  downloads: string;
  /** The size of a file under 1 KB: "756 bytes" (larger ones are "1.2 MB" in every language). */
  bytes: (count: number) => string;
  /** Printed under the essay: "This essay: <address>". */
  thisEssay: (url: string) => string;
  topics: string;
  countries: string;
  aboutAuthors: (count: number) => string;
  moreOnDialogue: string;
}

/** The "Cite this essay" block and its copy buttons. */
interface CitationWords {
  heading: string;
  copy: string;
  copied: string;
  copiedStatus: string;
  copyFailed: string;
  downloadReference: string;
  /** After the RIS link: the programmes that import it. */
  risNote: string;
}

/** The pages of dialogues, partners, people and topics, and their indexes. */
interface RecordWords {
  dialoguesDescription: string;
  dialoguesLede: string;
  upcoming: string;
  dates: string;
  place: string;
  with: string;
  delegation: string;
  noDelegation: string;
  /** May mark `**strong**` words. */
  chathamHouse: string;
  delegationOf: (total: number, counts: string) => string;
  essaysOnDialogue: string;
  noEssaysOnDialogue: string;
  partnersDescription: string;
  partnersLede: string;
  noPartners: string;
  partnerGroups: Record<Relationship, string>;
  relationshipsNote: (relationships: readonly string[]) => string;
  partnerDescription: (name: string, kind: string, countries: string, relationship: string) => string;
  countries: (count: number) => string;
  relationship: string;
  since: (relationship: string, year: number) => string;
  website: string;
  essaysFromDialogues: string;
  noPartnerDialogues: string;
  noPartnerEssays: string;
  peopleDescription: string;
  peopleLede: string;
  noPeople: string;
  dialoguesAttended: string;
  topicsDescription: string;
  topicsLede: string;
  noTopics: string;
  topic: string;
  topicDescription: (name: string) => string;
  noTopicEssays: string;
  noTopicDialogues: string;
  essayCount: (count: number) => string;
  dialogueCount: (count: number) => string;
}

/** The search page, and what its script says (handed to it as data: see search.astro). */
interface SearchWords {
  title: string;
  description: string;
  wordsToFind: string;
  order: string;
  bestMatch: string;
  newestFirst: string;
  /** Before the links to the sections when the page runs without JavaScript. */
  noScript: string;
  filters: string;
  clearFilters: string;
  results: string;
  showMore: string;
  loading: string;
  prompt: string;
  notBuilt: string;
  unavailable: string;
  /** The count of results; `{count}` and `{query}` are filled in by the page's script. */
  count: SearchCountWords;
}

/** Templates of the search page's count: "{count} results for “{query}”". */
export interface SearchCountWords {
  none: string;
  one: string;
  other: string;
  noneFor: string;
  oneFor: string;
  otherFor: string;
  /** Added when filters are chosen. */
  filtered: string;
}

/** Subscribe links, the /feeds/ page and the feeds' own texts. */
interface FeedWords {
  subscribeTo: (what: string) => string;
  whatIsThis: string;
  newEssays: string;
  newDialogues: string;
  essaysOn: (topic: string) => string;
  essaysWith: (partner: string) => string;
  essaysBy: (person: string) => string;
  /** A feed's title: the site's name and what the feed carries. */
  feedTitle: (site: string, what: string) => string;
  essays: string;
  dialogues: string;
  essaysChannel: (publisher: string) => string;
  dialoguesChannel: (publisher: string) => string;
  topicChannel: (topic: string) => string;
  partnerChannel: (partner: string) => string;
  personChannel: (person: string) => string;
  title: string;
  description: string;
  lede: string;
  explanation: string;
  everything: string;
  byLanguage: string;
  byTopic: string;
  byPartner: string;
  byAuthor: string;
  /** What a feed says when opened in a browser (lib/feed-stylesheet.ts). */
  stylesheet: FeedStylesheetWords;
}

/** The /data/ page. */
interface DataWords {
  title: string;
  description: string;
  lede: string;
  indexFile: string;
  datasets: Record<Dataset, string>;
  howMade: string;
  /** The notes under "How the files are made"; may mark `` `code` ``. */
  notes: readonly string[];
}

/** Names of the archive's enumerated values. */
interface LabelWords {
  roles: Record<Role, { one: string; many: string }>;
  /** A count of delegates in one role: "3 academics". */
  roleCount: (count: number, role: Role) => string;
  formats: Record<DialogueFormat, string>;
  partnerKinds: Record<PartnerKind, string>;
  relationships: Record<Relationship, string>;
  /** A dialogue's edition: "3rd". */
  ordinal: (n: number) => string;
  /** A dialogue's edition and format: "3rd Track II dialogue". */
  edition: (n: number, format: string) => string;
  recordTypes: Record<RecordType, string>;
  filters: Record<FilterKey, string>;
}

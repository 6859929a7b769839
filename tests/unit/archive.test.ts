/**
 * The link index: who links to whom, what is published, and the Chatham House Rule,
 * on plain records (no Astro needed).
 */
import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { parseIsoDate } from '../../src/schemas/dates';
import type { DialogueData } from '../../src/schemas/dialogues';
import type { EssayData } from '../../src/schemas/essays';
import type { PersonData } from '../../src/schemas/people';

const day = (iso: string) => parseIsoDate(iso)!;

function essay(id: string, data: Partial<Omit<EssayData, 'pubDate'>> & { pubDate: string }) {
  const { pubDate, ...rest } = data;
  return {
    id,
    data: {
      title: id,
      description: `About ${id}`,
      authors: ['ada'],
      topics: [],
      countries: [],
      lang: 'en',
      translators: [],
      attachments: [],
      aliases: [],
      draft: false,
      datePrecision: 'day' as const,
      ...rest,
      pubDate: day(pubDate),
    },
  };
}

function dialogue(id: string, data: Partial<Omit<DialogueData, 'startDate'>> & { startDate: string }) {
  const { startDate, ...rest } = data;
  return {
    id,
    data: {
      title: id,
      format: 'track-2' as const,
      partners: ['harbour'],
      location: { city: 'Seoul', country: 'KR' as const },
      topics: [],
      delegates: [],
      chathamHouse: true,
      summary: 's',
      datePrecision: 'day' as const,
      ...rest,
      startDate: day(startDate),
    },
  };
}

const person = (id: string, name: string, roles: PersonData['roles']) => ({ id, data: { name, roles } });

const input = {
  essays: [
    essay('old', { pubDate: '2024-01-01', dialogue: 'closed', topics: ['security'] }),
    essay('new', { pubDate: '2025-06-01', dialogue: 'open', authors: ['ada', 'kim'] }),
    essay('draft', { pubDate: '2025-01-01', draft: true, dialogue: 'closed', topics: ['security'] }),
    essay('scheduled', { pubDate: '2025-12-01', authors: ['kim'] }),
  ],
  dialogues: [
    dialogue('closed', { startDate: '2024-05-01', edition: 3, delegates: ['ada', 'quinn', 'rose', 'sam'], topics: ['security'] }),
    dialogue('earlier', { startDate: '2023-05-01', edition: 2 }),
    dialogue('open', { startDate: '2025-03-01', partners: ['river', 'harbour'], delegates: ['oscar'], chathamHouse: false }),
  ],
  partners: [
    {
      id: 'river',
      data: { name: 'River Academy', countries: ['VN' as const], kind: 'diplomatic-academy' as const, relationship: 'reciprocal' as const },
    },
    {
      id: 'harbour',
      data: { name: 'Harbour Institute', countries: ['KR' as const], kind: 'think-tank' as const, relationship: 'reciprocal' as const },
    },
  ],
  people: [
    person('ada', 'Ada', ['academic']),
    person('kim', '김민지', ['youth-observer']),
    person('quinn', 'Quinn', ['academic', 'commentator']),
    person('rose', 'Rose', ['journalist']),
    person('sam', 'Sam', ['youth-observer']),
    person('oscar', 'Oscar', ['former-diplomat']),
  ],
  topics: [{ id: 'security', data: { name: 'Security' } }],
  pages: [
    { id: 'b', data: { title: 'B', description: 'b' } },
    { id: 'a', data: { title: 'A', description: 'a', order: 2 } },
    { id: 'c', data: { title: 'C', description: 'c', order: 1 } },
  ],
};

const published = buildArchive(input, { today: day('2025-07-14'), includeUnpublished: false });
const preview = buildArchive(input, { today: day('2025-07-14'), includeUnpublished: true });
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

describe('what is published', () => {
  test('the published archive holds published essays only, newest first', () => {
    expect(ids(published.essays)).toEqual(['new', 'old']);
    expect(published.essay('draft')).toBeUndefined();
    expect(published.essay('scheduled')).toBeUndefined();
  });

  test('no link leads to an unpublished essay', () => {
    expect(ids(published.essaysOfDialogue('closed'))).toEqual(['old']);
    expect(ids(published.essaysOfTopic('security'))).toEqual(['old']);
    expect(ids(published.essaysByAuthor('kim'))).toEqual(['new']);
  });

  test('the preview shows everything and tells which is which', () => {
    expect(ids(preview.essays)).toEqual(['scheduled', 'new', 'draft', 'old']);
    expect(preview.essays.map((e) => preview.statusOf(e))).toEqual(['scheduled', 'published', 'draft', 'published']);
  });
});

describe('links in both directions', () => {
  test('a partner lists its series by edition and the essays from it', () => {
    expect(ids(published.dialoguesOfPartner('harbour'))).toEqual(['earlier', 'closed', 'open']);
    expect(ids(published.essaysOfPartner('harbour'))).toEqual(['new', 'old']);
    expect(ids(published.essaysOfPartner('river'))).toEqual(['new']);
  });

  test('lists are sorted for reading', () => {
    expect(ids(published.dialogues)).toEqual(['open', 'closed', 'earlier']);
    expect(ids(published.partners)).toEqual(['harbour', 'river']);
    expect(ids(published.pages)).toEqual(['c', 'a', 'b']);
    expect(ids(published.topicsOf(['security', 'missing']))).toEqual(['security']);
  });
});

describe('Chatham House Rule', () => {
  test('a closed dialogue gives counts by first role, never people', () => {
    const delegation = published.delegationOf(published.dialogue('closed')!);
    expect(delegation).toEqual({
      open: false,
      total: 4,
      counts: [
        { role: 'academic', count: 2, label: '2 academics' },
        { role: 'journalist', count: 1, label: '1 journalist' },
        { role: 'youth-observer', count: 1, label: '1 youth observer' },
      ],
    });
    expect(JSON.stringify(delegation)).not.toMatch(/Ada|Quinn|Rose|Sam/);
  });

  test('an open dialogue lists its people', () => {
    const delegation = published.delegationOf(published.dialogue('open')!);
    expect(delegation.open && ids(delegation.people)).toEqual(['oscar']);
  });

  test('attendance is indexed for open dialogues only', () => {
    expect(ids(published.openDialoguesAttended('oscar'))).toEqual(['open']);
    for (const id of ['ada', 'quinn', 'rose', 'sam']) expect(published.openDialoguesAttended(id)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { blankOutCode, findRawHtml, isDangerousUrl } from '../../src/lib/raw-html';

const messages = (body: string) => findRawHtml(body).map((f) => f.message);

describe('findRawHtml', () => {
  test.each([
    ['<script>alert(1)</script>', 'contains a raw <script> element; scripts and embeds are not allowed in the text'],
    ['<SCRIPT src="x.js"></SCRIPT>', 'contains a raw <script> element; scripts and embeds are not allowed in the text'],
    ['<iframe src="https://example.com"></iframe>', 'contains a raw <iframe> element; scripts and embeds are not allowed in the text'],
    ['<embed src="a.swf">', 'contains a raw <embed> element; scripts and embeds are not allowed in the text'],
    ['<img src="x.png" onerror="steal()">', 'contains an event-handler attribute onerror= in a tag; scripts are not allowed in the text'],
    [
      '<a href="#"\n   onClick = "x()">multi-line tag</a>',
      'contains an event-handler attribute onClick= in a tag; scripts are not allowed in the text',
    ],
    [
      '<Button onClick={() => go()}>MDX</Button>',
      'contains an event-handler attribute onClick= in a tag; scripts are not allowed in the text',
    ],
    [
      '[click](javascript:alert(1))',
      'contains a link to a script URL ("javascript:alert(1"); only web addresses and site paths are allowed',
    ],
    [
      '[click]( JavaScript:alert(1))',
      'contains a link to a script URL ("JavaScript:alert(1"); only web addresses and site paths are allowed',
    ],
    [
      '[click](jav&#x61;script:alert(1))',
      'contains a link to a script URL ("jav&#x61;script:alert(1"); only web addresses and site paths are allowed',
    ],
    [
      '[ref]: javascript:alert(1)',
      'contains a link to a script URL ("javascript:alert(1)"); only web addresses and site paths are allowed',
    ],
    [
      '<a href="javascript:void(0)">x</a>',
      'contains a link to a script URL ("javascript:void(0)"); only web addresses and site paths are allowed',
    ],
    [
      "<a href='vbscript:msgbox'>x</a>",
      'contains a link to a script URL ("vbscript:msgbox"); only web addresses and site paths are allowed',
    ],
  ])('flags %j', (body, message) => {
    expect(messages(body)).toEqual([message]);
  });

  test.each([
    'Plain text with a [link](https://example.org/) and an ![image](./photo.jpg).',
    'A <abbr title="Association of Southeast Asian Nations">ASEAN</abbr> abbreviation.',
    'Inline code: `<script>alert(1)</script>` stays as an example.',
    '```html\n<iframe src="x"></iframe>\n<img onerror="x">\n```',
    '~~~\n<script>\n~~~',
    'The word onion = vegetable, and a description of javascript: the language.',
    '<a href="/dialogues/asan-dialogue-12/">dialogue</a>',
  ])('allows %j', (body) => {
    expect(messages(body)).toEqual([]);
  });

  test('reports offsets into the body', () => {
    const body = 'Line one\nLine two <iframe src="x"></iframe>';
    expect(findRawHtml(body)[0]?.offset).toBe(body.indexOf('<iframe'));
  });
});

describe('blankOutCode', () => {
  test('keeps length and line breaks', () => {
    const body = 'a `b` c\n```\ncode\n```\nd';
    const blanked = blankOutCode(body);
    expect(blanked).toHaveLength(body.length);
    expect(blanked.split('\n')).toHaveLength(body.split('\n').length);
    expect(blanked).not.toContain('code');
    expect(blanked.startsWith('a ')).toBe(true);
  });
});

describe('isDangerousUrl', () => {
  test.each([
    ['javascript:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['&#106;avascript:alert(1)', true],
    ['data:text/html,<p>', true],
    ['https://example.org/javascript:', false],
    ['/essays/', false],
    ['mailto:editor@example.org', false],
  ])('%j → %s', (url, expected) => {
    expect(isDangerousUrl(url)).toBe(expected);
  });
});

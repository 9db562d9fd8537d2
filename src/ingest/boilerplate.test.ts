import { describe, expect, it } from 'vitest';
import { BoilerplateTracker, classifyBoilerplate } from './boilerplate.js';

type Row = [line: string, kind: string, rule: string];

const BOILERPLATE: Row[] = [
  ["Photo of John Doe via the Embassy's Flickr account", 'photo-credit', 'boilerplate.photo.of'],
  ['Photo: Jane Roe/Example Agency', 'photo-credit', 'boilerplate.photo.label'],
  ['Image: Getty', 'photo-credit', 'boilerplate.photo.label'],
  ['(Photo by Jane Roe/Example Agency)', 'photo-credit', 'boilerplate.photo.by'],
  ['Photograph courtesy of the defence ministry', 'photo-credit', 'boilerplate.photo.by'],
  ['Credit: Jan Novak', 'photo-credit', 'boilerplate.photo.credit'],
  [
    'Troops patrol the old city on Monday. (Jan Novak/Example Agency)',
    'photo-credit',
    'boilerplate.photo.slash-credit',
  ],
  ['Protesters fill the square (Image: EXAMPLE)', 'photo-credit', 'boilerplate.photo.caption-credit'],
  ['Read: Why the talks failed', 'related-link', 'boilerplate.related.label'],
  ['Read more: The border dispute explained', 'related-link', 'boilerplate.related.label'],
  ['Related: Ministers meet in Oslo', 'related-link', 'boilerplate.related.label'],
  ['RELATED | Five things to know about the vote', 'related-link', 'boilerplate.related.label'],
  ['See also the timeline of the conflict', 'related-link', 'boilerplate.related.see-also'],
  ['China furious at envoy remarks [VIDEO]', 'related-link', 'boilerplate.related.tagged'],
  ['Follow Jane Roe on Twitter.', 'social', 'boilerplate.social.follow'],
  ['Like us on Facebook', 'social', 'boilerplate.social.follow'],
  ['Follow her on X @janeroe', 'social', 'boilerplate.social.follow'],
  ['Share this article', 'social', 'boilerplate.social.share'],
  ['Sign up for our daily politics newsletter', 'newsletter', 'boilerplate.newsletter.pitch'],
  ['Get the latest headlines delivered to your inbox.', 'newsletter', 'boilerplate.newsletter.pitch'],
  ['Subscribe now', 'newsletter', 'boilerplate.newsletter.label'],
  ['Copyright 2015 Example Media. All rights reserved.', 'other', 'boilerplate.copyright'],
  ['© 2021 Example Herald', 'other', 'boilerplate.copyright'],
  [
    'This material may not be published, broadcast, rewritten or redistributed.',
    'other',
    'boilerplate.copyright',
  ],
  ['(Reporting by Jane Roe; Editing by John Doe)', 'other', 'boilerplate.credits'],
  [
    'Reporting by Jane Roe in Kabul; additional reporting by Ali Khan; editing by John Doe',
    'other',
    'boilerplate.credits',
  ],
  ['Advertisement', 'other', 'boilerplate.advert'],
  ['Skip to content', 'other', 'boilerplate.advert'],
  ['This slideshow requires JavaScript.', 'other', 'boilerplate.page-notice'],
  [
    "This website uses cookies to improve your experience. We'll assume you're ok with this.",
    'other',
    'boilerplate.page-notice',
  ],
  ['Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM', 'other', 'boilerplate.timestamp'],
];

describe('classifyBoilerplate: kinds', () => {
  it.each(BOILERPLATE)('%s', (line, kind, rule) => {
    expect(classifyBoilerplate(line)).toEqual({ kind, rule });
  });
});

const STORY: string[] = [
  'Secretary of State John Doe made a surprise visit to Paris on Monday.',
  'Video from the scene showed soldiers firing into the air.',
  'Photos of the damage circulated widely on social media.',
  'Like many users on Facebook, she posted a picture of the damage.',
  'Read the statement, the minister urged reporters, before judging it.',
  'Follow-up talks are planned for December.',
  'The newsletter of the opposition party was banned in 2019, a court heard.',
  '"We are weeks away," he said.',
  '[Example Review]',
];

describe('classifyBoilerplate: story lines stay story', () => {
  it.each(STORY)('%s', (line) => {
    expect(classifyBoilerplate(line)).toBeNull();
  });
});

describe('BoilerplateTracker', () => {
  it('marks the headline-shaped lines after a bare list heading, until a sentence', () => {
    const tracker = new BoilerplateTracker();
    const lines = [
      'The minister left the talks early.',
      'You may also like...',
      'Who will win the run-off?',
      'Five takeaways from the summit',
      'The ceasefire is expected to hold through the weekend, officials said.',
    ];
    expect(lines.map((l) => tracker.classify(l)?.rule ?? null)).toEqual([
      null,
      'boilerplate.related.header',
      'boilerplate.related.list',
      'boilerplate.related.list',
      null,
    ]);
  });
});

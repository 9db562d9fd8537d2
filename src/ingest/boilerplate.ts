/**
 * Lines that belong to the page, not to the story: photo credits, related links, social prompts,
 * newsletter pitches, copyright notices, ad markers. They stay in the document (offsets keep
 * pointing at what the user gave) but as `boilerplate` paragraphs that nothing is extracted from.
 *
 * Rules look at the shape of a whole line (how it starts, how long it is), never at an outlet's
 * wording, and each has an id that lands in the paragraph's `rules`.
 */
import type { BoilerplateKind } from '../model/layers.js';

export interface BoilerplateMatch {
  kind: BoilerplateKind;
  rule: string;
}

interface Rule {
  id: string;
  kind: BoilerplateKind;
  re: RegExp;
  /** Longest line the rule applies to: real body paragraphs are long, boilerplate lines short. */
  maxLength: number;
}

const PICTURE =
  '(?:photo(?:graph)?s?|images?|pictures?|pictured|illustrations?|graphics?|screenshots?|video|still|file photo|(?:top|header|lead|main|feature|cover) (?:image|photo))';
const NETWORKS =
  '(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube|telegram|whatsapp)';

/** Ordered: the first rule that matches names the kind. */
const RULES: Rule[] = [
  // `Photo: AP`, `Image: Getty`, `Photo credit - Jane Doe`, `Pictured: ...`
  {
    id: 'boilerplate.photo.label',
    kind: 'photo-credit',
    re: new RegExp(`^\\(?${PICTURE}(?:\\s+credits?)?\\s*[:|—–]\\s*\\S`, 'i'),
    maxLength: 300,
  },
  // `Image by Jane Doe`, `Photo courtesy of the ministry`, `(Photo by Jane Doe/Agency)`
  {
    id: 'boilerplate.photo.by',
    kind: 'photo-credit',
    re: new RegExp(`^\\(?${PICTURE}\\s+(?:by|via|courtesy|credit)\\b`, 'i'),
    maxLength: 250,
  },
  // `Photo of Jane Doe via the ministry`: a picture described, then credited (or a caption without a full stop);
  // `Video from the scene showed ...` is a sentence and stays in the body.
  {
    id: 'boilerplate.photo.of',
    kind: 'photo-credit',
    re: new RegExp(
      `^\\(?${PICTURE}\\s+(?:of|from)\\b(?=.*(?:\\b(?:via|courtesy|credit)\\b|[/©])|.*[^.!?"'\u201d]$)`,
      'i',
    ),
    maxLength: 250,
  },
  // `Credit: Jane Doe/Reuters`, `Photo credit: ...`
  {
    id: 'boilerplate.photo.credit',
    kind: 'photo-credit',
    re: /^(?:credits?|courtesy(?: of)?)\s*:\s*\S/i,
    maxLength: 200,
  },
  // a caption ending in `(Image: Agency)` or `(Photo: Jane Doe)`
  {
    id: 'boilerplate.photo.caption-credit',
    kind: 'photo-credit',
    re: /\(\s*(?:image|photo|picture|pic|credit|video|illustration)s?\s*:[^()]{1,60}\)\.?$/i,
    maxLength: 400,
  },
  // a caption ending in `(Jane Doe/Agency)`
  {
    id: 'boilerplate.photo.slash-credit',
    kind: 'photo-credit',
    re: /\(\s*[\p{Lu}][^()/]{1,60}\/\s*[^()]{2,60}\)\.?$/u,
    maxLength: 300,
  },
  // `Read: ...`, `Read more: ...`, `Related: ...`, `See also ...`, `READ MORE | ...`, `Also read - ...`
  {
    id: 'boilerplate.related.label',
    kind: 'related-link',
    re: /^(?:>+\s*)?(?:read|read more|read also|also read|see more|more|related|related coverage|related stories|related story|related articles?|related content|see also|also see|watch|listen|recommended|further reading|more from|more on|more about|most read|trending|top stories|explore more|don't miss|must read)\s*[:|—–>»]\s*\S/i,
    maxLength: 300,
  },
  {
    id: 'boilerplate.related.see-also',
    kind: 'related-link',
    re: /^(?:see also|see more|read more|read next|up next|continue reading|click here|read the full (?:story|article|report))\b/i,
    maxLength: 200,
  },
  // a promoted headline tagged like `Protest jibe angers Beijing [VIDEO]`
  {
    id: 'boilerplate.related.tagged',
    kind: 'related-link',
    re: /\S.{8,}\s\[\p{Lu}{3,}\]\s*\|?$/u,
    maxLength: 200,
  },
  // `Follow Jane Doe on Twitter.`, `Like us on Facebook`, `Find us on Instagram @x`; the network comes last,
  // so `Like many users on Facebook, she ...` stays a sentence.
  {
    id: 'boilerplate.social.follow',
    kind: 'social',
    re: new RegExp(
      `^(?:follow|like|find|connect with|join|friend|add)\\b.{0,80}?\\b(?:on|via|at)\\s+${NETWORKS}\\b[^.!?,]{0,30}[.!]?$`,
      'i',
    ),
    maxLength: 200,
  },
  {
    id: 'boilerplate.social.share',
    kind: 'social',
    re: new RegExp(
      `^(?:share(?: this| on| via)?(?: article| story| post)?(?:\\s+on\\s+${NETWORKS})?\\s*[:.!]?|tweet(?: this)?\\.?|@\\w{2,30}\\.?)$`,
      'i',
    ),
    maxLength: 80,
  },
  // `Sign up for our newsletter`, `Subscribe to ...`, `Get the best of ... delivered to your inbox`
  {
    id: 'boilerplate.newsletter.pitch',
    kind: 'newsletter',
    re: /^(?:subscribe|sign up|sign-up|register|join|get|want|receive|enter your e-?mail|don't miss|never miss|stay informed|stay up to date)\b.*\b(?:newsletters?|inbox|e-?mails?|subscribe|subscription|digest|briefing|alerts)\b/i,
    maxLength: 250,
  },
  {
    id: 'boilerplate.newsletter.label',
    kind: 'newsletter',
    re: /^(?:newsletters?|subscribe(?: now| today| here| for free)?|sign up(?: now| today| here| for free)?)\s*(?:[:.!|—–-]|$)/i,
    maxLength: 200,
  },
  // `Copyright 2021 ...`, `© 2021 ...`, `(c) ...`, `... All rights reserved.`
  {
    id: 'boilerplate.copyright',
    kind: 'other',
    re: /^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b|©\s?\d{4}|^this (?:article|story|material|content) (?:may|must|cannot|can ?not) (?:not )?be (?:published|reproduced|broadcast|rewritten|redistributed)/i,
    maxLength: 300,
  },
  // `(Reporting by Jane Roe; Editing by John Doe)`: wire credits under the story
  {
    id: 'boilerplate.credits',
    kind: 'other',
    re: /^\(?(?:additional )?(?:reporting|writing|editing|compiled|research|translation|translated|produced|graphics?) by\b.*(?:;|\band\b.*\bby\b|\)$)/i,
    maxLength: 300,
  },
  // `Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM`: a page's time stamps (a full dateline is read as one)
  {
    id: 'boilerplate.timestamp',
    kind: 'other',
    re: /^[|•·\s]*(?:updated|posted|published|last updated|first published|modified)\s*:?\s*(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i,
    maxLength: 100,
  },
  // `Advertisement`, `Story continues below advertisement`
  {
    id: 'boilerplate.advert',
    kind: 'other',
    re: /^(?:advert(?:isement)?s?|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading (?:the )?(?:main )?story|scroll to continue(?: with content)?|skip to (?:main )?content|skip (?:this )?ad)\.?$/i,
    maxLength: 60,
  },
  // `This slideshow requires JavaScript.`, `This website uses cookies ...`
  {
    id: 'boilerplate.page-notice',
    kind: 'other',
    re: /^this (?:slideshow|video|content|feature|page|site|website|player|map|graphic) (?:requires|needs|uses) (?:javascript|cookies|a browser)|\b(?:we|this (?:site|website)) uses? cookies\b|^please enable javascript\b/i,
    maxLength: 300,
  },
];

/** Classifies one trimmed line; null when it reads like story text. */
export function classifyBoilerplate(line: string): BoilerplateMatch | null {
  const text = line.trim();
  if (text.length === 0) return null;
  for (const rule of RULES) {
    if (text.length <= rule.maxLength && rule.re.test(text)) return { kind: rule.kind, rule: rule.id };
  }
  return null;
}

/**
 * A bare heading that announces a list of links (`Related`, `You may also like...`, `Don't miss`):
 * the headline-shaped lines right after it are links too.
 */
const LIST_HEADER =
  /^(?:related(?: (?:stories|articles|coverage|content|links|reading|video))?|read more|more (?:stories|news|headlines|on this story|from [^.]{1,40})|see also|don't miss|recommended(?: for you| reading)?|you (?:may|might) also (?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|editor'?s picks|popular (?:stories|now))\s*[.:…]*$/i;
const LINK_SHAPE_MAX_WORDS = 20;
/** A link is headline-shaped: it may ask a question but does not end a sentence with a full stop. */
const SENTENCE_FINAL = /[.!]["'\u2019\u201D)]*$/;

/** Classifies the lines of one text in order, so a link list after a `Related` heading is caught whole. */
export class BoilerplateTracker {
  private inList = false;

  classify(line: string): BoilerplateMatch | null {
    const text = line.trim();
    if (text.length <= 60 && LIST_HEADER.test(text)) {
      this.inList = true;
      return { kind: 'related-link', rule: 'boilerplate.related.header' };
    }
    const match = classifyBoilerplate(text);
    if (match) return match;
    if (this.inList && !SENTENCE_FINAL.test(text) && text.split(/\s+/).length <= LINK_SHAPE_MAX_WORDS) {
      return { kind: 'related-link', rule: 'boilerplate.related.list' };
    }
    this.inList = false;
    return null;
  }
}

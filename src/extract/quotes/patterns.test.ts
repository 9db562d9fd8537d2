/**
 * Attribution patterns, one row each: text, a piece of the expected quote, its kind, and the
 * expected speaker name (null = the quote must carry no speaker). Paragraphs are separated by blank
 * lines. Rows with mentions use hand-built mentions (P = PERSON, O = ORG) as the entities layer would.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, QuoteKind } from '../../model/layers.js';
import { extractQuotes, loadQuoteLexicon } from './index.js';
import { buildDoc, type MentionSpec } from './test-helpers.js';

const lexicon = loadQuoteLexicon();

type Row = [text: string, piece: string, kind: QuoteKind, speaker: string | null, mentions?: string];

/** `P:Jane Doe=e1;O:the ministry=e2` -> mention specs. */
function parseMentions(spec: string | undefined): MentionSpec[] {
  if (!spec) return [];
  return spec.split(';').map((part) => {
    const [typeAndSurface, entity] = part.split('=');
    const [t, surface] = typeAndSurface.split(':');
    const type: EntityType = t === 'P' ? 'PERSON' : t === 'O' ? 'ORG' : t === 'G' ? 'GPE' : 'NORP';
    const kind = /^(he|she|they|it)$/i.test(surface) ? 'pronoun' : 'name';
    return { surface, type, entity, kind: kind as MentionSpec['kind'] };
  });
}

function run(row: Row) {
  const [text, , , , mentions] = row;
  const doc = buildDoc(text, [], parseMentions(mentions));
  return extractQuotes(doc, lexicon);
}

const DIRECT: Row[] = [
  // ---- speaker after the quotation
  ['"We will win this war," Smith said.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," said Smith.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," John Smith said on Monday.', 'We will win', 'direct', 'John Smith'],
  [
    'John Smith spoke first.\n\n"We will win this war," he said.',
    'We will win',
    'direct',
    'John Smith',
    'P:John Smith=e1',
  ],
  ['"We will win this war," he said.', 'We will win', 'direct', null],
  [
    'Mary Jones spoke. \u201CWe will win this war,\u201D she said.',
    'We will win',
    'direct',
    'Mary Jones',
    'P:Mary Jones=e1',
  ],
  ['"We will win this war," the minister said.', 'We will win', 'direct', 'the minister'],
  ['"We will win this war," said the minister.', 'We will win', 'direct', 'the minister'],
  [
    '"We will win this war," a spokesman for the ministry said.',
    'We will win',
    'direct',
    'a spokesman for the ministry',
  ],
  ['"We will win this war," Omar Haddad, a military analyst, said.', 'We will win', 'direct', 'Omar Haddad'],
  [
    '"We will win this war," Omar Haddad, who replaced Ali Musa as commander last year, said.',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  [
    '"We will win this war," Omar Haddad, who met Ali Musa on Monday, told reporters.',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  ['"We will win this war," Smith told the press on Tuesday.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith later told reporters.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith has said.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith added.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith warned.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith insisted.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith wrote on Twitter.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war," Smith tweeted.', 'We will win', 'direct', 'Smith'],
  ['"We will win this war", added KCNA.', 'We will win', 'direct', 'KCNA'],
  ['"We will win this war," Secretary of State John Smith said.', 'We will win', 'direct', 'John Smith'],
  ['"We will win this war," Prime Minister Jane Doe said.', 'We will win', 'direct', 'Jane Doe'],
  ['"We will win this war," Ambassador Mohib said.', 'We will win', 'direct', 'Mohib'],
  ['"We will win this war," Ms Doe said.', 'We will win', 'direct', 'Doe'],
  ['"We will win this war," said Bolden to the gathered crowd.', 'We will win', 'direct', 'Bolden'],
  ['"We will win this war," the army said in a statement.', 'We will win', 'direct', 'the army'],
  ['"We will win this war," the statement said.', 'We will win', 'direct', 'the statement'],
  ['"We will win this war," Tunisia\'s coach Nabil Maaloul said.', 'We will win', 'direct', 'Nabil Maaloul'],
  ["'We will win this war,' Smith said.", 'We will win', 'direct', 'Smith'],
  [
    'John Smith stood up. "We will win this war," said he.',
    'We will win',
    'direct',
    'John Smith',
    'P:John Smith=e1',
  ],
  ['"We will win," Doe and Smith said.', 'We will win', 'direct', 'Doe and Smith'],
  ['"We will win this war," according to a senior official.', 'We will win', 'direct', 'a senior official'],
  [
    'John Smith spoke. "We will win this war," he was quoted as saying.',
    'We will win',
    'direct',
    'John Smith',
    'P:John Smith=e1',
  ],
  [
    '"So far, it is the Internet one, the church nil." - Matthew Ingram',
    'So far',
    'direct',
    'Matthew Ingram',
  ],
  ['"We will win this war," Smith, 45, said.', 'We will win', 'direct', 'Smith'],
  [
    '"We will win this war," said John Smith, a spokesman for the army.',
    'We will win',
    'direct',
    'John Smith',
  ],
  [
    '"We will win this war," the 45-year-old minister said.',
    'We will win',
    'direct',
    'the 45-year-old minister',
  ],
  // ---- speaker before the quotation
  ['Smith said: "We will win this war."', 'We will win', 'direct', 'Smith'],
  ['Smith said, "We will win this war."', 'We will win', 'direct', 'Smith'],
  ['Smith said "We will win this war."', 'We will win', 'direct', 'Smith'],
  ['The minister told GB News: "We will win this war."', 'We will win', 'direct', 'The minister'],
  ['Jane Doe told the press, "We will win this war."', 'We will win', 'direct', 'Jane Doe'],
  [
    'After the match, Hernan Gomez, Panama coach, said, "We will win this war."',
    'We will win',
    'direct',
    'Hernan Gomez',
  ],
  [
    'Lydia Buchtmann for Food Standards Australia, says "We will win this war."',
    'We will win',
    'direct',
    'Lydia Buchtmann',
  ],
  [
    'Harry Kane won the award. He said, "We will win this war."',
    'We will win',
    'direct',
    'Harry Kane',
    'P:Harry Kane=e1',
  ],
  ['According to Smith, "the war is lost."', 'the war is lost', 'direct', 'Smith'],
  ['The report reads "the war is lost and nothing can be done."', 'the war is lost', 'direct', 'The report'],
  ['Rathbun wrote, "The war is lost and nothing can be done."', 'The war is lost', 'direct', 'Rathbun'],
  [
    'Yvette Cooper said the party backed it.\n\nShe continued: "Labour has a plan to fast-track cases."',
    'Labour has a plan',
    'direct',
    'Yvette Cooper',
    'P:Yvette Cooper=e1',
  ],
  [
    'Senior researcher Mu Li, of the University of Sydney, said "it is reasonable to assume this."',
    'it is reasonable',
    'direct',
    'Mu Li',
  ],
  [
    'Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said, "These images serve as documentation."',
    'These images',
    'direct',
    'Cynthia Thompson',
  ],
  [
    'Yesterday, Omar Haddad, a military analyst, said: "We will win this war."',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  [
    'Whitmore denied the claim and told the police, "everything he did was legal."',
    'everything he did',
    'direct',
    'Whitmore',
  ],
  [
    'A leaked letter seen by Sky News says "failure to return the form may end the claim."',
    'failure to return',
    'direct',
    'A leaked letter',
  ],
  [
    'Undersecretary for Education Mr. Toccafondi says "many schools will increase their fees."',
    'many schools',
    'direct',
    'Toccafondi',
  ],
  [
    'On Wednesday, Sunak defended the record: "We are working as quickly as possible on it."',
    'We are working',
    'direct',
    'Sunak',
  ],
  [
    'Smith said it was "a complete and utter disaster for everyone" on Monday.',
    'a complete and utter',
    'mixed',
    'Smith',
  ],
  [
    "Kerry: 'We are weeks away from a ceasefire'\n\nThe talks went on.",
    'We are weeks away',
    'direct',
    'Kerry',
  ],
  ['"We will win," Smith said, "and we will rebuild the city."', 'and we will rebuild', 'direct', 'Smith'],
  ["``We will win this war,'' Mr. Smith said.", 'We will win', 'direct', 'Smith'],
  [
    "Iraq said it would allow the return of inspectors ``without any conditions at all'' to Baghdad.",
    'without any conditions',
    'mixed',
    'Iraq',
  ],
  [
    'Civil Defense director General Suleiman al-Amr, in remarks to television, said "All the wounded were taken to hospital."',
    'All the wounded',
    'direct',
    'Suleiman al-Amr',
  ],
  [
    'One poster admitted to being part of the effort, writing in a blog post "I have loaded up the tool and started."',
    'I have loaded',
    'direct',
    'One poster',
  ],
  [
    'It quoted critics, with Boswell stating: "People fleeing danger need quicker decisions."',
    'People fleeing',
    'direct',
    'Boswell',
  ],
  [
    'The U.S. Department of Agriculture notes, "Ozone causes more damage to plants than other pollutants."',
    'Ozone causes',
    'direct',
    'U.S. Department of Agriculture',
    'G:U.S.=e1',
  ],
  [
    'KCNA said. "Foolhardy provocation deserves harsh punishment", it added.',
    'Foolhardy provocation',
    'direct',
    'KCNA',
    'O:KCNA=e1;O:Foolhardy=e2',
  ],
  [
    'The authors say the results are clear. They call for "urgent action on salt in all of the food."',
    'urgent action',
    'mixed',
    'The authors',
    'G:Australia=e1',
  ],
  [
    'Heald said although both are known to matter, "nobody has looked at these together".',
    'nobody has looked',
    'direct',
    'Heald',
  ],
  [
    'Heald noted the findings show pollution matters. "An air-quality cleanup would improve crop yields."',
    'An air-quality',
    'direct',
    'Heald',
  ],
  [
    'All they get is a message stating, "The word means search for truth and nothing else."',
    'The word means',
    'direct',
    'a message',
  ],
  // ---- split quotations and carried speakers
  ['"That is a big step," Smith said. "We are weeks away."', 'We are weeks away', 'direct', 'Smith'],
  [
    '"That is a big step," Smith said. "We are weeks away." "Nothing is certain."',
    'Nothing is certain',
    'direct',
    'Smith',
  ],
  [
    '"We want peace," said Smith to the crowd. "This was a difficult decision."',
    'This was a difficult',
    'direct',
    'Smith',
  ],
  ['"We are weeks away." Smith said.', 'We are weeks away', 'direct', 'Smith'],
  [
    '"We are weeks away. Nothing is certain. We will see," Smith said.',
    'We are weeks away',
    'direct',
    'Smith',
  ],
  ['"We are weeks away." "Nothing is certain," Smith said.', 'We are weeks away', 'direct', 'Smith'],
  [
    '"That is a big step," Smith said.\n\n"We are weeks away from a deal."',
    'We are weeks away',
    'direct',
    'Smith',
  ],
  ['Smith said, "We are weeks away.\n\n"Nothing is certain yet."', 'Nothing is certain', 'direct', 'Smith'],
  [
    'Smith said, "We are weeks away.\n\nNothing is certain yet," he added.',
    'Nothing is certain',
    'direct',
    'Smith',
  ],
  [
    '"We are ready," Smith said.\n\nThe talks begin in May.\n\n"Nobody expected this result."',
    'Nobody expected',
    'direct',
    null,
  ],
  ['"We are ready," Smith said. "We want peace," Jones added.', 'We want peace', 'direct', 'Jones'],
  [
    'Kane said, "In the first half it felt good.\n\nWe could have scored two goals." After the match, coach Nabil Maaloul said, "We were playing a strong team."',
    'We could have scored',
    'direct',
    'Kane',
  ],
  [
    'The talks went on.\n\n"We are seeing a shift in the war.\n\n"Nothing is certain yet," Jane Doe said.',
    'We are seeing a shift',
    'direct',
    'Jane Doe',
  ],
  // ---- pronouns across paragraphs
  [
    'Mary Jones arrived on Monday.\n\n"We are ready for talks," she said.',
    'We are ready',
    'direct',
    'Mary Jones',
    'P:Mary Jones=e1;P:she=e1',
  ],
  [
    'Mary Jones met John Smith on Monday.\n\n"We are ready for talks," he said.',
    'We are ready',
    'direct',
    'John Smith',
    'P:Mary Jones=e1;P:John Smith=e2',
  ],
  [
    'Mr Smith met the delegation.\n\nMrs Jones arrived later.\n\n"We are ready for talks," he said.',
    'We are ready',
    'direct',
    'Mr Smith',
    'P:Mr Smith=e1;P:Mrs Jones=e2',
  ],
  [
    'John Smith spoke. The ministry was silent.\n\n"We are ready for talks," he said.',
    'We are ready',
    'direct',
    'John Smith',
    'P:John Smith=e1;O:The ministry=e2',
  ],
  [
    'The ministry issued a note. John Smith spoke.\n\n"We are ready for talks," it said.',
    'We are ready',
    'direct',
    'The ministry',
    'P:John Smith=e1;O:The ministry=e2',
  ],
  // ---- block quotations
  [
    'Omar Haddad spoke to us. Asked about the talks, he replied:\n\nWe are seeing a shift in dynamics. The war will end.',
    'We are seeing a shift',
    'block',
    'Omar Haddad',
    'P:Omar Haddad=e1',
  ],
  [
    'Omar Haddad was asked about the talks. He replied:\n\nWe are seeing a shift in dynamics.',
    'We are seeing a shift',
    'block',
    'Omar Haddad',
    'P:Omar Haddad=e1',
  ],
  [
    'In a statement, the Church denied these allegations:\n\nShe was never forced to work there.',
    'She was never forced',
    'block',
    'the Church',
  ],
  [
    'The president wrote on his account:\n\n"Cool clock, Ahmed. Bring it to the White House."',
    'Cool clock',
    'direct',
    'The president',
  ],
  ['I was hauled in and told to leave the ship. Valeska Smith', 'I was hauled in', 'block', 'Valeska Smith'],
  [
    'This was a very difficult decision for all of us. Charles Bolden, NASA Administrator',
    'This was a very difficult',
    'block',
    'Charles Bolden',
  ],
  // ---- fragments (mixed)
  [
    'Smith made a visit to Paris in order to "reiterate our commitment to France" after the attacks.',
    'reiterate our commitment',
    'mixed',
    'Smith',
  ],
  [
    'Smith said it was "damning that nothing has been done" by the ministry.',
    'damning that nothing',
    'mixed',
    'Smith',
  ],
  ['The mayor has called the sentence "dangerous" and "ideological".', 'dangerous', 'mixed', 'The mayor'],
  [
    'Officials said the plan was "a complete disaster for the region" on Monday.',
    'a complete disaster',
    'mixed',
    'Officials',
  ],
  [
    'Smith described the attack as "barbaric and cowardly" on Monday.',
    'barbaric and cowardly',
    'mixed',
    'Smith',
  ],
  [
    'The city reasoned, "because the users pay a fee, this is a commercial activity."',
    'because the users',
    'direct',
    'The city',
  ],
  // ---- known failure cases of the field (apposition, inversion, roles, organisations, plurals, pronouns)
  [
    '"We will win this war," said Omar Haddad, who replaced Ali Musa as commander.',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  [
    'Omar Haddad, a former aide to Ali Musa, said: "We will win this war."',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  [
    '"We will win this war," Jane Doe, whose husband John Doe was killed, told reporters.',
    'We will win',
    'direct',
    'Jane Doe',
  ],
  [
    '"We will win this war," said Omar Haddad, the army\'s chief of staff.',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  [
    '"We will win this war," said British Defence Minister, Derek Twigg.',
    'We will win',
    'direct',
    'Derek Twigg',
    'N:British=e1',
  ],
  [
    '"We will win this war," said the director of health within the Norwegian Food Safety Authority, Stein Olsen.',
    'We will win',
    'direct',
    'Stein Olsen',
  ],
  [
    'Sweden\'s Minister of Agriculture, Ann-Christin Nykvist, said the discovery was "serious but not unexpected."',
    'serious but not',
    'mixed',
    'Ann-Christin Nykvist',
  ],
  [
    '"There is avian flu now in Egypt," Hassan el Bushra, regional adviser for emerging diseases at the regional office of the WHO said.',
    'There is avian flu',
    'direct',
    'Hassan el Bushra',
  ],
  [
    '"We will win this war," according to Omar Haddad, a military analyst.',
    'We will win',
    'direct',
    'Omar Haddad',
  ],
  [
    'According to the ministry\'s spokesman, Ali Musa, "the border is closed to all traffic."',
    'the border is closed',
    'direct',
    'Ali Musa',
  ],
  [
    'In the words of the Crown prosecutor, Mark Tedeschi, "the child suffered for months on end."',
    'the child suffered',
    'direct',
    'Mark Tedeschi',
  ],
  [
    'The Daily quotes Interior Minister Vano Merabishvili: "This is a tragic accident and nothing more."',
    'This is a tragic',
    'direct',
    'Vano Merabishvili',
  ],
  [
    'Smith told the BBC that "the war is lost and nothing can be done."',
    'the war is lost',
    'direct',
    'Smith',
  ],
  ['"We will win this war," the ministry said in a statement.', 'We will win', 'direct', 'the ministry'],
  [
    'A spokesman for the Health Ministry of Uganda said "people should not go into caves with bats."',
    'people should not',
    'direct',
    'A spokesman for the Health Ministry of Uganda',
  ],
  [
    'The Health Ministry of Uganda advised visitors that they should exercise "maximum precaution near the bats."',
    'maximum precaution',
    'mixed',
    'The Health Ministry of Uganda',
    'G:Uganda=e1',
  ],
  [
    'Dr. Kevin Reilly of the California Department of Health said that "we do not know if wild pigs play a role."',
    'we do not know',
    'direct',
    'Kevin Reilly',
    'P:Kevin Reilly=e1;O:California Department of Health=e2',
  ],
  [
    'CEO of the Refugee Council Enver Solomon told Sky News: "Moves to reduce the backlog are welcome."',
    'Moves to reduce',
    'direct',
    'Enver Solomon',
  ],
  ['"We will win this war," officials said.', 'We will win', 'direct', 'officials'],
  [
    '"We will win this war," the two ministers said in a joint statement.',
    'We will win',
    'direct',
    'the two ministers',
  ],
  [
    '"We are ready for talks. The army will stay in its barracks. Nothing else will change before the vote," the minister said at the end of a long meeting.',
    'We are ready',
    'direct',
    'the minister',
  ],
  [
    'Ann Lee, the mayor, arrived on Monday.\n\nThe talks went on for hours.\n\n"We are ready for talks," she said.',
    'We are ready',
    'direct',
    'Ann Lee',
    'P:Ann Lee=e1',
  ],
  [
    'Rathbun asked for donations on his blog. He described Montalvo as an individual "facing the penitentiary for leaving."',
    'facing the penitentiary',
    'mixed',
    'Rathbun',
    'P:Rathbun=e1;P:Montalvo=e2;P:He=e2',
  ],
  [
    'For Kevin Allton, an instructor, Warhol was also a legend. He said, "Andy Warhol was the center of the century."',
    'Andy Warhol was',
    'direct',
    'Kevin Allton',
    'P:Kevin Allton=e1;P:Warhol=e2;P:Andy Warhol=e2',
  ],
  [
    'Her father, who is ill, said it was difficult to watch. He added: "The stress and the cramps are too much."',
    'The stress',
    'direct',
    'Her father',
  ],
  [
    'A spokesperson for WHO said that "it is an isolated case of the virus." He continued, "people should not amend their travel plans."',
    'people should not',
    'direct',
    'A spokesperson for WHO',
  ],
  [
    'A spokesperson for WHO said that "it is an isolated case of the virus." He continued, "people should not amend their travel plans."',
    'it is an isolated',
    'direct',
    'A spokesperson for WHO',
  ],
  [
    'Senator John Cornyn issued a statement on the decision. "Like many Texans, I am disappointed with the choice."',
    'Like many Texans',
    'direct',
    'John Cornyn',
  ],
  [
    'Kiara Perkins, an art major, admitted she skipped class to attend. Why did she want to go? "It\'s Warhol. He is a legend."',
    "It's Warhol",
    'direct',
    'Kiara Perkins',
  ],
  [
    'Gregoire said, "The museum put a tremendous effort into this.\n\nA shuttle on its launchpad. Image: NASA.\n\n"However, the trainer will come to the museum."',
    'However, the trainer',
    'direct',
    'Gregoire',
  ],
  [
    '"Prompted by the video, a new obsession is taking hold. An insurgency against the church." Anonymous blogger, "Anon declares war on Church of Scientology"',
    'Prompted by the video',
    'direct',
    'Anonymous blogger',
  ],
  [
    'Labour\'s Yvette Cooper said her party has supported the idea "for months" already.',
    'for months',
    'mixed',
    'Yvette Cooper',
  ],
  [
    'Minister of Education Stefania Giannini said a "more general reflection" is needed.',
    'more general reflection',
    'mixed',
    'Stefania Giannini',
  ],
  [
    'Health Minister Jim Guthrie says there is no power in Innisfail, the town in Cyclone Larry\'s path. "It\'s just too difficult to keep the hospital going," he said.',
    "It's just too difficult",
    'direct',
    'Jim Guthrie',
    'P:Jim Guthrie=e1;P:Cyclone Larry=e2;P:he=e2',
  ],
  [
    '"I am more concerned about the international community," Albert R. T. Lim, president of the federation, warned.',
    'I am more concerned',
    'direct',
    'Albert R. T. Lim',
    'P:R. T. Lim=e1',
  ],
  // ---- no speaker in the text
  ['"Nobody expected this result in the first round."', 'Nobody expected', 'direct', null],
  [
    'The sign at the gate read as follows. "No entry after dark for any visitor."',
    'No entry after dark',
    'direct',
    null,
  ],
];

const INDIRECT: Row[] = [
  ['Smith said that the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['Smith said the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['Smith said on Monday that the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  [
    'China on Tuesday demanded that the US cancel plans to sell weapons.',
    'the US cancel plans',
    'indirect',
    'China',
  ],
  ['Smith told the press that the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['Smith told reporters the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['Smith announced that a ceasefire would begin on Friday.', 'a ceasefire would begin', 'indirect', 'Smith'],
  ['The war was lost, Smith said.', 'The war was lost', 'indirect', 'Smith'],
  ['The war was lost, said Smith.', 'The war was lost', 'indirect', 'Smith'],
  ['The war was lost, the minister said on Monday.', 'The war was lost', 'indirect', 'the minister'],
  ['According to Smith, the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['The war was lost, according to the ministry.', 'The war was lost', 'indirect', 'the ministry'],
  ['Smith warned that the ceasefire could collapse.', 'the ceasefire could collapse', 'indirect', 'Smith'],
  ['Smith argued that the plan had failed.', 'the plan had failed', 'indirect', 'Smith'],
  ['Smith claimed that the army had withdrawn.', 'the army had withdrawn', 'indirect', 'Smith'],
  ['Smith insisted that talks would go ahead.', 'talks would go ahead', 'indirect', 'Smith'],
  ['Smith noted that the border was closed.', 'the border was closed', 'indirect', 'Smith'],
  ['Smith explained that the delay was technical.', 'the delay was technical', 'indirect', 'Smith'],
  ['Smith stated that the border was closed.', 'the border was closed', 'indirect', 'Smith'],
  ['Smith believes that the border will reopen.', 'the border will reopen', 'indirect', 'Smith'],
  ['Police said two men had been arrested.', 'two men had been arrested', 'indirect', 'Police'],
  [
    'A spokesman for the ministry said the border was closed.',
    'the border was closed',
    'indirect',
    'A spokesman for the ministry',
  ],
  ['Omar Haddad, a military analyst, said the war was lost.', 'the war was lost', 'indirect', 'Omar Haddad'],
  [
    'John Smith is in Paris. This morning, the AP reports, he announced that a ceasefire may be near.',
    'a ceasefire may be near',
    'indirect',
    'John Smith',
    'P:John Smith=e1;O:AP=e2',
  ],
  [
    'John Smith arrived. The ministry issued a statement, saying that the border was closed.',
    'the border was closed',
    'indirect',
    'The ministry',
  ],
  ['Smith, who replaced Jones as minister, said the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['Smith told Jones that the war was lost.', 'the war was lost', 'indirect', 'Smith'],
  ['Officials in Kabul said the road was closed.', 'the road was closed', 'indirect', 'Officials'],
  [
    'A new study of iodine levels in Australian school children has revealed many are not getting enough.',
    'many are not getting',
    'indirect',
    'A new study of iodine levels',
  ],
  [
    "According to the team's coach, Alireza Mehraban, the robot scored one or two points.",
    'the robot scored',
    'indirect',
    'Alireza Mehraban',
  ],
  [
    'Cres Eastman says he is alarmed. Lydia Buchtmann says they are looking at guidelines. She says the issue is complicated.',
    'the issue is complicated',
    'indirect',
    'Lydia Buchtmann',
    'P:Lydia Buchtmann=e1;P:She=e2;P:Cres Eastman=e2;P:he=e2',
  ],
  ['Officials told reporters the border would reopen.', 'the border would reopen', 'indirect', 'Officials'],
  [
    "The war was lost, said Omar Haddad, the army's chief of staff.",
    'The war was lost',
    'indirect',
    'Omar Haddad',
  ],
];

/** Texts that must give no quote at all: scare quotes, titles, names, apostrophes, reports of events. */
const NONE: string[] = [
  // marks the source paired wrongly: the span between two quotations is an attribution
  '"Dr Chow said. "',
  'The group calls itself the "Friends of the Nation" in its leaflets.',
  'They watched "Saving Private Ryan" on Friday.',
  'The country was put in a "quasi-state of war" on Thursday.',
  'The robot, named "Better Idea of Young Engineers," scored one point.',
  "The workers' union met on Monday and the members' votes were counted.",
  "It's the team's best result since Jones' time as coach.",
  'The girls were granted "parole" status on the grounds of benefit.',
  'The agency reported the attack on Monday.',
  '"Sensitive document found on rainy street" \u2014 City News, August 15, 2008',
  'When asked what the plan was, Smith left the room.',
  'The ministry wants to clear the asylum claim "legacy backlog" by the end of the year.',
  'The company says on "The Internet Explorer 6 Countdown" that users should move on.',
  'Kristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University Collection" at the university.',
  'He dubbed the conflict: "Scientology vs. the Internet, part XVII".',
  'The lantern festival continues a 2000 year old tradition of light related festivals.',
];

describe('direct quotation patterns', () => {
  it.each(DIRECT)('%s', (...row) => {
    const [text, piece, kind, speaker] = row as Row;
    const quotes = run(row as Row);
    const q = quotes.find((x) => x.text.includes(piece) && x.kind !== 'indirect');
    expect(q, `no quote with "${piece}" in ${JSON.stringify(quotes.map((x) => x.text))}`).toBeDefined();
    expect(q!.kind).toBe(kind);
    expect(q!.text.startsWith('"') || q!.text.endsWith('"'), 'marks are left out of the content').toBe(false);
    // No speaker: none at all, or an unresolved pronoun kept as evidence but naming nobody.
    if (speaker === null) {
      expect(q!.speakerName).toBeNull();
      if (q!.speaker) expect(q!.rules).toContain('attr.after+pronoun.unresolved');
    } else expect(q!.speakerName, `${q!.rules.join(' ')} in ${text}`).toBe(speaker);
  });
});

describe('reported speech patterns', () => {
  it.each(INDIRECT)('%s', (...row) => {
    const [text, piece, kind, speaker] = row as Row;
    const quotes = run(row as Row);
    const q = quotes.find((x) => x.kind === kind && x.text.includes(piece));
    expect(
      q,
      `no ${kind} quote with "${piece}" in ${JSON.stringify(quotes.map((x) => [x.kind, x.text]))}`,
    ).toBeDefined();
    expect(q!.text.length, 'content is the reported clause, not the whole sentence').toBeLessThan(
      text.length - 8,
    );
    expect(q!.speakerName, `${q!.rules.join(' ')} in ${text}`).toBe(speaker);
    expect(q!.cue).not.toBeNull();
  });
});

describe('a headline', () => {
  it("gives no quotation of its scare quotes (John Smith Says Ceasefire Could Be 'Weeks' Away)", () => {
    const doc = buildDoc("John Smith Says Ceasefire Could Be 'Weeks' Away\n\nThe talks went on.", [
      'headline',
    ]);
    expect(extractQuotes(doc, lexicon).map((q) => `${q.kind}: ${q.text}`)).toEqual([]);
  });
});

describe('not speech', () => {
  it.each(NONE.map((t) => [t]))('%s', (text) => {
    const quotes = run([text, '', 'direct', null]);
    expect(quotes.map((q) => `${q.kind}: ${q.text}`)).toEqual([]);
  });
});

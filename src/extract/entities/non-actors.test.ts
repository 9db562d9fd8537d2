/**
 * Table tests of the names that name no actor (non-actors.ts), written for the purpose: each row is
 * [text, names that must not be mentions, names that must stay mentions as `text/TYPE` or `text`].
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import { textLayer } from '../../text/index.js';
import { entitiesComponent } from './index.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

function names(text: string): string[] {
  const doc = newDocument({ text });
  textLayer().run(doc);
  entitiesComponent(kb).run(doc);
  return (doc.layers.mentions ?? [])
    .filter((m) => m.kind === 'name' || m.kind === 'acronym')
    .map((m) => `${m.text}/${m.type}`);
}

type Row = [rule: string, text: string, gone: string[], kept: string[]];

const rows: Row[] = [
  // drop.disease: a list name, a strain, a name before a disease noun.
  ['drop.disease', 'Doctors in Kenya said HIV and AIDS cases rose.', ['HIV', 'AIDS'], ['Kenya/GPE']],
  ['drop.disease', 'Cattle with BSE were found in Alberta, officials said.', ['BSE'], ['Alberta']],
  // Beside the Sensex or the NSE, `BSE` is the Bombay exchange.
  ['drop.disease', 'Shares rose on the BSE and the NSE as the Sensex gained.', [], ['BSE/ORG', 'NSE']],
  ['drop.disease', 'HIV and Hepatitis C spread through shared needles.', ['HIV', 'Hepatitis C'], []],
  [
    'drop.disease',
    'Two horses in Ohio tested positive for West Nile virus.',
    ['West Nile', 'Nile'],
    ['Ohio/GPE'],
  ],
  ['drop.disease', 'A new case of Lyme disease was reported in Maine.', ['Lyme'], ['Maine/GPE']],
  ['drop.disease', 'The H7N9 strain was found in Shanghai.', ['H7N9'], ['Shanghai/GPE']],
  [
    'drop.disease',
    'Tests found H7 and N9 avian influenza subtypes in Nanjing.',
    ['H7', 'N9'],
    ['Nanjing/GPE'],
  ],
  [
    'drop.disease',
    'He died of the variant Creutzfeldt-Jakob disease in Leeds.',
    ['Creutzfeldt-Jakob'],
    ['Leeds/GPE'],
  ],
  ['drop.disease', "The Alzheimer's disease trial ended in Boston.", ['Alzheimer'], ['Boston/GPE']],
  [
    'drop.disease',
    'Horses in Sydney were infected with Equine Influenza.',
    ['Equine Influenza'],
    ['Sydney/GPE'],
  ],
  // Negative rows: the same words as places, people or organisation names stay.
  ['drop.disease', 'Barges sailed down the Ebola river to Lisala.', [], ['Ebola']],
  [
    'drop.disease',
    'Lyme is a town in Connecticut, said Tom Reyes.',
    [],
    ['Tom Reyes/PERSON', 'Connecticut/GPE'],
  ],
  ['drop.disease', 'Farmers along the West Nile said the rains came late.', [], ['West Nile']],
  [
    'drop.disease',
    'The AIDS Healthcare Foundation opened a clinic in Kampala.',
    [],
    ['AIDS Healthcare Foundation/ORG'],
  ],
  ['drop.disease', 'Larry Bird flew to Boston on Monday.', [], ['Larry Bird/PERSON']],
  // A known place before a disease noun is that place (`Texas flu cases`), not a disease's name.
  ['drop.disease', 'Texas flu cases doubled, officials in Austin said.', [], ['Texas/GPE', 'Austin/GPE']],
  ['drop.disease', 'The Canada virus outbreak slowed in June.', [], ['Canada/GPE']],
  ['drop.disease', 'The N9 motorway near Kildare was closed.', [], ['Kildare']],
  // drop.currency-sign: a country code glued to `$` is no name; the country alone still is.
  ['drop.currency-sign', 'The deal was worth US$460 million to the US firm.', ['US$', 'US$460'], ['US/GPE']],
  ['drop.currency-sign', 'Fines of up to A$44,000 apply in Australia.', ['A$', 'A'], ['Australia/GPE']],
  ['drop.currency-sign', 'Shares in HK$ terms rose in Hong Kong.', ['HK$', 'HK'], ['Hong Kong/GPE']],
  // drop.post-nominal: letters after a person's name are no organisation; elsewhere they stay names.
  [
    'drop.post-nominal',
    'The case was argued by Mark Tedeschi, QC, in Sydney.',
    ['QC'],
    ['Mark Tedeschi/PERSON'],
  ],
  [
    'drop.post-nominal',
    'Tom Molomby SC said the parents were poor.',
    ['SC', 'Tom Molomby SC'],
    ['Tom Molomby/PERSON'],
  ],
  ['drop.post-nominal', 'Sir Elton John, CBE, sang in Leeds.', ['CBE'], ['Elton John/PERSON']],
  ['drop.post-nominal', 'Ferries from QC reached the port on Monday.', [], ['QC']],
  // drop.common-acronym: an acronym of lower-case words is a term.
  [
    'drop.common-acronym',
    'Iodine deficiency disorders (IDD) are common. IDD hits Australia.',
    ['IDD'],
    ['Australia/GPE'],
  ],
  ['drop.common-acronym', 'The World Health Organization (WHO) said WHO staff left.', [], ['WHO']],
  ['drop.common-acronym', 'The national executive committee (NEC) met. The NEC suspended him.', [], ['NEC']],
  // not-names.tsv `acronym`: a common noun's acronym in capitals is no name, nor does the tagger add it.
  [
    'not-name.acronym',
    'Nvidia said AI chips and EV sales rose in Taiwan.',
    ['AI', 'EV'],
    ['Nvidia/ORG', 'Taiwan/GPE'],
  ],
  ['not-name.acronym', 'Two UAVs and IEDs hit an ICU near Mosul.', ['UAVs', 'IEDs', 'ICU'], ['Mosul/GPE']],
  [
    'not-name.acronym',
    'The SUV had GPS, LED lamps and AWD in Detroit.',
    ['SUV', 'GPS', 'LED', 'AWD'],
    ['Detroit/GPE'],
  ],
  ['not-name.acronym', 'Fans of Led Zeppelin met in London.', [], ['Led Zeppelin', 'London/GPE']],
  [
    'not-name.acronym: names',
    'Amnesty International (AI) said so. The AI Act passed, and LNG Canada grew.',
    [],
    ['AI/ORG', 'AI Act', 'LNG Canada'],
  ],
  [
    'drop.named-day: a surname',
    'Tariq Ramadan was tried in Geneva.\n\nRamadan denied the charges.',
    [],
    ['Tariq Ramadan/PERSON', 'Geneva/GPE'],
  ],
  [
    'drop.named-day: around a place',
    'Parades marked Columbus Day in Boston.',
    ['Columbus', 'Day'],
    ['Boston/GPE'],
  ],
  [
    'drop.single-letter',
    'Q: What did you learn in Lagos? A: Patience. He posted it on X, he said, and Mr. K agreed.',
    ['Q', 'A'],
    ['Lagos/GPE', 'X', 'K'],
  ],
  [
    'drop.funding-round',
    'Cyverra raised $60 million in a Series B round, four times its Series A in 2019. The World Series began.',
    ['Series B', 'Series'],
    ['World Series'],
  ],
  [
    'drop.currency-sign: an ISO code before an amount (lexicon currency-code), Rs read as a model',
    'The pound fell to more than EGP 49 against the dollar, and the team got Rs 125 crore from the BCCI.',
    ['EGP', 'Rs', 'Rs 125'],
    ['BCCI'],
  ],
  [
    'drop.currency-sign: not a company before a share (AMD 2.4%), nor codes left out of the list',
    'Nvidia rose 3.1% and AMD 2.4% in early trading. PHP 8.3 was released.',
    [],
    ['Nvidia', 'AMD', 'PHP'],
  ],
  [
    'drop.word-alone: not a team short name before a verb',
    'Michigan State fired its coach; State will hire a new one.',
    [],
    ['State'],
  ],
  [
    'drop.word-alone: a capitalised State alone (lexicon not-alone), not before of nor in longer names',
    'He resigned as State President. It hurt the Party, the State and himself. State television said so. The State of Israel and the State Department spoke.',
    ['State'],
    ['State of Israel/GPE', 'State Department/ORG'],
  ],
  [
    'drop.unit',
    'It has a 2.6GHz chip, 512GB of storage and 32GB of RAM, Intel said.',
    ['GHz', 'GB', 'RAM'],
    ['Intel'],
  ],
  [
    'drop.unit: a temperature scale after degrees or a glued degree sign',
    'Temperatures in Seville reached 45 degrees Celsius, or 113 degrees Fahrenheit, and 39°C. on Friday.',
    ['Celsius', 'Fahrenheit', 'C.'],
    ['Seville/GPE'],
  ],
  [
    'drop.unit: not the lender Celsius, nor a scale with no degree before it',
    'The lender Celsius Network collapsed. Celsius said it would pay; Anders Celsius made the scale.',
    [],
    ['Celsius Network/ORG', 'Anders Celsius/PERSON'],
  ],
  [
    'drop.word-alone: a Bill or the Centre after an article is the common noun (lexicon common-after-article)',
    'The Lok Sabha passed the Bill after the government at the Centre failed.',
    ['Bill', 'Centre'],
    ['Lok Sabha/ORG'],
  ],
  ['drop.word-alone: without an article Bill is a person', 'Well, Bill, I think so.', [], ['Bill/PERSON']],
  [
    'drop.named-day',
    'Skip the Black Friday rush at Walmart after Diwali.',
    ['Black', 'Black Friday', 'Diwali'],
    ['Walmart'],
  ],
  [
    'drop.currency-sign',
    'In 2008 Obama won Indiana and North Carolina.',
    [],
    ['Obama/PERSON', 'Indiana/GPE'],
  ],
  // drop.ticker: market codes of wire copy.
  [
    'drop.ticker',
    'The Dow Jones Industrial Average .DJI fell, the euro EUR= rose and Nikkei futures NKc1 lost.',
    ['DJI', 'EUR', 'NKc1'],
    ['Nikkei'],
  ],
  ['drop.ticker', 'The DJI drone maker and the EUR zone were named.', [], ['DJI']],
  // drop.currency-sign: a place in an amount of money, the rupee sign.
  [
    'drop.currency-sign',
    'The listing could raise 88 billion Hong Kong dollars in Hong Kong.',
    [],
    ['Hong Kong/GPE'],
  ],
  ['drop.currency-sign', 'He paid Rs 24 lakh to an agent in Amritsar.', ['Rs'], ['Amritsar/GPE']],
  ['drop.currency-sign', 'Tunisia won a penalty kick against England.', [], ['Tunisia/GPE']],
  ['drop.currency-sign', 'The Hong Kong dollar rose against the euro.', [], ['Hong Kong/GPE']],
  // drop.title-alone: a title is a role, not a name.
  ['drop.title-alone', 'MP calls for probe into lost documents.', ['MP'], []],
  ['drop.title-alone', 'Labour MP Diane Abbott said so.', ['MP'], ['Diane Abbott/PERSON']],
];

describe('non-actor names (drop.disease, drop.currency-sign, drop.post-nominal, drop.title-alone)', () => {
  it.each(rows)('%s: %s', (_rule, text, gone, kept) => {
    const found = names(text);
    const texts = found.map((f) => f.slice(0, f.lastIndexOf('/')));
    for (const g of gone) expect(texts, g).not.toContain(g);
    for (const k of kept) expect(k.includes('/') ? found : texts, k).toContain(k);
  });
});

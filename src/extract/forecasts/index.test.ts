import { describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { loadForecastLexicon } from '../../knowledge/forecast-lexicon.js';
import { createPipeline, Pipeline } from '../../pipeline.js';
import { textLayer } from '../../text/index.js';
import { forecastsComponent } from './index.js';

const lexicon = loadForecastLexicon();
const pipeline = new Pipeline([textLayer(), forecastsComponent(lexicon)]);
const published = {
  local: '2015-11-17T17:30',
  precision: 'minute' as const,
  zone: null,
  utc: null,
  sourceText: null,
};
const run = (text: string) =>
  pipeline.run(newDocument({ text, meta: { published, source: 'Example News' } }));

// Forward-looking statements: each must yield a forecast.
const FORWARD = [
  'Officials said the talks could not succeed without Russia.',
  'The dam could not hold if the rains continue.',
  'A ceasefire could be weeks away.',
  'The minister will visit Moscow next week.',
  'Talks are expected to resume in January.',
  'Saudi Arabia is set to host a meeting of opposition leaders in mid-December.',
  'The central bank is likely to raise interest rates.',
  'Officials said the border would reopen on Monday.',
  'The president plans to sign the bill on Friday.',
  'Rebels vowed to continue fighting until the regime falls.',
  'The government intends to hold elections by the end of the year.',
  'Analysts warned that prices may rise sharply this winter.',
  'The strike might spread to other ports.',
  'Negotiators are due to meet in Geneva on Thursday.',
  'The army is poised to launch an offensive on the city.',
  'A deal is going to be signed soon.',
  "We're going to win this election.",
  "They'll announce the results tomorrow.",
  'The company will not renew the contract.',
  "The opposition won't take part in the vote.",
  'If the talks fail, the fighting will resume.',
  'Unless aid arrives, thousands could starve.',
  'Inflation is expected to fall in the coming months.',
  'The two leaders are scheduled to meet at the summit.',
  'The ruling party is almost certain to lose its majority.',
  'Turkey threatened to close its border with Syria.',
  'The UN hopes to deliver food to the besieged town.',
  'The election is just months away.',
  'Peace could conceivably return to the region within weeks.',
  'The rebels may withdraw from the town.',
  'Police expect to make more arrests.',
  'The ministry promised to investigate the shooting.',
  'Parliament will vote on the budget in March.',
  'Voters will go to the polls on 20 December.',
  'The pipeline is slated to open in 2017.',
  'The court is expected to rule on the case next month.',
  'Experts predicted that the virus would spread further.',
  'The general said his troops would retake the city.',
  'The IMF will lend Greece another 10 billion euros.',
  'Protesters plan to march on the capital on Saturday.',
  'Russia could send more troops to the region.',
  'The storm is likely to hit the coast tonight.',
  'The mayor is going to resign, aides said.',
  'Both sides may agree to a truce in the near future.',
  'The embassy will remain closed until further notice.',
  'A verdict is due next week.',
  'The treaty will enter into force in January.',
  'Ministers are set to approve the plan on Tuesday.',
  'Negotiations might collapse if the demands are not met.',
  'If elected, she would cut taxes.',
  'The king is expected to name a new prime minister.',
  'The airline will cut 2,000 jobs.',
  'He said the government would not negotiate with terrorists.',
  'The vote could be delayed again.',
  'NATO aims to finish the withdrawal by the end of the year.',
  'Washington is unlikely to lift the sanctions.',
  'The rebels pledged to free the hostages.',
  'The summit will take place in Paris.',
  'Oil prices may stay low for years.',
  'Prosecutors are expected to charge him with fraud.',
  'The talks are days away from collapse.',
  'Troops will begin leaving the country in the coming weeks.',
];

// Not forward-looking: past events, generic or habitual statements, questions, obligations, abilities.
const NOT_FORWARD = [
  'Despite their attempts, neither side could open the scoring as the first half ended goalless.',
  'No one could reach the village after the bridge collapsed.',
  'The minister visited Moscow last week.',
  'Rebels attacked a checkpoint on Monday, killing five soldiers.',
  'Will the ceasefire hold?',
  'Could this be the end of the war?',
  'The government should resign.',
  'All parties must respect the ceasefire.',
  'Soldiers can enter the zone with a permit.',
  'The talks could have succeeded with more support.',
  'He might have been killed in the blast.',
  "We could've scored two or three goals in the first half.",
  'The president signed the bill on Friday.',
  'Police arrested 12 people after the protest.',
  'The will of the people was ignored.',
  'Will Smith attended the premiere.',
  'The meeting took place in May.',
  'Prices rose sharply in the last three months.',
  'The army withdrew from the town in 2014.',
  'She was elected in 2012.',
  'The court ruled against the company.',
  'The UN has delivered food to the town.',
  'Turkey closed its border with Syria.',
  'The storm hit the coast overnight.',
  'What will happen to the refugees?',
  'The strike spread to other ports.',
  'He has led the party since 2011.',
  'The embassy was closed for two days.',
  'Officials met in Geneva on Thursday.',
  'The agreement was signed in 1995.',
  'Ministers approved the plan on Tuesday.',
  'Three people were injured in the clashes.',
  'The company cut 2,000 jobs last year.',
  'Protesters marched on the capital on Saturday.',
  'The vote was delayed again.',
  'Russia sent more troops to the region.',
  'The rebels freed the hostages.',
  'Oil prices stayed low for years.',
  'Why would anyone do that?',
  'Prosecutors charged him with fraud.',
  'The summit took place in Paris.',
  'Parliament voted on the budget in March.',
  'The treaty entered into force in January.',
];

describe('forecast detection', () => {
  it('finds forward-looking statements and leaves the rest (precision and recall >= 0.85)', () => {
    const detected = (s: string) => (run(s).layers.forecasts ?? []).length > 0;
    const tp = FORWARD.filter(detected);
    const fp = NOT_FORWARD.filter(detected);
    const recall = tp.length / FORWARD.length;
    const precision = tp.length / (tp.length + fp.length);
    const missed = FORWARD.filter((s) => !detected(s));
    console.log(
      `forecast detection: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} on ${FORWARD.length} + ${NOT_FORWARD.length} sentences`,
    );
    if (missed.length || fp.length) console.log({ missed, falsePositives: fp });
    expect(FORWARD.length).toBeGreaterThanOrEqual(60);
    expect(NOT_FORWARD.length).toBeGreaterThanOrEqual(40);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });

  it('starts a statement after a quotation cut out before it, not at its comma and conjunction', () => {
    // The whole pipeline: the quotes layer is what cuts the quotation out.
    const doc = createPipeline().run(
      newDocument({
        text: 'A letter says "failure to reply may end the claim", but the government will send a reminder.',
        meta: { published },
      }),
    );
    const texts = (doc.layers.forecasts ?? []).map((f) => f.text);
    expect(texts).toContain('the government will send a reminder');
  });

  it.each([
    ['A ceasefire could be weeks away.', '2015-11-24', '2016-01-12', 'horizon:weeks away'],
    ["Ceasefire Could Be 'Weeks' Away", '2015-11-24', '2016-01-12', 'horizon:weeks away'],
    [
      'The talks will produce a deal in the near future.',
      '2015-11-17',
      '2016-05-15',
      'horizon:in the near future',
    ],
    [
      'The government will act by the end of the year.',
      '2015-11-17',
      '2015-12-31',
      'horizon:by the end of the year',
    ],
    ['The rebels will keep fighting.', '2015-11-17', '2016-11-16', 'horizon:default'],
  ])('gives %j a window from the publication date', (text, earliest, latest, basis) => {
    const f = run(text).layers.forecasts![0];
    expect(f.window).toEqual({ earliest, latest, basis });
  });

  it.each([
    ['Peace could conceivably return within weeks.', ['could', 'conceivably'], 0.3],
    ['The party is almost certain to lose.', ['almost certain'], 0.93],
    ['The bill will pass.', ['will'], 0.9],
    ["The opposition won't take part.", ["won't"], 0.1],
  ])('reads the hedges of %j', (text, words, probability) => {
    const f = run(text).layers.forecasts![0];
    expect(f.hedges).toEqual(words);
    expect(f.probability).toBe(probability);
  });

  it('keeps the condition of a conditional forecast', () => {
    const f = run('If all goes as planned, the two sides will begin negotiations.').layers.forecasts![0];
    expect(f.condition?.text).toBe('If all goes as planned');
    expect(f.rules).toContain('modal.future');
  });

  it('gives the article itself (its outlet) as the speaker of narration', () => {
    const f = run('The army is poised to launch an offensive.').layers.forecasts![0];
    expect(f.speakerName).toBe('Example News');
    expect(f.speaker).toBeNull();
  });

  it('makes NAME the forecaster of `NAME says ... could`', () => {
    const text = 'Kerry Says Ceasefire Could Be Weeks Away';
    const withMentions = {
      name: 'fake-entities',
      version: '0',
      reads: [],
      writes: ['mentions' as const, 'entities' as const],
      run(doc: import('../../model/document.js').Document) {
        doc.layers.mentions = [
          {
            start: 0,
            end: 5,
            text: 'Kerry',
            type: 'PERSON',
            kind: 'name',
            entityId: 'e1',
            component: 'x',
            version: '0',
            rules: [],
            confidence: 1,
            id: 'm1',
          },
        ];
        doc.layers.entities = [
          { id: 'e1', name: 'John Kerry', type: 'PERSON', mentionIds: ['m1'], actor: null, confidence: 1 },
        ];
      },
    };
    const doc = new Pipeline([textLayer(), withMentions, forecastsComponent(lexicon)]).run(
      newDocument({ text, meta: { published } }),
    );
    const f = doc.layers.forecasts![0];
    expect(f.speakerName).toBe('John Kerry');
    expect(f.speakerEntityId).toBe('e1');
    expect(f.window?.basis).toBe('horizon:weeks away');
  });

  it('has no window without a publication date', () => {
    const doc = new Pipeline([textLayer(), forecastsComponent(lexicon)]).run(
      newDocument({ text: 'Talks will resume soon.' }),
    );
    expect(doc.layers.forecasts![0].window).toBeNull();
  });
});

/**
 * The table of sentences the events tests run: [sentence, expected first event or null for none].
 * Actors are countries, country adjectives and generic agents, so the table needs no entities layer.
 * `root` is the CAMEO root; `src`/`tgt` the actor codes (`-` = none); `mod` the modality.
 */
export interface Expect {
  type?: string;
  root?: string;
  cameo?: string;
  src?: string;
  tgt?: string;
  mod?: string;
  killed?: number;
  wounded?: number;
  arrested?: number;
  /** How many events the sentence must yield, when it matters (coordination). */
  count?: number;
}

export type Case = [string, Expect | null];

export const CASES: Record<string, Case[]> = {
  'root 01 statements make no event': [
    ['The Russian foreign minister said on Monday that talks were useful.', null],
    ['Officials in Paris declined to comment on the report.', null],
    ['The French government announced its budget for next year.', null],
    ['Police said the investigation was continuing.', null],
    ['The minister told reporters the economy was growing.', null],
    ['Britain stressed the importance of dialogue.', null],
  ],
  'root 02 appeal': [
    [
      'Lebanon appealed to France for humanitarian aid.',
      { type: 'REQUEST', root: '02', src: 'LBN', tgt: 'FRA' },
    ],
    [
      'Haiti asked the United States for help after the storm.',
      { type: 'REQUEST', root: '02', src: 'HTI', tgt: 'USA' },
    ],
    ['Kenya requested assistance from Ethiopia.', { type: 'REQUEST', root: '02', src: 'KEN' }],
  ],
  'root 03 intent to cooperate': [
    ['Iran agreed to negotiate with Britain.', { type: 'AGREE', root: '03', src: 'IRN', tgt: 'GBR' }],
    ['Norway pledged to provide aid to Somalia.', { type: 'AGREE', root: '03', src: 'NOR', tgt: 'SOM' }],
    [
      'Japan promised to cooperate with China on trade.',
      { type: 'AGREE', root: '03', src: 'JPN', tgt: 'CHN' },
    ],
    ['Libya offered to hand over two suspects to Britain.', { type: 'AGREE', root: '03', src: 'LBY' }],
    ['Germany will provide food aid to Sudan.', { type: 'AGREE', src: 'DEU', tgt: 'SDN', mod: 'planned' }],
    ['Turkey will allow refugees to return to Syria.', { type: 'AGREE', src: 'TUR', mod: 'planned' }],
    [
      'Egypt vowed to mediate between Israel and the Palestinians.',
      { type: 'AGREE', root: '03', src: 'EGY' },
    ],
  ],
  'root 04 consult': [
    [
      'The Chinese president visited Russia on Tuesday.',
      { type: 'CONSULT', cameo: '042', src: 'CHNGOV', tgt: 'RUS' },
    ],
    [
      'Saudi Arabia hosted Egyptian officials for talks.',
      { type: 'CONSULT', cameo: '043', src: 'SAU', tgt: 'EGYGOV' },
    ],
    ['Israel and Jordan held talks in Amman.', { type: 'CONSULT', root: '04', src: 'ISR' }],
    [
      'Pakistan negotiated with India over the border.',
      { type: 'CONSULT', cameo: '046', src: 'PAK', tgt: 'IND' },
    ],
    [
      'The French foreign minister met his German counterpart in Berlin.',
      { type: 'CONSULT', root: '04', src: 'FRAGOV' },
    ],
    [
      'The Iraqi prime minister telephoned Iran on Sunday.',
      { type: 'CONSULT', cameo: '041', src: 'IRQGOV', tgt: 'IRN' },
    ],
    ['Norway mediated between Sri Lanka and Tamil rebels.', { type: 'CONSULT', cameo: '045', src: 'NOR' }],
    [
      'The Indian minister made a visit to Nepal on Monday.',
      { type: 'CONSULT', cameo: '042', src: 'INDGOV', tgt: 'NPL' },
    ],
  ],
  'root 05 diplomatic cooperation': [
    [
      'Brazil praised Argentina for its economic reforms.',
      { type: 'SUPPORT', cameo: '051', src: 'BRA', tgt: 'ARG' },
    ],
    [
      'Argentina apologized to Brazil for the incident.',
      { type: 'SUPPORT', cameo: '055', src: 'ARG', tgt: 'BRA' },
    ],
    ['Sweden recognized Palestine as a state.', { type: 'SUPPORT', cameo: '054', src: 'SWE' }],
    ['Russia and China signed an agreement on energy.', { type: 'SUPPORT', cameo: '057', src: 'RUS' }],
    ['Canada welcomed the decision by Cuba.', { type: 'SUPPORT', root: '05', src: 'CAN' }],
    ['Ghana endorsed Nigeria for the seat.', { type: 'SUPPORT', root: '05', src: 'GHA', tgt: 'NGA' }],
  ],
  'root 06 material cooperation': [
    [
      'Mexico cooperated with the United States on drug trafficking.',
      { type: 'COOPERATE', root: '06', src: 'MEX', tgt: 'USA' },
    ],
    [
      'French and Egyptian warships launched war games in the Mediterranean.',
      { type: 'COOPERATE', root: '06' },
    ],
    ['Colombia shared intelligence with Ecuador.', { type: 'COOPERATE', root: '06', src: 'COL', tgt: 'ECU' }],
  ],
  'root 07 aid': [
    ['Japan donated medicine to Haiti.', { type: 'AID', root: '07', src: 'JPN', tgt: 'HTI' }],
    [
      'The United States sent arms to Pakistan last year.',
      { type: 'AID', root: '07', src: 'USA', tgt: 'PAK' },
    ],
    ['Britain provided humanitarian aid to Yemen.', { type: 'AID', root: '07', src: 'GBR', tgt: 'YEM' }],
    ['Sweden granted asylum to Belarusian activists.', { type: 'AID', root: '07', src: 'SWE' }],
    [
      'Australia gave Fiji a loan of ten million dollars.',
      { type: 'AID', root: '07', src: 'AUS', tgt: 'FJI' },
    ],
  ],
  'root 08 yield': [
    ['Israel released Palestinian prisoners on Sunday.', { type: 'RETREAT', cameo: '0841', src: 'ISR' }],
    ['Serbia lifted the curfew in Kosovo.', { type: 'RETREAT', root: '08', src: 'SRB' }],
    ['Russia withdrew its troops from Georgia.', { type: 'RETREAT', cameo: '0872', src: 'RUS' }],
    [
      'The Sudanese government lifted the state of emergency in Darfur.',
      { type: 'RETREAT', root: '08', src: 'SDNGOV' },
    ],
    ['The Hungarian prime minister resigned on Friday.', { type: 'CONCEDE', root: '08', src: 'HUNGOV' }],
    ['Venezuela accepted demands from the opposition.', { type: 'CONCEDE', root: '08', src: 'VEN' }],
    ['Rebels declared a ceasefire in the north.', { type: 'RETREAT', cameo: '0871', src: '---REB' }],
  ],
  'root 09 investigate': [
    ['Croatia is investigating war crimes by Serbian soldiers.', { type: 'ACCUSE', root: '09', src: 'HRV' }],
    ['Kenyan police probed the killing of a French tourist.', { type: 'ACCUSE', root: '09', src: 'KENCOP' }],
  ],
  'root 10 demand': [
    [
      'The United States demanded that North Korea abandon its nuclear program.',
      { type: 'REQUEST', root: '10', src: 'USA', tgt: 'PRK' },
    ],
    ['Germany urged Greece to cut spending.', { type: 'REQUEST', root: '10', src: 'DEU', tgt: 'GRC' }],
    ['Protesters demanded the release of the activists.', { type: 'REQUEST', root: '10', src: '---OPP' }],
    ['France called for a ceasefire in Libya.', { type: 'REQUEST', root: '10', src: 'FRA' }],
    [
      'Russia said on Tuesday that Sudan must release the pilots.',
      { type: 'REQUEST', root: '10', src: 'RUS', tgt: 'SDN' },
    ],
  ],
  'root 11 disapprove': [
    [
      'China condemned the Japanese prime minister for the visit.',
      { type: 'ACCUSE', root: '11', src: 'CHN', tgt: 'JPNGOV' },
    ],
    ['Iran accused Israel of sabotage.', { type: 'ACCUSE', cameo: '112', src: 'IRN', tgt: 'ISR' }],
    [
      'Russia criticized Ukraine over the gas dispute.',
      { type: 'ACCUSE', root: '11', src: 'RUS', tgt: 'UKR' },
    ],
    ['Cuba denounced the American embargo.', { type: 'ACCUSE', root: '11', src: 'CUB' }],
    ['Lebanon blamed Syria for the bombing.', { type: 'ACCUSE', root: '11', src: 'LBN', tgt: 'SYR' }],
  ],
  'root 12 reject': [
    ['Bangladesh rejected an Indian proposal on trade.', { type: 'REJECT', root: '12', src: 'BGD' }],
    [
      'The Turkish government refused to help the United States.',
      { type: 'REJECT', root: '12', src: 'TURGOV', tgt: 'USA' },
    ],
    ['Syria will not accept more refugees from Iraq.', { type: 'REJECT', root: '12', src: 'SYR' }],
    ['Rebels dismissed an appeal from the government.', { type: 'REJECT', root: '12', src: '---REB' }],
    ['Russia vetoed the resolution on Syria.', { type: 'REJECT', root: '12', src: 'RUS' }],
  ],
  'root 13 threaten': [
    ['Israel threatened to ban voting in Jerusalem.', { type: 'THREATEN', root: '13', src: 'ISR' }],
    [
      'Palestinian militants threatened to attack Israel.',
      { type: 'THREATEN', cameo: '138', src: 'PSEUAF', tgt: 'ISR' },
    ],
    [
      'North Korea warned South Korea of retaliation.',
      { type: 'THREATEN', root: '13', src: 'PRK', tgt: 'KOR' },
    ],
    [
      'The Iraqi government is prepared to impose martial law in Baghdad.',
      { type: 'THREATEN', root: '13', src: 'IRQGOV' },
    ],
    ['Russia will attack Ukraine if talks fail.', { type: 'THREATEN', cameo: '138', src: 'RUS', tgt: 'UKR' }],
  ],
  'root 14 protest': [
    ['Thousands of protesters rallied in Cairo against the government.', { type: 'PROTEST', root: '14' }],
    ['Students demonstrated in Santiago on Thursday.', { type: 'PROTEST', root: '14' }],
    ['Algerian workers began a hunger strike outside parliament.', { type: 'PROTEST', cameo: '142' }],
    ['Angry French farmers blocked the bridge to Germany.', { type: 'PROTEST', cameo: '144', src: 'FRAAGR' }],
    ['Rioters clashed with police in Paris.', { type: 'ASSAULT' }],
    ['Opposition parties organized a general strike in Nepal.', { type: 'PROTEST', root: '14' }],
  ],
  'root 15 force posture': [
    ['India deployed troops to the border with Pakistan.', { type: 'MOBILIZE', root: '15', src: 'IND' }],
    ['Israel has strengthened its forces in Lebanon.', { type: 'MOBILIZE', root: '15', src: 'ISR' }],
    ['Russia mobilized reservists near Ukraine.', { type: 'MOBILIZE', root: '15', src: 'RUS' }],
  ],
  'root 16 reduce relations': [
    ['Morocco severed ties with Iran.', { type: 'SANCTION', cameo: '161', src: 'MAR', tgt: 'IRN' }],
    ['The United States suspended aid to Egypt.', { type: 'SANCTION', root: '16', src: 'USA', tgt: 'EGY' }],
    ['Italy cancelled a visit to Serbia.', { type: 'SANCTION', root: '16', src: 'ITA' }],
    ['Britain expelled Russian diplomats on Wednesday.', { type: 'SANCTION', root: '16', src: 'GBR' }],
    [
      'Japan said on Tuesday it had halted economic aid to Serbia.',
      { type: 'SANCTION', root: '16', src: 'JPN', tgt: 'SRB' },
    ],
  ],
  'root 17 coerce': [
    [
      'Israeli soldiers arrested more than 100 Palestinians in Hebron.',
      { type: 'COERCE', cameo: '173', src: 'ISRMIL', arrested: 100 },
    ],
    [
      'Police detained three journalists in Istanbul.',
      { type: 'COERCE', cameo: '173', src: '---COP', arrested: 3 },
    ],
    ['The British government outlawed the group.', { type: 'COERCE', root: '17', src: 'GBRGOV' }],
    ['Britain imposed sanctions on Iran.', { type: 'COERCE', cameo: '163', src: 'GBR' }],
    ['Egypt deported two Sudanese activists.', { type: 'COERCE', cameo: '174', src: 'EGY' }],
    ['Chinese authorities imposed a curfew in Lhasa.', { type: 'COERCE', root: '17', src: 'CHNGOV' }],
  ],
  'root 18 assault': [
    ['Gunmen kidnapped two Italian aid workers in Kabul.', { type: 'ASSAULT', cameo: '181', src: '---UAF' }],
    ['A suicide bomber killed 23 people in Baghdad.', { type: 'ASSAULT', root: '18', killed: 23 }],
    ['A bomb killed five soldiers near Kandahar.', { type: 'ASSAULT', cameo: '183', src: '-', killed: 5 }],
    ['Rebels assassinated the governor of the province.', { type: 'ASSAULT', root: '18', src: '---REB' }],
    ['Palestinian suicide bombers killed 23 people in Tel Aviv.', { type: 'ASSAULT', killed: 23 }],
    ['A car bomb exploded outside the Iraqi ministry, killing 12 people.', { type: 'ASSAULT', killed: 12 }],
  ],
  'root 19 fight': [
    [
      'Syrian troops attacked rebels near Aleppo.',
      { type: 'ASSAULT', root: '19', src: 'SYRMIL', tgt: '---REB' },
    ],
    [
      'Nigerian soldiers fought Islamist militants in the north.',
      { type: 'ASSAULT', root: '19', src: 'NGAMIL' },
    ],
    ['Israeli warplanes struck targets in Gaza on Friday.', { type: 'ASSAULT', root: '19', src: 'ISRMIL' }],
    ['Turkish artillery shelled Kurdish positions in Syria.', { type: 'ASSAULT', root: '19' }],
    [
      'Burmese troops captured a rebel stronghold on the Thai border.',
      { type: 'ASSAULT', root: '19', src: 'MMRMIL' },
    ],
    ['Russia invaded Ukraine in February.', { type: 'ASSAULT', root: '19', src: 'RUS', tgt: 'UKR' }],
  ],
  'root 20 mass violence': [
    ['Soldiers massacred hundreds of civilians in the village.', { type: 'ASSAULT', root: '20' }],
    ['Serbian forces carried out a massacre in Srebrenica.', { type: 'ASSAULT', root: '20', src: 'SRBMIL' }],
  ],
  modality: [
    ['Russia attacked Georgia on Friday.', { type: 'ASSAULT', mod: 'asserted' }],
    ['Russia attacked Georgia on Friday, officials said.', { type: 'ASSAULT', mod: 'reported' }],
    ['The AP reports that Iran attacked Iraq.', { type: 'ASSAULT', src: 'IRN', mod: 'reported' }],
    ['According to officials, Iran attacked Iraq.', { type: 'ASSAULT', mod: 'reported' }],
    ['Russia confirmed that a bomb brought down the plane.', { type: 'ASSAULT', mod: 'asserted' }],
    [
      'Saudi Arabia is set to host a meeting of Syrian opposition figures.',
      { type: 'CONSULT', cameo: '043', src: 'SAU', mod: 'planned' },
    ],
    ['The two sides are scheduled to meet in Geneva.', null],
    ['France plans to send troops to Mali.', { src: 'FRA', mod: 'planned' }],
    [
      'We have to step up our efforts to hit Syrian rebels.',
      { type: 'THREATEN', cameo: '138', mod: 'intended' },
    ],
    ['Turkey wants to attack Kurdish rebels.', { type: 'THREATEN', src: 'TUR', mod: 'intended' }],
    [
      'A ceasefire between Syria and the rebels could be weeks away.',
      { type: 'AGREE', cameo: '0871', mod: 'predicted' },
    ],
    ['A ceasefire between Syria and the rebels may not be far away.', { type: 'AGREE', mod: 'predicted' }],
    ['Israel might attack Iran.', { type: 'ASSAULT', mod: 'hypothetical' }],
    [
      'If all goes as planned, Israel and Syria will begin negotiations.',
      { type: 'CONSULT', mod: 'conditional' },
    ],
    ['If Iran attacks Iraq, the region will suffer.', { type: 'ASSAULT', mod: 'hypothetical' }],
    ['Russia did not attack Georgia.', { type: 'ASSAULT', mod: 'negated' }],
    ['Russia never attacked Georgia.', { type: 'ASSAULT', mod: 'negated' }],
    ['Russia denied that it attacked Georgia.', { type: 'ASSAULT', mod: 'negated' }],
    ['There was no ceasefire between Syria and the rebels.', { type: 'RETREAT', mod: 'negated' }],
    ['Pakistan failed to arrest the suspects.', { type: 'COERCE', mod: 'negated' }],
    ['India is expected to attack Pakistan.', { type: 'ASSAULT', mod: 'predicted' }],
    ['Egypt said it would allow the return of inspectors.', { type: 'AGREE', src: 'EGY', mod: 'planned' }],
  ],
  passive: [
    ['A Russian plane was brought down by Syrian rebels.', { type: 'ASSAULT', src: 'SYRREB', tgt: 'RUS' }],
    ['Iraq was attacked by Iran in 1980.', { type: 'ASSAULT', src: 'IRN', tgt: 'IRQ' }],
    [
      'Two French journalists were kidnapped by gunmen.',
      { type: 'ASSAULT', cameo: '181', src: '---UAF', tgt: 'FRAMED' },
    ],
    ['Three people were killed in the attack.', { type: 'ASSAULT', killed: 3 }],
    ['Dozens of protesters were arrested by police.', { type: 'COERCE', src: '---COP', arrested: 24 }],
    ['Libya was condemned by Egypt for the raid.', { type: 'ACCUSE', src: 'EGY', tgt: 'LBY' }],
    ['Five soldiers were wounded by a roadside bomb.', { type: 'ASSAULT', wounded: 5 }],
    ['The Israeli ambassador was expelled by Turkey.', { type: 'SANCTION', src: 'TUR', tgt: 'ISRGOV' }],
  ],
  coordination: [
    // A compound actor makes one act, coded by its first member (as the PLOVER gold codes it).
    ['Russia and France struck Syrian rebels.', { type: 'ASSAULT', src: 'RUS', tgt: 'SYRREB', count: 1 }],
    ['Russia and France condemned Syria.', { type: 'ACCUSE', src: 'RUS', tgt: 'SYR', count: 1 }],
    ['Egypt condemned Israel and Iran.', { type: 'ACCUSE', src: 'EGY', tgt: 'ISR', count: 1 }],
    ['Senior Hungarian and Romanian officials agreed to cooperate.', { type: 'AGREE', src: 'HUNGOV' }],
    // An agent located in a country is that country's.
    ['Rebels in Nepal attacked the police.', { type: 'ASSAULT', src: 'NPLREB', tgt: '---COP' }],
    ['Opposition parties in Zimbabwe demanded elections.', { type: 'REQUEST', src: 'ZWEOPP' }],
    ['Syrian troops attacked the town and killed five rebels.', { type: 'ASSAULT', src: 'SYRMIL' }],
    ['Iran hosted Iraq and then visited Syria.', { type: 'CONSULT', src: 'IRN' }],
  ],
  'relative clauses': [
    [
      'Rebels, who attacked Nigerian soldiers last week, were arrested on Friday.',
      { type: 'ASSAULT', src: '---REB', tgt: 'NGAMIL' },
    ],
    [
      'The Indian minister, who visited Nepal, praised its government.',
      { type: 'CONSULT', src: 'INDGOV', tgt: 'NPL' },
    ],
    [
      'Police arrested gunmen who had attacked a French school.',
      { type: 'COERCE', src: '---COP', tgt: '---UAF' },
    ],
  ],
  nominal: [
    ['The Paris attacks shocked Europe.', { type: 'ASSAULT' }],
    ['A ceasefire between Russia and Ukraine took effect.', { type: 'RETREAT', src: 'RUS', tgt: 'UKR' }],
    [
      'Negotiations between Israel and Syria resumed in Washington.',
      { type: 'CONSULT', src: 'ISR', tgt: 'SYR' },
    ],
    ['The bombing of the Russian embassy killed four people.', { type: 'ASSAULT', killed: 4 }],
    ['Iran staged a military exercise near the strait.', { src: 'IRN' }],
    [
      'Russia stepped up its military action against Syrian rebels.',
      { type: 'ASSAULT', src: 'RUS', tgt: 'SYRREB' },
    ],
    ['Israel launched airstrikes on Gaza on Tuesday.', { type: 'ASSAULT', cameo: '195', src: 'ISR' }],
    ['Hamas claimed responsibility for the attacks in Jerusalem.', { type: 'ASSAULT' }],
    ["Yesterday's protests in Caracas turned violent.", { type: 'PROTEST' }],
    ['The French president held talks with Germany on Monday.', { type: 'CONSULT', src: 'FRAGOV' }],
  ],
  quantities: [
    [
      'A bomb took down a Russian plane over Egypt, killing all 224 passengers.',
      { type: 'ASSAULT', tgt: 'RUS', killed: 224 },
    ],
    ['Three people were killed and five wounded in the blast.', { killed: 3, wounded: 5 }],
    ['Gunmen killed at least 12 villagers in Nigeria on Sunday.', { type: 'ASSAULT', killed: 12 }],
    ['Police arrested 52 members of the group in Lagos.', { type: 'COERCE', arrested: 52 }],
    ['Militants abducted two French engineers in Niger.', { type: 'ASSAULT', cameo: '181' }],
    ['The army killed dozens of rebels in the south.', { type: 'ASSAULT', killed: 24 }],
    [
      'An explosion killed two Iraqi youths and wounded five others.',
      { type: 'ASSAULT', killed: 2, wounded: 5 },
    ],
    ['British aircraft killed 4 Iraqis in an attack near Basra.', { type: 'ASSAULT', killed: 4 }],
  ],
  'police news': [
    [
      'Police arrested a 23-year-old man on suspicion of murder.',
      { type: 'COERCE', cameo: '173', src: '---COP' },
    ],
    ['Officers detained four suspects after the robbery.', { type: 'COERCE', src: '---COP', arrested: 4 }],
    ['A man was shot dead in Chicago on Sunday.', { type: 'ASSAULT' }],
    ['Gunmen opened fire on a bus, killing seven passengers.', { type: 'ASSAULT', src: '---UAF', killed: 7 }],
    ['Police said the man was taken into custody.', { type: 'COERCE', mod: 'reported' }],
    ['The suspect was charged with manslaughter.', { type: 'COERCE', cameo: '173' }],
  ],
  'no event': [
    ['The weather in London was mild.', null],
    ['Prices rose sharply in March.', null],
    ['The company reported higher profits this year.', null],
    ['He wrote a book about the history of France.', null],
    ['The museum opened a new exhibition on Tuesday.', null],
    ['Scientists discovered a new species of frog.', null],
    ['The team won the match on Sunday.', null],
    ['Tourism in Spain grew by five percent.', null],
    ['The film premiered in Cannes last night.', null],
    ['Students returned to school after the holidays.', null],
    ['The minister said the economy was strong.', null],
    ['Engineers repaired the bridge over the river.', null],
    ['Three people died in a car crash on the highway.', null],
    ['At least 107 people were killed when a crane collapsed in Mecca.', null],
    ['Sweden defeated South Korea 1-0 at the World Cup stadium.', null],
    ['Millions of infected birds were slaughtered in China.', null],
    ['The patient died at his home near the base.', null],
    ['Officials warned that the death toll may rise.', null],
    ['The government moved quickly to contain the disease.', null],
  ],
};

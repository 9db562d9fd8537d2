/** Reads CoNLL-U treebank files (Universal Dependencies) into sentences of words with heads and relations. */

export interface TreebankWord {
  form: string;
  upos: string;
  /** 1-based index of the head word, 0 for the root. */
  head: number;
  deprel: string;
}

export interface TreebankSentence {
  id: string;
  words: TreebankWord[];
}

/** Parses CoNLL-U text; multi-word token lines (`1-2`) and empty nodes (`1.1`) are skipped. */
export function parseConllu(text: string): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  let words: TreebankWord[] = [];
  let id = '';
  const flush = () => {
    if (words.length) out.push({ id, words });
    words = [];
    id = '';
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('# sent_id =')) id = line.slice(11).trim();
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0])) continue;
    words.push({ form: cols[1], upos: cols[3], head: Number(cols[6]), deprel: cols[7] });
  }
  flush();
  return out;
}

/** True when no two arcs cross: the trees a transition parser with a static oracle can learn from. */
export function isProjective(words: TreebankWord[]): boolean {
  const arcs = words.map((w, i) => [Math.min(i + 1, w.head), Math.max(i + 1, w.head)]);
  for (const [a, b] of arcs) {
    for (const [c, d] of arcs) {
      if (a < c && c < b && b < d) return false;
    }
  }
  return true;
}

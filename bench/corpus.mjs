// Builds the benchmark corpus: news-like articles of about 600 words, each stitched from paragraphs
// of the development texts (GUM news, GeoVirus Wikinews, PLOVER sentences) with a seeded random
// generator, so every run measures the same articles. Nothing here is committed output.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const AUTHORS = [
  'Ana Ruiz',
  'Tom Becker',
  'Leila Haddad',
  'Sam Okafor',
  'Mei Lin',
  'Ivan Petrov',
  'Grace Adeyemi',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Returns the path of a JSONL corpus of `count` articles, building it when missing. */
export function buildCorpus(goldDir, outDir, count, seed = 20151117) {
  const file = join(outDir, `corpus-${count}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(outDir, { recursive: true });
  const random = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const sources = [
    ...readJsonl(join(goldDir, 'gum-news.jsonl')),
    ...readJsonl(join(goldDir, 'geovirus.jsonl')),
  ];
  const paragraphs = sources.flatMap((d) => d.text.split(/\n\n+/).filter((p) => p.split(' ').length > 12));
  const sentences = readJsonl(join(goldDir, 'plover-gsr.jsonl')).map((d) => d.text);
  const titles = sources.map((d) => d.title).filter(Boolean);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const body = [];
    let words = 0;
    while (words < 600) {
      const p = random() < 0.2 ? `${pick(sentences)} ${pick(sentences)}` : pick(paragraphs);
      body.push(p);
      words += p.split(/\s+/).length;
    }
    const day = 1 + Math.floor(random() * 28);
    const month = Math.floor(random() * 12);
    const year = 2014 + Math.floor(random() * 7);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const dateline = `${MONTHS[month]} ${day} ${year}, ${1 + Math.floor(random() * 11)}:${random() < 0.5 ? '15' : '45'}pm`;
    const text = [pick(titles), `by ${pick(AUTHORS)}\n${dateline}`, ...body].join('\n\n');
    lines.push(JSON.stringify({ id: `bench-${i}`, title: null, published, text }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

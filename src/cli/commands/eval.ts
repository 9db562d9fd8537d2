import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFromGold } from '../../eval/document-from-gold.js';
import { SCORED_LAYERS, type ScoredLayer } from '../../eval/gold.js';
import { formatScores } from '../../eval/report.js';
import { DEV_SETS, type EvalResult, evaluateSet, findGoldDir } from '../../eval/run.js';
import { createPipeline } from '../../pipeline.js';
import { type Command, UsageError } from '../command.js';

const usage = `usage: sitrep eval GOLD.jsonl... [options]
       sitrep eval --all [--gold-dir DIR]

Runs the pipeline on each gold document (its text and publication date) and scores the layers the
gold has, as shared/gold/FORMAT.md defines them.

options:
  --all            every development set in shared/gold/dev (${DEV_SETS.join(', ')})
  --gold-dir DIR   where the development sets are (default ../shared/gold/dev)
  --layer NAME     score one layer: ${SCORED_LAYERS.join(', ')}
  --errors N       print up to N misses per layer with their context
  --json           machine-readable results
  --nested-places  score with places and persons inside organisation names as entities too (GUM's
                   convention)`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the pipeline on gold data (entities, times, quotes, places, events)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        all: { type: 'boolean' },
        'gold-dir': { type: 'string' },
        layer: { type: 'string' },
        errors: { type: 'string' },
        json: { type: 'boolean' },
        'nested-places': { type: 'boolean' },
      },
    });
    const layer = values.layer as ScoredLayer | undefined;
    if (layer && !SCORED_LAYERS.includes(layer)) throw new UsageError(`unknown layer '${layer}'`);
    const files = [...positionals];
    if (values.all) {
      const dir = findGoldDir(values['gold-dir']);
      if (!dir) throw new UsageError('cannot find the development gold (give --gold-dir DIR)');
      files.push(...DEV_SETS.map((f) => join(dir, f)));
    }
    if (files.length === 0) throw new UsageError('name a gold file or use --all');
    const errors = values.errors ? Number.parseInt(values.errors, 10) : 0;
    const pipeline = createPipeline(undefined, { nestedPlaces: values['nested-places'] });
    const results: EvalResult[] = [];
    for (const file of files) {
      const result = evaluateSet(file, pipeline, documentFromGold, { layer, errors });
      results.push(result);
      if (values.json) continue;
      io.stdout.write(
        `${formatScores(`${result.set}: ${result.docs} docs in ${result.seconds.toFixed(2)} s`, result.scores)}\n`,
      );
      for (const m of result.misses)
        io.stdout.write(`  ${m.layer} ${m.kind} ${m.detail} | ${m.doc}: ${m.context}\n`);
      io.stdout.write('\n');
    }
    if (values.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return 0;
  },
};

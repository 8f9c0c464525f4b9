// `npm run bench:generate -- --size atlas|stress|small --seed 1 --out DIR`: writes a generated
// cooperation graph in the import format (one document per source, texts in DIR/texts).
import { parseArgs } from 'node:util';
import { SCALE_SIZES, type ScaleSizeName, writeGeneratedDataset } from './cooperation-graph-generator.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'atlas' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const sizes = Object.keys(SCALE_SIZES);
const seed = Number(values.seed);
if (!values.out || !sizes.includes(values.size) || !Number.isInteger(seed)) {
  console.error(
    `usage: npm run bench:generate -- --size ${sizes.join('|')} --seed <integer> --out <folder>` +
      ` (got size ${JSON.stringify(values.size)}, seed ${JSON.stringify(values.seed)}, out ${JSON.stringify(values.out)})`,
  );
  process.exit(2);
}
const started = performance.now();
const result = await writeGeneratedDataset(values.out, { size: values.size as ScaleSizeName, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Wrote ${result.files.length} document(s) to ${values.out}: ${result.nodes} node(s), ${result.relationships} relationship(s) in ${seconds} s; hubs: ${result.hubs.join(', ')}`,
);

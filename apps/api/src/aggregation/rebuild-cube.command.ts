import { AggregationRepository } from '@stemme/aggregation';
import type { CliCommandContext } from '../cli';

/** `aggregation:rebuild --study <id>`: the rebuild job's work without the queue (operators, benchmarks). */
export async function rebuildCube({ app, options, print }: CliCommandContext): Promise<void> {
  const studyId = options.required('study');
  const started = Date.now();
  const cube = app.get(AggregationRepository);
  const outcome = await cube.rebuild(studyId);
  await cube.vacuumCube();
  print(`Rebuilt the count cube of study ${studyId}: ${outcome.responses} responses in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

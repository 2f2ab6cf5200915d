/** The JSON Schema of /data/consultations.json, generated from the zod schema that builds the file. */
import { z } from 'zod';
import { consultationDatasetSchema } from './record.ts';

export function consultationDatasetJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(consultationDatasetSchema, {
    target: 'draft-2020-12',
    io: 'output',
    // Refinements (real dates, closes after opens) cannot be expressed; their types and patterns still are.
    unrepresentable: 'any',
  });
  return { ...schema, $id: id, title: 'Consultations on the Have your say hub' };
}

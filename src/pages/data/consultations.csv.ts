/** The consultations as a flat CSV table, one row each. */
import type { APIRoute } from 'astro';
import { consultationsCsv } from '../../lib/opendata/csv.ts';
import { openDataset } from './_dataset.ts';

export const GET: APIRoute = async (context) =>
  new Response(consultationsCsv((await openDataset(context.site)).consultations), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

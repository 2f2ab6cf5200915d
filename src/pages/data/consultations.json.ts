/** Every consultation with its derived status, dates, taxonomy and feedback link. */
import type { APIRoute } from 'astro';
import { openDataset } from './_dataset.ts';

export const GET: APIRoute = async (context) =>
  new Response(`${JSON.stringify(await openDataset(context.site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

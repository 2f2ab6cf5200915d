/**
 * Decap keeps a field an editor touched and cleared as `""` (or `null`), and an optional object whose
 * fields are all cleared as `{}`. The schema reads both as wrong values, not as absent ones, so they
 * are removed before saving. Returns the paths to delete, deepest cleanup first; list items are never
 * removed (only keys inside them), so indexes stay valid.
 */
export type DataPath = (string | number)[];

export function emptyValuePaths(data: unknown, path: DataPath = []): DataPath[] {
  if (Array.isArray(data))
    return data.flatMap((item, index) => (isPlainObject(item) ? emptyValuePaths(item, [...path, index]) : []));
  if (!isPlainObject(data)) return [];
  const entries = Object.entries(data);
  const emptyKeys = entries.filter(([, value]) => isEmpty(value)).map(([key]) => key);
  if (path.length > 0 && typeof path[path.length - 1] === 'string' && emptyKeys.length === entries.length)
    return [path];
  return entries.flatMap(([key, value]) =>
    emptyKeys.includes(key) ? [[...path, key]] : emptyValuePaths(value, [...path, key]),
  );
}

function isEmpty(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return isPlainObject(value) && Object.values(value).every(isEmpty);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

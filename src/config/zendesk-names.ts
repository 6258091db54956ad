// Zendesk section and category names from the Help Center API's lists
// (`{"sections": [...]}`, `{"categories": [...]}`): read at config load for
// `sources.zendesk.sections`, and by the Zendesk reader from a sideloaded page.
import type { ZendeskNames } from './schema.js';

type PlainObject = Record<string, unknown>;

function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Section and category names from the lists a file holds: `{"sections": [...], "categories": [...]}`. */
export function zendeskNamesOf(value: unknown): ZendeskNames {
  const names: ZendeskNames = { sections: {}, categories: {} };
  if (!isObject(value)) return names;
  const id = (o: PlainObject) => (typeof o.id === 'number' || typeof o.id === 'string' ? String(o.id) : null);
  for (const section of Array.isArray(value.sections) ? value.sections : []) {
    if (!isObject(section) || typeof section.name !== 'string') continue;
    const key = id(section);
    const category = section.category_id;
    if (key) names.sections[key] = { name: section.name, categoryId: typeof category === 'number' || typeof category === 'string' ? String(category) : null };
  }
  for (const category of Array.isArray(value.categories) ? value.categories : []) {
    if (!isObject(category) || typeof category.name !== 'string') continue;
    const key = id(category);
    if (key) names.categories[key] = category.name;
  }
  return names;
}

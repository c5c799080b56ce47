import type { InlineTag } from '../../model/Unit';
import { PLACEHOLDER_BASE, PLACEHOLDER_MAX, placeholderChar } from './placeholderChars';

/**
 * Allocates placeholder characters for one unit. The same key (element + kind + id, plus the
 * occurrence number) on the source and target side gets the same character, so the `tags`
 * check can compare them.
 */
export class TagTable {
  readonly tags: InlineTag[] = [];
  private readonly byKey = new Map<string, InlineTag>();
  private seen = new Map<string, number>();

  /** Start a new side (source, then target): occurrence counting restarts. */
  side(): void {
    this.seen = new Map();
  }

  /** Placeholder for a tag; `key` identifies it across sides. Returns '' when the unit has too many tags. */
  use(key: string, tag: Omit<InlineTag, 'id'>): string {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    const fullKey = `${key}#${n}`;
    const known = this.byKey.get(fullKey);
    if (known) return known.id;
    if (PLACEHOLDER_BASE + this.tags.length > PLACEHOLDER_MAX) return '';
    const t: InlineTag = { id: placeholderChar(this.tags.length), ...tag };
    this.tags.push(t);
    this.byKey.set(fullKey, t);
    return t.id;
  }

  /** The tags whose placeholder occurs in one of the texts, in table order. */
  usedIn(...texts: string[]): InlineTag[] {
    return this.tags.filter((t) => texts.some((s) => s.includes(t.id)));
  }
}

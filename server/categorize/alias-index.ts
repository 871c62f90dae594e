// The seller dictionary's alias trie, frozen into flat arrays once it is built. No `import "server-only"`: the tsx
// scripts import the dictionary.
//
// Why: walking the trie was a third of the time categorization takes (issue 15). Each step was a Map probe, and in
// a Map of tens of thousands of strings a probe is a chain of cache misses: the table, the bucket, the entry, the
// key string it compares, then the node. Here a step reads one slot of a typed array (its hash, child and parent side
// by side) and the child's token from one packed array of char codes; what the node holds is the caller's, by id,
// and the slot says whether there is anything to read. The answers are the trie's own: a slot counts only when its
// parent and its whole token match, so a hash collision costs one more comparison, never a wrong seller.

export type AliasIndex = {
  /**
   * Open addressing, linear probing, four ints a slot: the edge's hash, the child's id + 1 (0: an empty slot), the
   * parent's id, and the child's token's offset in `chars` times 32 plus the child's flags (see FLAG_BITS).
   */
  readonly slots: Int32Array;
  /** Slot count - 1 (a power of two, at least twice the edges, so most probes read one slot). */
  readonly mask: number;
  /** Every node's token as its length, then its UTF-16 char codes. */
  readonly chars: Uint16Array;
};

/** Each node carries five bits of flags for the caller (what it holds), returned with its id by findChild. */
export const FLAG_BITS = 5;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** The root's id: matchAlias looks the first token up as one of its children. */
export const ROOT = 0;

/** FNV-1a over the token's UTF-16 code units; `from` continues a hash, so two tokens hash as if joined. */
export function tokenHash(token: string, from = 0x811c9dc5 | 0): number {
  let hash = from;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return hash;
}

/** One hash for (parent, token): the same token under another parent lands elsewhere. */
function edgeHash(parent: number, hash: number): number {
  const mixed = Math.imul(hash ^ Math.imul(parent + 1, 0x9e3779b1), 0x85ebca6b);
  return mixed ^ (mixed >>> 13);
}

/**
 * Builds the index over nodes numbered by position (0 is the root, which stands for no token): `tokens[id]` is a
 * node's token, `parents[id]` its parent's id and `flags[id]` its flags (below 1 << FLAG_BITS).
 */
export function buildAliasIndex(
  tokens: readonly string[],
  parents: readonly number[],
  flags: readonly number[],
): AliasIndex {
  let size = 16;
  while (size < tokens.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 4);
  let charCount = 0;
  for (let id = 1; id < tokens.length; id++) charCount += tokens[id]!.length + 1;
  const chars = new Uint16Array(charCount);
  let offset = 0;
  for (let id = 1; id < tokens.length; id++) {
    const token = tokens[id]!;
    // A token longer than a Uint16 can count is not a bank's word; refuse it rather than index it wrongly.
    if (token.length > 0xffff) throw new Error(`alias token of ${token.length} characters`);
    if (offset > 0x7fffffff >> FLAG_BITS) throw new Error("alias index text too long for its offsets");
    chars[offset] = token.length;
    for (let i = 0; i < token.length; i++) chars[offset + 1 + i] = token.charCodeAt(i);
    const parent = parents[id]!;
    const edge = edgeHash(parent, tokenHash(token));
    let slot = edge & mask;
    while (slots[slot * 4 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 4] = edge;
    slots[slot * 4 + 1] = id + 1;
    slots[slot * 4 + 2] = parent;
    slots[slot * 4 + 3] = offset * (FLAG_MASK + 1) + (flags[id]! & FLAG_MASK);
    offset += token.length + 1;
  }
  return { slots, mask, chars };
}

/**
 * The child of `parent` whose token is `first` followed by `second` ("" for a single token), given that text's
 * hash: its id times 16 plus its flags (see childId, childFlags); -1 when there is none.
 */
export function findChild(
  index: AliasIndex,
  parent: number,
  hash: number,
  first: string,
  second: string,
): number {
  const { slots, mask, chars } = index;
  const edge = edgeHash(parent, hash);
  const length = first.length + second.length;
  for (let slot = edge & mask; ; slot = (slot + 1) & mask) {
    const at = slot * 4;
    const child = slots[at + 1]!;
    if (child === 0) return -1;
    if (slots[at] !== edge || slots[at + 2] !== parent) continue;
    const packed = slots[at + 3]!;
    const offset = packed >> FLAG_BITS;
    if (chars[offset] === length && sameText(chars, offset + 1, first, second))
      return (child - 1) * (FLAG_MASK + 1) + (packed & FLAG_MASK);
  }
}

export function childId(found: number): number {
  return found >> FLAG_BITS;
}

export function childFlags(found: number): number {
  return found & FLAG_MASK;
}

/** Whether chars from `at` are `first` then `second` (the length is already known to match). */
function sameText(chars: Uint16Array, at: number, first: string, second: string): boolean {
  for (let i = 0; i < first.length; i++) if (chars[at + i] !== first.charCodeAt(i)) return false;
  const rest = at + first.length;
  for (let i = 0; i < second.length; i++) if (chars[rest + i] !== second.charCodeAt(i)) return false;
  return true;
}

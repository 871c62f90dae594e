// The seller dictionary's alias trie, frozen into flat arrays once it is built. No `import "server-only"`: the tsx
// scripts import the dictionary.
//
// Why: walking the trie was a third of the time categorization takes (issue 15). Each step was a Map probe, and in
// a Map of tens of thousands of strings a probe is a chain of cache misses: the table, the bucket, the entry, the
// key string it compares, then the node. Here a node is one record in a typed array (its token's char codes, its
// flags and its children's hashes beside them), and a step reads the child's hash in the record the walk stands on
// and then the child's record, which the next step reads anyway; what the node holds is the caller's, by id, and
// the flags say whether there is anything to read. The answers are the trie's own: a child counts only when its whole
// token matches (and, in the hash table, its parent), so a hash collision costs one more comparison, never a wrong
// seller.

export type AliasIndex = {
  /**
   * Every node's record, in node order (depth first, so a spelling's nodes follow each other): RECORD_HEADER
   * fields (the token's length, the node's flags, its id and its parent's id as two halves each, how many of its
   * children are listed inline), the token's UTF-16 char codes, then up to MAX_INLINE children as four fields each
   * (the child token's hash and the child's record offset, as two halves each).
   */
  readonly records: Uint16Array;
  /**
   * The children of nodes with more than MAX_INLINE of them (the root, a chain with many spellings): open addressing,
   * linear probing, two ints a slot: the edge's hash and the child's record offset + 1 (0: an empty slot).
   */
  readonly slots: Int32Array;
  /** Slot count - 1 (a power of two, at least twice the edges, so most probes read one slot). */
  readonly mask: number;
};

/**
 * Why records: most nodes have a few children. Listing them in the parent's record, next to the parent's token that
 * the walk has just compared, makes a step down a spelling read memory already loaded (the first child's record
 * follows its parent's), where a probe of one large hash table per step was a cache miss each. Only nodes with many
 * children (the root above all) keep a hash table, and it is smaller for holding only their edges.
 */
const MAX_INLINE = 8;
const RECORD_HEADER = 7;
const LENGTH = 0;
const FLAGS = 1;
const ID = 2;
const PARENT = 4;
const INLINE = 6;
const KID_FIELDS = 4;

/** Each node carries five bits of flags for the caller (what it holds), returned with it by findChild. */
export const FLAG_BITS = 5;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** The root's findChild answer: its record comes first. matchAlias looks the first token up as one of its children. */
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
  const count = tokens.length;
  const kids: number[][] = Array.from({ length: count }, () => []);
  for (let id = 1; id < count; id++) kids[parents[id]!]!.push(id);
  const offsets = new Int32Array(count);
  let size = 0;
  let tableEdges = 0;
  for (let id = 0; id < count; id++) {
    const token = tokens[id]!;
    // A token longer than a Uint16 can count is not a bank's word; refuse it rather than index it wrongly.
    if (token.length > 0xffff) throw new Error(`alias token of ${token.length} characters`);
    if (size > 0x7fffffff >> FLAG_BITS) throw new Error("alias index text too long for its offsets");
    offsets[id] = size;
    const kidCount = kids[id]!.length;
    if (kidCount > MAX_INLINE) tableEdges += kidCount;
    size += RECORD_HEADER + token.length + (kidCount > MAX_INLINE ? 0 : kidCount * KID_FIELDS);
  }
  const records = new Uint16Array(size);
  let tableSize = 16;
  while (tableSize < tableEdges * 2) tableSize *= 2;
  const mask = tableSize - 1;
  const slots = new Int32Array(tableSize * 2);
  for (let id = 0; id < count; id++) {
    const token = tokens[id]!;
    const at = offsets[id]!;
    const parent = id === 0 ? 0 : parents[id]!;
    records[at + LENGTH] = token.length;
    records[at + FLAGS] = id === 0 ? 0 : flags[id]! & FLAG_MASK;
    records[at + ID] = id & 0xffff;
    records[at + ID + 1] = id >>> 16;
    records[at + PARENT] = parent & 0xffff;
    records[at + PARENT + 1] = parent >>> 16;
    for (let i = 0; i < token.length; i++) records[at + RECORD_HEADER + i] = token.charCodeAt(i);
    const children = kids[id]!;
    if (children.length > MAX_INLINE) {
      for (const child of children) {
        const edge = edgeHash(id, tokenHash(tokens[child]!));
        let slot = edge & mask;
        while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
        slots[slot * 2] = edge;
        slots[slot * 2 + 1] = offsets[child]! + 1;
      }
      continue;
    }
    records[at + INLINE] = children.length;
    let kid = at + RECORD_HEADER + token.length;
    for (const child of children) {
      const hash = tokenHash(tokens[child]!);
      records[kid] = hash & 0xffff;
      records[kid + 1] = hash >>> 16;
      records[kid + 2] = offsets[child]! & 0xffff;
      records[kid + 3] = offsets[child]! >>> 16;
      kid += KID_FIELDS;
    }
  }
  return { records, slots, mask };
}

/**
 * The child of the node `parent` (a findChild answer, or ROOT) whose token is `first` followed by `second` ("" for
 * a single token), given that text's hash: the child's answer (its record and flags, see childId and childFlags), or
 * -1 when there is none.
 */
export function findChild(
  index: AliasIndex,
  parent: number,
  hash: number,
  first: string,
  second: string,
): number {
  const { records } = index;
  const at = parent >> FLAG_BITS;
  const length = first.length + second.length;
  const inline = records[at + INLINE]!;
  if (inline > 0) {
    // The common case: the children listed in the parent's record, read where the walk already is.
    const low = hash & 0xffff;
    const high = hash >>> 16;
    const end = at + RECORD_HEADER + records[at + LENGTH]! + inline * KID_FIELDS;
    for (let kid = at + RECORD_HEADER + records[at + LENGTH]!; kid < end; kid += KID_FIELDS) {
      if (records[kid] !== low || records[kid + 1] !== high) continue;
      const child = records[kid + 2]! | (records[kid + 3]! << 16);
      if (records[child + LENGTH] === length && sameText(records, child + RECORD_HEADER, first, second))
        return child * (FLAG_MASK + 1) + records[child + FLAGS]!;
    }
    return -1;
  }
  return findInTable(index, at, hash, first, second);
}

/** findChild for a parent whose children are in the hash table: kept apart so the common path above stays small. */
function findInTable(index: AliasIndex, at: number, hash: number, first: string, second: string): number {
  const { records, slots, mask } = index;
  const length = first.length + second.length;
  const parentId = records[at + ID]! | (records[at + ID + 1]! << 16);
  const edge = edgeHash(parentId, hash);
  for (let slot = edge & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[slot * 2 + 1]!;
    if (stored === 0) return -1;
    if (slots[slot * 2] !== edge) continue;
    const child = stored - 1;
    if (
      records[child + LENGTH] === length &&
      (records[child + PARENT]! | (records[child + PARENT + 1]! << 16)) === parentId &&
      sameText(records, child + RECORD_HEADER, first, second)
    )
      return child * (FLAG_MASK + 1) + records[child + FLAGS]!;
  }
}

/** The node id of a findChild answer: what the caller's own tables are indexed by. */
export function childId(index: AliasIndex, found: number): number {
  const at = found >> FLAG_BITS;
  return index.records[at + ID]! | (index.records[at + ID + 1]! << 16);
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

/**
 * The one child of `parent` (a findChild answer, not ROOT) whose token starts with `start` and is longer by 1 to
 * `maxMore` characters: its findChild answer, or -1 when none or several are. For a word a fixed-width field cut
 * short (see cutSpelling in dictionary.ts), a rare reading: it scans the parent's subtree, which follows the
 * parent's record in node order (depth first, so a later node is in the subtree while its own parent's id is not
 * below the parent's), rather than keeping a second index.
 */
export function childStartingWith(index: AliasIndex, parent: number, start: string, maxMore: number): number {
  const { records } = index;
  const at = parent >> FLAG_BITS;
  const parentId = records[at + ID]! | (records[at + ID + 1]! << 16);
  let found = -1;
  for (let next = recordEnd(records, at); next < records.length; next = recordEnd(records, next)) {
    const owner = records[next + PARENT]! | (records[next + PARENT + 1]! << 16);
    if (owner < parentId) break;
    if (owner !== parentId) continue;
    const length = records[next + LENGTH]!;
    if (length <= start.length || length > start.length + maxMore) continue;
    if (!sameText(records, next + RECORD_HEADER, start, "")) continue;
    if (found >= 0) return -1;
    found = next * (FLAG_MASK + 1) + records[next + FLAGS]!;
  }
  return found;
}

/** Where the record after the one at `at` starts. */
function recordEnd(records: Uint16Array, at: number): number {
  return at + RECORD_HEADER + records[at + LENGTH]! + records[at + INLINE]! * KID_FIELDS;
}

/** The only child of `parent` (a findChild answer) as a findChild answer, or -1 when it has none or several. */
export function onlyChild(index: AliasIndex, parent: number): number {
  const { records } = index;
  const at = parent >> FLAG_BITS;
  if (records[at + INLINE] !== 1) return -1;
  const kid = at + RECORD_HEADER + records[at + LENGTH]!;
  const child = records[kid + 2]! | (records[kid + 3]! << 16);
  return child * (FLAG_MASK + 1) + records[child + FLAGS]!;
}

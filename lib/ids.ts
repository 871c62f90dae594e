import { v7 } from "uuid";

/**
 * A new row id made in the app, for rows whose id must be known before they are inserted (a connection's id is
 * its password ciphertext's context; an upload's sync id names its stored file). Time-ordered (UUID version 7)
 * like the database's own uuidv7() default, so these rows too append to the right edge of their indexes.
 */
export const newId = (): string => v7();

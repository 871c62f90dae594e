import "server-only";
import { z } from "zod";

/** A currency as the API takes it: a three-letter ISO 4217 code, any case ("eur" → "EUR"). */
export const currencyParam = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "must be a three-letter currency code like USD")
  .transform((code) => code.toUpperCase());

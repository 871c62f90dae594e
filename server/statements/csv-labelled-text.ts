import "server-only";

import { foldWord } from "@/server/statements/months";

// Some banks write a row's details as "Label: value" cells in columns without names, and put the kind of
// payment where the description would be. PKO BP: "Rachunek odbiorcy: 37 1140 …", "Nazwa odbiorcy: FILIP",
// "Tytuł: CZYNSZ", and for a card payment "Lokalizacja: Adres: STARBUCKS WARSZAWA Miasto: WARSZAWA Kraj: POLSKA".
// The counterparty is the value of the label that names it; the whole text stays as the memo.

// Labels, folded, whose value names the other party: the payee and the payer (Polish), a card payment's place.
const NAME_LABELS = new Set(["nazwa odbiorcy", "nazwa nadawcy", "nazwa kontrahenta", "lokalizacja"]);

// A label opens the text or follows a comma (the cells were joined with commas): words, then a colon.
const LABEL = /(?:^|,)\s*'?(\p{L}[\p{L} .]{1,40}?)\s*:\s*/gu;

/** The other party's name from "Label: value" text, or null when no label names it. */
export function nameFromLabels(text: string): string | null {
  const labels = [...text.matchAll(LABEL)];
  for (let k = 0; k < labels.length; k++) {
    const match = labels[k]!;
    const label = foldWord(match[1]!.trim().toLowerCase()).replace(/\s+/g, " ");
    if (!NAME_LABELS.has(label)) continue;
    const end = labels[k + 1]?.index ?? text.length;
    let value = text.slice(match.index! + match[0].length, end).trim();
    // "Lokalizacja: Adres: STARBUCKS WARSZAWA Miasto: WARSZAWA Kraj: POLSKA": the place's name is its address
    // line, before the town and the country.
    if (label === "lokalizacja") {
      value = value
        .replace(/^adres\s*:\s*/i, "")
        .replace(/\s+miasto\s*:.*$/i, "")
        .trim();
    }
    if (value !== "") return value;
  }
  return null;
}

/**
 * A card terminal's name and address as the card networks send them, separated by backslashes (SEB Estonia:
 * "RIMI ISETEEN\TAMMSAARE TEE 104A   \TALLINN   \12918  ESTEST"): the name, or null
 * when the text has no such address after it.
 */
export function nameBeforeAddress(text: string): string | null {
  const [name = "", ...rest] = text.split("\\");
  if (rest.length === 0 || rest.every((part) => part.trim() === "")) return null;
  const trimmed = name.replace(/\s+/g, " ").trim();
  return trimmed.length >= 3 ? trimmed : null;
}

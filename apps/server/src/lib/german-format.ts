// Dates and times as German documents show them, in Berlin time.

/** "2026-11-22" -> "22.11.2026" */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

const berlinDateTime = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment as Berlin wall-clock time: "22.11.2026 20:29". */
export function germanDateTime(date: Date): string {
  const p = Object.fromEntries(berlinDateTime.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

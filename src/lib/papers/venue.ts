/** "ICLR 2024", "Preprint, 2025", "Neural Networks · 2020": the year is added only when the venue lacks it. */
export function venueLine(venue: string, year: number): string {
  if (/^preprint$/i.test(venue.trim())) return `Preprint, ${year}`;
  return venue.includes(String(year)) ? venue : `${venue} · ${year}`;
}

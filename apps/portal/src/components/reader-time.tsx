/**
 * A stored instant as words in the reader's locale, in UTC (the server cannot see the reader's
 * time zone), with the exact instant kept in `datetime`.
 */
export function ReaderTime({ iso, locale, short = false }: { iso: string; locale: string; short?: boolean }) {
  const text = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: short ? "short" : "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}

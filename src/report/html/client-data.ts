// The data block the page hands its script (<script type="application/json" id="sanad-data">):
// what the charts draw and the dialog needs. Shared by page.ts and client/ (types only, so the
// browser bundle stays free of Node code).

/** article index, start, end (UTF-16 offsets into the article text), role */
export interface ClientRef {
  a: number;
  s: number;
  e: number;
  r?: string;
}

export interface ClientName {
  ar: string;
  en?: string;
  translit?: string;
}

export interface ClientData {
  articles: { label: ClientName; id: string }[];
  timeline: { date: string; label: string; event?: string; article?: number; refs: ClientRef[] }[];
  map?: {
    bounds: [number, number, number, number];
    geojson: unknown;
    places: { name: ClientName; lat: number; lon: number; count: number; refs: ClientRef[] }[];
    countries: { code: string; name: ClientName; count: number; refs: ClientRef[] }[];
  };
  labels: Record<string, { ar: string; en: string }>;
}

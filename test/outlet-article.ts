/**
 * An invented article (no real company, person or outlet) that cites a listed wire ("Reuters reported") and an
 * outlet known only by how it is cited ("the business daily Kestrel Times reported", "told the Kestrel Times"):
 * the extractor makes both companies, a named outlet being an organization too. Graph and API tests use it to
 * check that every read following CITES, VIA or SUPPORTS still reaches them.
 */
export const OUTLET_ARTICLE = {
  uri: 'invented/norrvik-cars.txt',
  text: `Norrvik Cars to cut 1,200 jobs

Norrvik Cars will cut 1,200 jobs at its plant in Gothenburg, Reuters reported on Tuesday. The cuts will cost 1,200 jobs by the end of the year, the business daily Kestrel Times reported.

Lena Hallberg, the chief executive of Norrvik Cars, told the Kestrel Times that she was willing to cut more.
`,
  outlet: 'company:kestrel-times',
  wire: 'company:reuters',
  speaker: 'person:lena-hallberg',
  event: 'event:layoff-norrvik-cars-1200',
} as const;

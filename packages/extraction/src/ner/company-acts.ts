/**
 * What only a business does, written right after its name (a date may stand between: "X in July 2019 sacked 575
 * workers"): "X has itself shed thousands of jobs", "X retrenched 300 staff", "X discharged 200 employees" (every
 * verb of cutting staff: discharge, terminate, furlough, trim, downsize, reduce; "let go of", "made … redundant"), "X plans to retrench 800 workers", "X followed with
 * 3,000 job cuts", "X split into two companies", "X took a $9bn writedown", "X reported a net loss". Read after
 * people are set aside, it lets a name of several words that no cue introduced act as a company ("Virgin Atlantic
 * followed …"); speech verbs are left out, since people say things too.
 */
const COMPANY_ACT_RE = new RegExp(
  // "X in July 2019 sacked 575 workers", "X last week retrenched 300 staff": a date between the name and its act.
  String.raw`(?:\s+(?:in|on|last|this|earlier\s+this)\s+(?:(?:early|late|mid)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|week|month|year|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?,?)?` +
    String.raw`(?:,?\s+(?:which|that))?\s+(?:(?:has|have|had|will|would|is|was|also|itself|themselves|already|then|later|recently|reportedly|previously|plans\s+to|planned\s+to|agreed\s+to|is\s+to|went\s+on\s+to|(?:wants|wanted|intends|intended|aims|aimed|seeks|sought)\s+to)\s+){0,3}` +
    '(?:' +
    [
      String.raw`(?:cut|cuts|cutting|shed|sheds|shedding|eliminated|eliminates|slashed|slashes|axed|axes|sacked|sacks|retrenched|retrenches|retrench|dismissed|dismisses|dismiss|disengaged|disengages|fired|sack|axe|slash|eliminate|discharged|discharges|discharge|terminated|terminates|terminate|furloughed|furloughs|furlough|trimmed|trims|trim|downsized|downsizes|downsize|reduced|reduces|reduce)\s+(?:[\w,.%$-]+\s+){0,4}?(?:jobs|roles|positions|posts|staff|employees|workers|workforce|headcount|people)`,
      // "X let go (of) 350 people", "X made 200 workers redundant".
      String.raw`(?:let|lets)\s+go\s+(?:of\s+)?(?:[\w,.%$-]+\s+){0,4}?(?:staff|employees|workers|people)`,
      String.raw`(?:made|makes|make)\s+(?:[\w,.%$-]+\s+){0,4}?(?:staff|employees|workers|people|positions|roles)\s+redundant`,
      String.raw`(?:laid|lays|laying|lay)\s+off`,
      String.raw`(?:employs|employed|operates|operated|manufactures|makes|sold|sells|bought|buys|acquired|acquires|merged|merges|split|splits|closed|closes|shut|shuts|delisted|listed|demerged|exited|exits|divested|divests)\s+(?:its|their|a|an|the|two|three|into|with|down|off|\d)`,
      String.raw`followed\s+(?:suit|with)`,
      // "X went into voluntary administration", "X is in business rescue", "X filed for bankruptcy protection".
      String.raw`(?:went|goes|entered|enters|placed|put)\s+(?:itself\s+)?(?:into|in)\s+(?:voluntary\s+|judicial\s+|business\s+)?(?:administration|liquidation|receivership|rescue|recovery|insolvency|bankruptcy)`,
      String.raw`(?:is|was|remains)\s+(?:still\s+)?(?:in|under)\s+(?:voluntary\s+|judicial\s+|business\s+)?(?:administration|liquidation|receivership|rescue|recovery|insolvency|bankruptcy)`,
      String.raw`(?:filed|files)\s+for\s+(?:\w+\s+){0,2}?(?:bankruptcy|insolvency|administration|protection|recovery)`,
      // "X is controlled by Y", "X is majority-owned by Y".
      String.raw`(?:(?:majority|wholly|fully|partly|jointly)[- ])?(?:owned|controlled)\s+by`,
      // "A, B and C are among companies that …", "X is among the lenders hit".
      String.raw`(?:are|is|were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|groups|carmakers|automakers|lenders|banks|insurers|brands|rivals|players|manufacturers|makers|suppliers|retailers|airlines|carriers|operators|startups|employers)`,
      // "A and B have been cutting too", "with A, B and C building or planning factories".
      String.raw`(?:been\s+)?(?:cutting|shedding|closing|laying\s+off)\s+(?:[\w,.%$-]+\s+){0,3}?(?:too|jobs|staff|roles|workers|plants|factories|stores|branches|capacity)`,
      String.raw`(?:building|opening|planning|running|operating)\s+(?:or\s+[\w-]+\s+)?(?:[\w-]+\s+){0,2}?(?:factories|plants|stores|branches|mines|refineries|hubs)`,
      String.raw`(?:took|takes|booked|books|posted|posts|reported|reports)\s+(?:a|an)\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:writedown|write-down|charge|impairment|loss|profit|stake)`,
      String.raw`(?:reported|reports|posted|posts)\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:loss|losses|profit|profits|revenue|revenues|sales|earnings|results)`,
      // "X carried out more than 90 layoffs", "X executed 70 layoffs", "X applied 25 layoffs".
      String.raw`(?:carried\s+out|carries\s+out|executed|executes|implemented|implements|applied|applies)\s+(?:[\w,.%$-]+\s+){0,4}?(?:layoffs|lay-offs|redundancies|dismissals|retrenchments|job\s+cuts)`,
      // "X ceased operations in Norrby", "X halted its operations": a business stopping.
      String.raw`(?:ceased|ceases|halted|halts)\s+(?:its\s+|all\s+)?operations`,
      // "X manufactures steel valves for ships": a maker.
      String.raw`(?:manufactures|manufactured)\s+\w+`,
      // "X has released its annual results": only a business releases its own results.
      String.raw`(?:released|releases)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:results|earnings|accounts)`,
      // "X recently completed its $3 billion deal to buy Y", "X sealed its takeover of Y": a business closing a deal.
      String.raw`(?:completed|completes|finalised|finalized|finalises|finalizes|sealed|seals)\s+(?:its|their)\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:deal|acquisition|purchase|takeover|merger|buyout|sale|disposal|divestment)`,
      String.raw`(?:announced|announces|unveiled|unveils)\s+(?:[\w,.%$-]+\s+){0,4}?(?:cuts|layoffs|lay-offs|redundancies|dismissals?|retrenchments?|job\s+losses|restructuring|results|earnings)`,
      // "X South Africa has also announced plans to cut 474 jobs".
      String.raw`(?:announced|announces|unveiled|unveils)\s+(?:plans|a\s+plan|proposals)\s+to\s+(?:cut|close|shut|sell|shed|eliminate|reduce|lay\s+off|axe|slash|restructure|merge|split|fire|dismiss|retrench|sack|furlough)`,
    ].join('|') +
    String.raw`)\b`,
  'iuy',
);

/** First words that can follow a name in COMPANY_ACT_RE (a cheap gate on the next token). */
const ACT_LEADS = new Set(
  `which that in on last this earlier sacked sacks retrenched retrenches dismissed dismisses disengaged disengages fired
  retrench dismiss sack axe slash eliminate discharged discharges discharge terminated terminates terminate furloughed
  furloughs furlough trimmed trims trim downsized downsizes downsize reduced reduces reduce let lets made make
  has have had will would is was also itself themselves already then later recently reportedly previously plans planned
  agreed wants wanted intends intended aims aimed seeks sought went are were among been cutting shedding closing laying building opening planning running operating cut cuts cutting shed sheds shedding eliminated eliminates slashed slashes axed axes laid lays laying lay
  employs employed operates operated manufactures makes sold sells bought buys acquired acquires merged merges split
  splits closed closes shut shuts delisted listed demerged exited exits divested divests followed took takes booked
  books posted posts reported reports announced announces unveiled unveils released releases completed completes finalised
  finalized finalises finalizes sealed seals carried carries executed executes implemented implements applied
  applies ceased ceases halted halts goes entered enters placed put remains filed
  files owned controlled majority wholly fully partly jointly`
    .trim()
    .split(/\s+/),
);

/** A name's last word that makes it a plan, a scheme or a law, never an employer. */
const PLAN_LAST_WORD_RE =
  /\b(?:Plan|Plans|Programme|Program|Scheme|Strategy|Project|Initiative|Review|Policy|Act|Law|Bill)$/u;

/** True when the words right after `end` (the next token `next`) tell of a business acting (see COMPANY_ACT_RE). */
export function actsAsCompany(text: string, end: number, next: string): boolean {
  if (!ACT_LEADS.has(next.toLowerCase())) return false;
  // "Kestrel's Renewal Plan seeks to shrink staff numbers": a plan, a scheme or a law acts through a company.
  if (PLAN_LAST_WORD_RE.test(text.slice(Math.max(0, end - 12), end))) return false;
  COMPANY_ACT_RE.lastIndex = end;
  return COMPANY_ACT_RE.test(text);
}

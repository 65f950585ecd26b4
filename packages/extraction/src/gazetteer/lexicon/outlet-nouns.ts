/**
 * Outlet nouns that are hardly ever a surname: a name ending in one ("Bloomberg Línea", "Kora Daily") is a
 * publication, not a person.
 */
export const OUTLET_ONLY_HEADS: ReadonlySet<string> = new Set(
  `Times Journal Herald Tribune Tribuna Gazette Gazeta Gazzetta Chronicle Daily Telegraph Telegraaf Inquirer Dispatch
  Bulletin Magazine Weekly Agency Agence Agenzia Agencia Zeitung Nachrichten Tageblatt Rundschau Anzeiger Diario
  Periódico Periodico Jornal Corriere Giornale Noticias Nieuws Nyheter Dagblad Dagbladet Shimbun Ilbo Sanomat Tidning
  Tidningen Posten Avisen Línea Linea Courant News`.split(/\s+/),
);

/**
 * Words that open the names of business papers and never a person's given name: "Business Day", "Financial
 * Mail", "Economic Times", "Daily Maverick" are publications, whatever word ends them.
 */
export const OUTLET_OPENING_WORDS: ReadonlySet<string> = new Set('Business Financial Economic Daily'.split(' '));

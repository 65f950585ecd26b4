/**
 * Words news uses to introduce or describe an organization. Generic language: industry and business nouns,
 * never a company's name. Lower-case forms are matched as written (singular and plural listed).
 */
const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Nouns that describe a company ("supplier Schaeffler", "Hallberg, the German engineering group",
 * "rivals such as …"). A capitalised name right after one, or an apposition ending in one, is an organization.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = words(`
  company companies firm firms group groups conglomerate conglomerates corporation corporations business businesses
  enterprise enterprises multinational multinationals giant giants major majors heavyweight titan titans behemoth
  maker makers manufacturer manufacturers producer producers supplier suppliers vendor vendors provider providers
  carmaker carmakers automaker automakers automobile truckmaker truckmakers planemaker planemakers shipbuilder shipbuilders
  chipmaker chipmakers drugmaker drugmakers pharma steelmaker steelmakers brewer brewers distiller distillers
  winemaker miner miners refiner refiners driller drillers retailer retailers grocer grocers supermarket supermarkets
  e-tailer wholesaler wholesalers distributor distributors importer exporter exporters trader traders
  lender lenders bank banks banker insurer insurers reinsurer reinsurers broker brokers brokerage brokerages
  bancassurer asset-manager fintech fintechs neobank neobanks
  airline airlines carrier carriers operator operators shipper shippers railway railways logistics freight forwarder
  telco telcos telecom telecoms broadcaster broadcasters publisher publishers newspaper studio studios developer developers
  startup startups start-up start-ups unicorn unicorns platform platforms marketplace app apps
  utility utilities consultancy consultancies contractor contractors builder builders developer homebuilder homebuilders
  outsourcer outsourcers integrator chain chains franchise restaurateur hotelier hoteliers caterer
  line lines service network
  rival rivals competitor competitors peer peers challenger partner partners player players
  investor investors shareholder shareholders owner owners parent acquirer acquirers buyer buyers bidder bidders
  suitor suitors fund funds handler handlers lessor lessors activist activists
  auditor auditors adviser advisers advisor advisors consultant agency agencies institute institutes think-tank
  edtech fintech biotech medtech agritech proptech insurtech
  generator generators bottler bottlers processor processors dealer dealers explorer explorers assembler assemblers
  shipowner shipowners chaebol chaebols keiretsu cooperative cooperatives co-operative jeweller jewellers jeweler jewelers house houses
`);

/**
 * Nouns for a part of a company: "its regional arm SilkAir", "Kestrel, the unit behind …"; the words outlets
 * writing English from French, Spanish or German keep ("its cable filial", "the wind Sparte"); a media group's
 * channels and stations (not newspapers or magazines: those are more often the outlet an article cites); "its
 * Canadian operation, Kestrel Canada".
 */
export const UNIT_NOUNS: ReadonlySet<string> = words(`
  unit units division divisions subsidiary subsidiaries arm arms business businesses segment segments brand brands
  label labels studio studios affiliate affiliates offshoot spin-off spinoff venture subsidiary
  filial filiale filiales filialen Sparte Sparten
  channel channels station stations
  operation
`);

/**
 * The goods a maker is named for, ending its name ("Kora Equipment", "Marlo Pumps", "Hallberg Engines"): plurals no
 * surname takes (not "Banks", "Mills", "Gates"), so a given name before one opens a company's name, not a person's.
 */
const GOODS_HEAD_WORDS = `
  Pumps Engines Turbines Compressors Valves Bearings Cables Tools Machines Machinery Equipment Components Batteries
  Vehicles Tractors Trailers Motorcycles Bicycles Boats Yachts Shoes Footwear Garments Fabrics Tiles Paints Coatings
  Fibres Fibers Polymers Biscuits Snacks Confectionery Seeds Feeds Castings Forgings Fasteners Pipes Tubes`;

/**
 * Capitalised words that make a name an organization when they end it ("Qatar Airways", "Norrvik Motors",
 * "Hallberg Engineering"). A person's name never ends so.
 */
export const ORG_HEAD_WORDS: ReadonlySet<string> = words(`
  Air Airways Airlines Airline Aviation Aerospace Motors Motor Automotive Automobiles Cars Trucks
  Bank Banc Bancorp Bankshares Capital Partners Ventures Investments Securities Financial Insurance
  Assurance Holdings Holding Group Groupe Sons Brothers Industries Industrial Enterprises Corporation Company Companies
  Steel Metals Mining Minerals Resources Energy Petroleum Oil Gas Chemicals Chemical Cement
  Pharmaceuticals Pharmaceutical Pharma Therapeutics Biosciences Biotech Healthcare Labs Laboratories
  Telecom Telecommunications Communications Networks Wireless Broadband Media Entertainment Studios Games
  Publishing Pictures Records Broadcasting Television Radio
  Electronics Electric Semiconductor Semiconductors Technologies Systems Software Robotics
  Logistics Shipping Lines Freight Express Railways Rail
  Foods Beverages Brewery Breweries Brewing Distillers Supermarkets
  Properties Realty Hotels Resorts
  Management Advisors Textiles Apparel Cosmetics Ratings Equities Brokers Broking Research Analytics Advisory
  Global Worldwide Brands Engineering Construction Manufacturing Appliances Ports Terminals Airports
  Foundation Stiftung Trust Dairy Dairies Fisheries Plantations Agribusiness Fertilizers Fertilisers Tobacco
  Learning Education Academy Solutions Consulting Consultancy Retail Retailers Stores Hospitals Clinics
  Diagnostics Devices Instruments Materials Packaging Plastics Tyres Tires Utilities Infrastructure Transport
  Transportation Offshore Drilling Dairy Fashion Furniture Gaming Hospitality Equity Investors International
  Consortium Investment
  Platinum Coal Ore Diamonds Copper Zinc Nickel Uranium Lithium Aluminium Aluminum Bauxite Phosphates Potash
  ${GOODS_HEAD_WORDS}
`);

/** Descriptor nouns that describe a person as readily as a firm: they prove no company against a given name. */
export const PERSON_OR_FIRM_NOUNS: ReadonlySet<string> = words(`
  investor investors activist activists shareholder shareholders owner owners shipowner shipowners partner partners
  adviser advisers advisor advisors consultant trader traders dealer developer banker broker
`);

/** Capitalised words that start an organization's name ("Air China", "Banco Norte", "Deutsche Norrvik"). */
export const ORG_PREFIX_WORDS: ReadonlySet<string> = words(`
  Air Banco Banca Banque Banc Bank Grupo Groupe Gruppo Compagnie Telecom Royal Koninklijke
  Grupa Grupul Skupina Kompania Koncern Sindicato Sindacato Syndicat Sindicatul
  Associação Asociación Associazione Federação Federación Federazione Confederação Confederación Confederazione
  Caixa Caja Companhia Compañía Compania Empresa Empresas Sociedad Sociedade Société Societe Società Societa
  Fundação Fundación Fondation Fondazione Stichting Aerolíneas Aerolineas Linhas Industria Industrias Indústrias Industrie Cementos
  Construtora Constructora Petróleos Laboratorios Laboratoires Editora Editorial Rede Rádio Radiotelevisión
  Sistemas Servicios Soluciones Construcciones Inversiones Productos Alimentos Transportes Siderúrgica Siderurgica
  Siderúrgicas Metalúrgica Metalurgica Metalúrgicas Petroquímica Petroquimica Química Quimica Cerâmica Ceramica
  Cerámica Azucarera Papelera Cementera Naviera Minera Mineração Mineracao Distribuidora Comercializadora
  Transportadora Aseguradora Financiera Inmobiliaria Imobiliária
  Assicurazioni Seguros Almacenes Supermercados Cervecería Cervejaria
`);

/**
 * Lower-case words inside an organization's name after a word of ORG_PREFIX_WORDS ("Banco do Sertão", "Compagnie
 * de Vellane", "Caixa Geral de Depósitos").
 */
export const NAME_PARTICLES: ReadonlySet<string> = words(
  'de do da dos das del della dei degli delle di du des la le y e et',
);

/**
 * Words before "of" inside a name: "Bank of Montreal", "Central Bank of Nigeria", "Manufacturers Association of …",
 * "Port of Norrvik" (a port's operating body, capitalised; "the port of Norrvik" is the place).
 */
export const OF_HEADS: ReadonlySet<string> = words(`
  Bank Association Federation Chamber Council Institute Ministry Department Authority Commission Corporation Company
  Group Bureau Board Union Organisation Organization Society Confederation Agency Office Exchange Fund Port
`);

/**
 * Nouns after "X's" that only an organization has: "Nissan's shares", "Hallberg's workforce", "Norrvik's board", and
 * the deals a business makes ("Orvik Towers' major tower purchase", "Kestrel's takeover of Vessla"; not "sale" or
 * "bid", which a town or a person has as readily). Up to two lower-case words may stand between ("Nissan's global
 * workforce"); a place's possessive stays a place's ("Norway's purchase of …").
 */
export const ORG_POSSESSIONS: ReadonlySet<string> = words(`
  shares stock stocks share workforce headcount staff employees workers employee board boardroom shareholders
  investors headquarters plants plant factories factory subsidiaries subsidiary units unit division divisions brands brand
  arm arms segment segments affiliate affiliates
  operations profit profits revenue revenues earnings sales results turnover margins balance market stake stakes
  customers clients stores branches outlets fleet routes network restructuring turnaround layoffs cuts job jobs
  chief ceo cfo coo chairman chairwoman chair president founder management executives executive spokesperson
  spokesman spokeswoman parent owner rival rivals auditor auditors lenders creditors bonds debt valuation
  biggest largest main core listing analysts economists strategists team analyst economist strategist officer secretary
  acquisition acquisitions purchase takeover buyout merger
`);

/** Verbs (and auxiliaries) after a subject that acts like a company: weak evidence, used only with other checks. */
export const SUBJECT_VERBS: ReadonlySet<string> = words(`
  said says announced announces reported reports posted posts plans planned expects expected will would has had is was
  have are were both
  cut cuts cutting agreed confirmed declined employs employed laid lays sold sells bought buys acquired acquires
  makes made operates operated runs ran launched launches warned warns raised raises lowered lowers shed sheds
  eliminated eliminates disclosed discloses told tells issued issues filed files closed closes opened opens
  reckoned graded pencilled penciled flagged calculated estimated rated rates affirmed downgraded upgraded
  took takes put puts saw argued trimmed trims split splits merged merges shut shuts exited exits
  scrapped scraps suspended suspends halted halts reduced reduces hired hires invested invests signed signs
  completed completes owns owned controls controlled forecast forecasts booked books noted
`);

/**
 * Last words of state bodies and regulators business news names as organizations ("Competition and Markets
 * Authority", "Federal Network Agency", "Ministry of Finance", "Warsaw Stock Exchange"): a name of two words or more
 * ending so is an organization (typed Company), though never a company's short form or a person.
 */
export const STATE_BODY_WORDS: ReadonlySet<string> = words(`
  Authority Commission Agency Ministry Department Regulator Exchange Bureau Administration Directorate Inspectorate
`);

/** Words ending the names of public bodies, not companies ("Securities and Exchange Commission", "Central Bank"). */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = words(`
  Commission Authority Agency Ministry Department Office Council Court Parliament Congress Senate Reserve Bureau
  Administration Tribunal Police Army Government Regulator Exchange Directorate Inspectorate Cabinet Assembly Committee
  University College School Hospital Union Unions Party
`);

/** Capitalised abbreviations that are ordinary vocabulary, never a name alone ("AI", "HR", "EV", "FY"). */
export const COMMON_ACRONYMS: ReadonlySet<string> = words(`
  AI IT HR PR PC TV EV EVs GDP IPO ESG R&D M&A ATM SUV API KPI ROI FY CEO CFO COO CTO CIO CMO EBITDA EPS NGO NGOs
  US UK EU UN UAE USA U.S U.K U.N OK PM AM GMT UTC COVID Covid SaaS B2B B2C DIY VAT FMCG CPG OEM OEMs SME SMEs MNC MNCs MSME
  MSMEs BPO ERE EREs ERTE ERTEs
  Rs Rp RM Tk Ksh Sh
`);

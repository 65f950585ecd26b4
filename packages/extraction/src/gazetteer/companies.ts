/**
 * Well-known companies of the tech industry, by canonical name. Aliases are matched case-sensitively as whole
 * words (possessives allowed). Names that are also everyday words ("Block", "Square", "Indeed", "Target", "Unity")
 * are listed only in an unambiguous long form. `parent` names another entry of the gazetteer.
 */
export interface OrgEntry {
  name: string;
  aliases?: string[];
  parent?: string;
}

export const COMPANIES: OrgEntry[] = [
  { name: 'Amazon', aliases: ['Amazon.com', 'Amazon.com Inc', 'Amazon Inc'] },
  { name: 'Alphabet', aliases: ['Alphabet Inc'] },
  { name: 'Google', aliases: ['Google LLC'], parent: 'Alphabet' },
  { name: 'Meta', aliases: ['Meta Platforms', 'Meta Platforms Inc'] },
  { name: 'Microsoft', aliases: ['Microsoft Corp', 'Microsoft Corporation', 'MSFT'] },
  { name: 'Apple', aliases: ['Apple Inc'] },
  { name: 'Salesforce', aliases: ['Salesforce Inc', 'Salesforce.com'] },
  { name: 'Intel', aliases: ['Intel Corp', 'Intel Corporation'] },
  { name: 'Cisco', aliases: ['Cisco Systems', 'Cisco Systems Inc'] },
  { name: 'SAP', aliases: ['SAP SE'] },
  { name: 'IBM', aliases: ['International Business Machines', 'IBM Corp'] },
  { name: 'Oracle', aliases: ['Oracle Corp', 'Oracle Corporation'] },
  { name: 'Twitter', aliases: ['Twitter Inc', 'X Corp', 'X Corp.'] },
  { name: 'Netflix' }, { name: 'Nvidia', aliases: ['NVIDIA', 'Nvidia Corp'] },
  { name: 'AMD', aliases: ['Advanced Micro Devices'] }, { name: 'Qualcomm' }, { name: 'Broadcom' },
  { name: 'Dell', aliases: ['Dell Technologies'] }, { name: 'HP', aliases: ['HP Inc', 'Hewlett-Packard'] },
  { name: 'Hewlett Packard Enterprise', aliases: ['HPE'] }, { name: 'Lenovo' },
  { name: 'Samsung', aliases: ['Samsung Electronics'] }, { name: 'Sony' }, { name: 'Spotify' },
  { name: 'Snap', aliases: ['Snap Inc'] }, { name: 'Pinterest' }, { name: 'Tesla' }, { name: 'SpaceX' },
  { name: 'xAI' }, { name: 'OpenAI' }, { name: 'Anthropic' }, { name: 'Uber' }, { name: 'Lyft' }, { name: 'Airbnb' },
  { name: 'DoorDash' }, { name: 'Instacart' }, { name: 'Shopify' }, { name: 'Stripe' }, { name: 'PayPal' },
  { name: 'eBay' }, { name: 'Block Inc' }, { name: 'Coinbase' }, { name: 'Robinhood' },
  { name: 'Zoom', aliases: ['Zoom Video Communications', 'Zoom Communications'] }, { name: 'Dropbox' },
  { name: 'Twilio' }, { name: 'Workday' }, { name: 'ServiceNow' }, { name: 'Adobe' }, { name: 'Autodesk' },
  { name: 'Intuit' }, { name: 'Atlassian' }, { name: 'Okta' }, { name: 'Snowflake' }, { name: 'Databricks' },
  { name: 'Palantir', aliases: ['Palantir Technologies'] }, { name: 'Unity Software' },
  { name: 'Electronic Arts', aliases: ['EA'] }, { name: 'Epic Games' }, { name: 'Riot Games' }, { name: 'Rivian' },
  { name: 'Wayfair' }, { name: 'Peloton' }, { name: 'Chegg' }, { name: 'Redfin' }, { name: 'Zillow' },
  { name: 'Vimeo' }, { name: 'Yahoo' }, { name: 'Verizon' }, { name: 'AT&T' }, { name: 'T-Mobile' },
  { name: 'Comcast' }, { name: 'Disney', aliases: ['Walt Disney', 'The Walt Disney Company'] },
  { name: 'Warner Bros. Discovery' }, { name: 'Paramount' }, { name: 'Micron', aliases: ['Micron Technology'] },
  { name: 'Texas Instruments' }, { name: 'Applied Materials' }, { name: 'Lam Research' },
  { name: 'TSMC', aliases: ['Taiwan Semiconductor Manufacturing'] }, { name: 'GlobalFoundries' },
  { name: 'Western Digital' }, { name: 'Seagate' }, { name: 'Infosys' }, { name: 'Wipro' },
  { name: 'Tata Consultancy Services', aliases: ['TCS'] }, { name: 'Accenture' }, { name: 'Cognizant' },
  { name: 'Capgemini' }, { name: 'Deloitte' }, { name: 'McKinsey', aliases: ['McKinsey & Company'] },
  { name: 'PwC' }, { name: 'KPMG' }, { name: 'Ericsson' }, { name: 'Nokia' }, { name: 'Siemens' }, { name: 'Philips' },
  { name: 'Alibaba' }, { name: 'Tencent' }, { name: 'ByteDance' }, { name: 'Baidu' }, { name: 'JD.com' },
  { name: 'Huawei' }, { name: 'Xiaomi' }, { name: 'Expedia' }, { name: 'Grubhub' }, { name: 'Yelp' },
  { name: 'Reddit' }, { name: 'Discord' }, { name: 'Bumble' }, { name: 'Match Group' }, { name: 'Klarna' },
  { name: 'Walmart' }, { name: 'Qualtrics' }, { name: 'Informatica' }, { name: 'Zendesk' }, { name: 'HubSpot' },
  { name: 'GoPro' }, { name: 'Sonos' }, { name: 'Logitech' }, { name: 'Citrix' }, { name: 'Nutanix' },
  { name: 'Arm Holdings' }, { name: 'Stability AI' }, { name: 'Inflection AI' }, { name: 'Mistral AI' },
  { name: 'Scale AI' }, { name: 'Character.AI' }, { name: 'Cruise LLC' }, { name: 'Cerebras' }, { name: 'Micro Focus' },
  { name: 'Kyndryl' }, { name: 'Ford' }, { name: 'General Motors' }, { name: 'Boeing' }, { name: 'Starbucks' },
  { name: 'Indeed Inc' }, { name: 'Glassdoor' }, { name: 'Carvana' }, { name: 'Better.com' }, { name: 'Byju’s' },
  { name: 'Flipkart', parent: 'Walmart' }, { name: 'Swiggy' }, { name: 'Zomato' }, { name: 'Booking Holdings' },
  { name: 'Blue Origin' }, { name: 'Hugging Face' }, { name: 'Cohere' }, { name: 'Perplexity' },
  { name: 'Goldman Sachs' }, { name: 'JPMorgan', aliases: ['JPMorgan Chase', 'J.P. Morgan'] },
];

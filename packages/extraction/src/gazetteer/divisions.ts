import type { OrgEntry } from './companies.js';

/**
 * Divisions, subsidiaries and named business units, each with its parent (a company or another division).
 * Google Cloud, Google and Alphabet stay three entries: a shared word never merges organizations.
 */
export const DIVISIONS: OrgEntry[] = [
  { name: 'Amazon Web Services', aliases: ['AWS', 'Amazon AWS'], parent: 'Amazon' },
  { name: 'Whole Foods Market', aliases: ['Whole Foods'], parent: 'Amazon' },
  { name: 'Twitch', parent: 'Amazon' }, { name: 'Zoox', parent: 'Amazon' }, { name: 'Audible', parent: 'Amazon' },
  { name: 'Prime Video', aliases: ['Amazon Prime Video'], parent: 'Amazon' },
  { name: 'Amazon Studios', aliases: ['Amazon MGM Studios', 'MGM Studios'], parent: 'Amazon' },
  { name: 'Amazon Games', parent: 'Amazon' }, { name: 'Amazon Alexa', parent: 'Amazon' },
  { name: 'Google Cloud', aliases: ['Google Cloud Platform', 'GCP'], parent: 'Google' },
  { name: 'YouTube', parent: 'Google' }, { name: 'DeepMind', aliases: ['Google DeepMind'], parent: 'Google' },
  { name: 'Fitbit', parent: 'Google' }, { name: 'Google Nest', parent: 'Google' },
  { name: 'Waymo', parent: 'Alphabet' }, { name: 'Verily', parent: 'Alphabet' }, { name: 'Wing Aviation', parent: 'Alphabet' },
  { name: 'Reality Labs', parent: 'Meta' }, { name: 'Instagram', parent: 'Meta' }, { name: 'WhatsApp', parent: 'Meta' },
  { name: 'Facebook', aliases: ['Facebook Inc'], parent: 'Meta' }, { name: 'Oculus', parent: 'Meta' },
  { name: 'Meta AI', aliases: ['FAIR', 'Fundamental AI Research'], parent: 'Meta' },
  { name: 'Microsoft Azure', aliases: ['Azure'], parent: 'Microsoft' }, { name: 'Xbox', parent: 'Microsoft' },
  { name: 'LinkedIn', parent: 'Microsoft' }, { name: 'GitHub', parent: 'Microsoft' },
  { name: 'Activision Blizzard', aliases: ['Activision', 'Blizzard Entertainment'], parent: 'Microsoft' },
  { name: 'ZeniMax Media', aliases: ['ZeniMax', 'Bethesda'], parent: 'Microsoft' }, { name: 'Nuance', parent: 'Microsoft' },
  { name: 'Microsoft Gaming', parent: 'Microsoft' },
  { name: 'Slack', parent: 'Salesforce' }, { name: 'Tableau', parent: 'Salesforce' }, { name: 'MuleSoft', parent: 'Salesforce' },
  { name: 'Mobileye', parent: 'Intel' }, { name: 'Altera', parent: 'Intel' },
  { name: 'Intel Foundry', aliases: ['Intel Foundry Services', 'IFS'], parent: 'Intel' },
  { name: 'Intel Labs', parent: 'Intel' }, { name: 'Client Computing Group', parent: 'Intel' },
  { name: 'Splunk', parent: 'Cisco' }, { name: 'Webex', parent: 'Cisco' }, { name: 'Meraki', aliases: ['Cisco Meraki'], parent: 'Cisco' },
  { name: 'SuccessFactors', aliases: ['SAP SuccessFactors'], parent: 'SAP' }, { name: 'Concur', aliases: ['SAP Concur'], parent: 'SAP' },
  { name: 'Signavio', aliases: ['SAP Signavio'], parent: 'SAP' },
  { name: 'Red Hat', parent: 'IBM' }, { name: 'IBM Consulting', parent: 'IBM' }, { name: 'IBM Research', parent: 'IBM' },
  { name: 'Oracle Cloud Infrastructure', aliases: ['OCI'], parent: 'Oracle' },
  { name: 'Oracle Health', aliases: ['Cerner'], parent: 'Oracle' },
  { name: 'VMware', parent: 'Broadcom' }, { name: 'TikTok', parent: 'ByteDance' },
  { name: 'Instagram Threads', parent: 'Meta' }, { name: 'Beats', aliases: ['Beats Electronics'], parent: 'Apple' },
  { name: 'Venmo', parent: 'PayPal' }, { name: 'Braintree', parent: 'PayPal' }, { name: 'Xoom', parent: 'PayPal' },
];

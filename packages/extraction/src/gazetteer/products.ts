/** Products named in this domain, with their maker: typed `Product` so they never pass for companies or people. */
export const PRODUCTS: Array<{ name: string; owner: string; aliases?: string[] }> = [
  { name: 'Trainium', owner: 'Amazon' }, { name: 'Inferentia', owner: 'Amazon' }, { name: 'Bedrock', owner: 'Amazon', aliases: ['Amazon Bedrock'] },
  { name: 'Alexa', owner: 'Amazon' }, { name: 'Kindle', owner: 'Amazon' }, { name: 'Amazon Prime', owner: 'Amazon' },
  { name: 'ChatGPT', owner: 'OpenAI' }, { name: 'GPT-4', owner: 'OpenAI' }, { name: 'Gemini', owner: 'Google', aliases: ['Google Gemini'] },
  { name: 'Bard', owner: 'Google' }, { name: 'Android', owner: 'Google' }, { name: 'Chrome', owner: 'Google' }, { name: 'Pixel', owner: 'Google' },
  { name: 'Google Search', owner: 'Google' }, { name: 'Copilot', owner: 'Microsoft', aliases: ['Microsoft Copilot', 'GitHub Copilot'] },
  { name: 'Windows', owner: 'Microsoft' }, { name: 'HoloLens', owner: 'Microsoft' }, { name: 'Microsoft 365', owner: 'Microsoft' },
  { name: 'Microsoft Teams', owner: 'Microsoft' }, { name: 'Bing', owner: 'Microsoft' },
  { name: 'Quest', owner: 'Meta', aliases: ['Meta Quest'] }, { name: 'Llama', owner: 'Meta' }, { name: 'Threads', owner: 'Meta' },
  { name: 'Ray-Ban Meta', owner: 'Meta' }, { name: 'Horizon Worlds', owner: 'Meta' }, { name: 'iPhone', owner: 'Apple' },
  { name: 'Vision Pro', owner: 'Apple', aliases: ['Apple Vision Pro'] }, { name: 'Agentforce', owner: 'Salesforce' },
  { name: 'Einstein', owner: 'Salesforce' }, { name: 'Watsonx', owner: 'IBM', aliases: ['watsonx', 'Watson'] },
  { name: 'Xeon', owner: 'Intel' }, { name: 'Gaudi', owner: 'Intel' }, { name: 'Core Ultra', owner: 'Intel' },
  { name: 'S/4HANA', owner: 'SAP', aliases: ['S/4 HANA', 'HANA'] }, { name: 'Joule', owner: 'SAP' }, { name: 'Claude', owner: 'Anthropic' },
  { name: 'Grok', owner: 'xAI' }, { name: 'Snapchat', owner: 'Snap' }, { name: 'Tesla Model 3', owner: 'Tesla' },
];

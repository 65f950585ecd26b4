/** Verbs of running an exercise: "launched", "is conducting", "recently finished", "will carry out". */
const RUN_VERB =
  '(?:launch(?:es|ed|ing)?|beg(?:in|ins|an|un|inning)|start(?:s|ed|ing)?|conduct(?:s|ed|ing)?|complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|carr(?:y|ies|ied|ying)\\s+out|undert(?:ake|akes|ook|aken|aking)|embark(?:s|ed|ing)?\\s+on|initiat(?:e|es|ed|ing)|implement(?:s|ed|ing)?|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|roll(?:s|ed|ing)?\\s+out|kick(?:s|ed|ing)?\\s+off)';
/** Determiners and adjectives of a round: "a snap", "its first-ever", "large-scale", "a new company-wide". */
const ROUND_MODIFIER =
  '(?:(?:a|an|the|its|their|new|another|fresh|further|second|third|first|snap|major|formal|latest|mass|wider|broader|global|[a-z]+-(?:wide|scale|ever))\\s+)';
const CUT_WORD = '(?:redundancy|retrenchment|layoff|lay-off|job-cut|job\\s+cut|job-cutting|downsizing)';
const EXERCISE = '(?:rounds?|exercises?|process|programmes?|programs?|drives?|campaigns?)';

/**
 * A round of cuts named as an exercise the company runs, without a figure: "has launched a redundancy programme",
 * "recently finished a retrenchment exercise at its two mines", "will begin launching large-scale redundancy rounds",
 * "is conducting a layoff process". Group `cn`. A verb of running the exercise comes first, with at most three
 * determiners or adjectives between (not "the union criticised the retrenchment process", the exercise only named,
 * nor "started talks on the redundancy process", talks about it).
 */
export const CUT_EXERCISE_RE = new RegExp(
  `\\b${RUN_VERB}\\s+${ROUND_MODIFIER}{0,3}(?<cn>${CUT_WORD}\\s+${EXERCISE})\\b`,
  'gi',
);

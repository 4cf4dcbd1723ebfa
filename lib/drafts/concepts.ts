/**
 * The policy check's vocabulary: each concept lists the ways people say one thing, so a
 * rule matches paraphrases, not one phrase. Words match by stem (every inflection);
 * `=word` matches that exact form, where the stem would be ambiguous ("posting" the verb,
 * not "posts" the noun). See text-match.ts for the pattern syntax.
 */
import { concept } from "./text-match";

// Building blocks, as alternations.
const DATA = "data|dataset|datasets|tweet|tweets|content|post|posts|user|users|profile|profiles|information|record|records|tweet_id|user_id|post_id|follower|followers|message|messages|timeline|archive";
const FULL_CONTENT = "tweet|tweets|=text|content|post|posts|profile|profiles|object|objects|=json|=raw|archive|timeline|timelines|messages";
const PEOPLE = "individual|individuals|person|persons|people|user|users|account|accounts|someone|somebody";
const SPECIFIC = "individual|specific|particular|certain|named|selected|targeted|given|chosen|known|single";
const SUBJECT = "i|we|it|app|bot|tool|service|script|integration";
const ENGAGE_BASE = "=post|=tweet|=reply|=like|=retweet|=quote|=publish|=follow";
const ENGAGE_THIRD = "=posts|=tweets|=replies|=likes|=retweets|=quotes|=publishes|=follows";
/** Words that make the next word a verb: "will post", "does not reply". */
const MODAL = "will|would|can|may|might|should|shall|does|do|did|not|never|automatically|also|then|must|could";
const ADVERB = "never|also|automatically|then|only|just|sometimes|occasionally|regularly";

/**
 * The ways a verb that is also a noun ("post", "like", "reply") shows it is a verb:
 * after a subject ("the bot posts"), a modal ("will post", "does not like"), "to" ("to
 * reply"), or an adverb ("never posts").
 */
function verbPatterns(base: string, third: string): string[] {
  return [`${SUBJECT} ~0 ${base}|${third}`, `${SUBJECT} ~0 ${ADVERB} ~0 ${third}`, `${MODAL} ~1 ${base}`, `to ~0 ${base}`, `${ADVERB} ~0 ${third}`];
}
const PERIOD_NUMBER = "#";

export const C = {
  // --- topics reviewers ask about --------------------------------------------------------
  analysis: concept("analysis", [
    "analyze", "analysis", "analytics", "analytic", "=analyses",
    "classify", "classification", "categorize", "categorise", "cluster", "measure", "count", "quantify",
    "study", "research", "process", "processing", "mine", "mining", "examine", "evaluate", "assess", "score", "detect",
    "sentiment", "model", "statistics", "statistical", "insight", "insights", "monitor",
  ]),
  engage: concept("engagement", [
    ...verbPatterns(ENGAGE_BASE, ENGAGE_THIRD),
    "=tweeting", "=retweeting", "=replying", "=liking", "=posting =tweets|=posts|=replies|=content|=updates|=threads|=messages|=on|=to|=from",
    "=publishing =tweets|=posts|=replies|=content|=updates|=threads",
    "send|create|write|schedule|draft|publish =tweets|=posts|=replies|=dms|=updates",
    "write to x|twitter", "on behalf of",
    "=automated|=automatic|auto =replies|=likes|=retweets|=posts|=tweets",
  ], { gap: 2 }),
  engageDeny: concept("read-only", ["read only", "only reads", "only read", "never writes", "does not write", "reads only"]),
  display: concept("display", [
    "display", "=displays", "=displayed", "=displaying", "show", "=shown", "=shows", "=showing", "=showed", "embed", "render", "visualize", "visualise", "showcase",
    "appear on|in", "=appears on|in", "publish on|in", "present to",
  ]),
  sharing: concept("sharing", [
    "share", "=shared", "=sharing", "distribute", "redistribute", "resell", "sell", "=sold", "transfer", "disclose", "export ~2 to|for",
    "provide ~3 to", "give ~3 to", "send ~3 to", "hand over", "pass on", "make available", "=made available", "license ~3 to", "supply ~3 to",
  ], { gap: 3 }),
  government: concept("government", [
    "government", "governments", "governmental", "state agency", "public sector", "law enforcement", "police", "military", "armed forces",
    "ministry", "municipality", "municipal", "city council", "county council", "federal agency", "intelligence agency", "public authority", "public authorities",
  ]),
  governmentFunded: concept("government-funded", ["government fund", "government funded", "publicly funded", "state fund", "state funded", "not government affiliated"]),

  // --- detail that makes an answer specific ------------------------------------------------
  method: concept("method", [
    "method", "methods", "technique", "techniques", "algorithm", "algorithms", "model", "models", "classifier", "classifiers",
    "sentiment", "topic model", "topic modelling", "topic modeling", "lda", "bertopic", "regression", "clustering", "k means", "kmeans",
    "network analysis", "graph analysis", "keyword", "keywords", "hashtag count", "frequency", "frequencies", "count", "counts", "counting",
    "named entity", "ner", "nlp", "natural language processing", "tf idf", "embedding", "embeddings", "bert", "roberta", "transformer", "transformers", "llm", "language model",
    "machine learning", "deep learning", "neural", "statistics", "statistical", "descriptive", "time series", "manual coding", "content analysis", "qualitative", "annotate", "annotation", "label", "labelled", "labeled",
    "logistic", "random forest", "vader", "spacy", "nltk", "scikit", "sklearn", "pandas", "python", "r", "spss", "stata", "excel", "spreadsheet", "script", "rule", "rules", "regex", "regular expression",
    "average", "median", "percentage", "ratio",
  ]),
  displayWhere: concept("where", [
    "website", "site", "web app", "app", "application", "dashboard", "page", "pages", "report", "reports", "newsletter", "email", "screen", "interface", "ui", "feed", "widget", "inbox",
    "pdf", "slide", "slides", "paper", "publication", "presentation", "portal", "channel", "blog", "kiosk", "display screen", "http", "https", "www", "com", "org", "io", "tv", "television", "extension", "mobile",
  ]),
  displayHow: concept("how", [
    "row level", "row", "individual tweet", "individual tweets", "individual post", "aggregate", "aggregated", "aggregates", "count", "counts", "chart", "charts", "graph", "graphs",
    "summary", "summaries", "statistic", "statistics", "embed", "embedded", "table", "list", "map", "heatmap", "percent", "percentage", "average", "timeline", "card", "cards", "quote", "quoted", "screenshot", "figure", "figures", "total", "totals",
  ]),
  store: concept("store", [
    "store", "=stored", "=storing", "storage", "retain", "=retained", "archive", "cache", "persist", "database",
    `${DATA} ~3 =saved|=kept|=archived|=cached|=logged|=persisted`,
    `save ~3 ${DATA}|it|them|copies|copy`, `keep ~3 ${DATA}|it|them|copies|copy`, `collect ~3 ${DATA}`, "log ~2 tweets|posts|users|data",
  ], { gap: 3 }),
  duration: concept("duration", [
    `${PERIOD_NUMBER} second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years`,
    "a|an|one|two|three|six|twelve|thirty|ninety day|days|week|weeks|month|months|year|years",
    "until", "delete", "deleted", "deletion", "remove", "removed", "erase", "purge", "retention", "as long as", "expire", "expires", "expiry", "indefinitely", "forever", "permanently", "no longer than",
  ]),
  audience: concept("audience", [
    "user", "users", "user story", "customer", "customers", "client", "clients", "people", "person", "student", "students", "researcher", "researchers", "team", "teams", "owner", "owners",
    "member", "members", "reader", "readers", "follower", "followers", "community", "communities", "public", "journalist", "journalists", "business", "businesses", "developer", "developers",
    "fan", "fans", "staff", "teacher", "teachers", "organisation", "organization", "brand", "brands", "shop", "shops", "company", "companies", "newsroom", "who it is for", "for myself", "for me", "audience", "visitor", "visitors", "subscriber", "subscribers", "parent", "parents", "citizen", "citizens", "resident", "residents", "employee", "employees", "volunteer", "volunteers", "player", "players",
  ]),
  learner: concept("learner", ["student", "students", "learning to code", "learning to program", "learn to code", "beginner", "getting started", "new to programming", "new to coding", "new to the api", "bootcamp", "coursework", "homework", "i am learning", "i'm learning"]),
  project: concept("project", ["project", "projects", "explore", "exploring", "focus", "areas", "idea", "ideas", "prototype", "experiment", "experiments", "practice", "assignment", "thesis", "build", "building", "make", "create", "bot"]),
  appsDeclared: concept("apps", ["app", "apps", "application", "applications", "environment", "environments", "development", "staging", "production"]),

  // --- vague -------------------------------------------------------------------------------
  filler: concept("filler", [
    "various =purpose|=purposes|=reasons|=things|=ways|=uses|=tasks|=projects|=activities|=analyses|=analysis|=applications|=stuff", "various use cases",
    "many|multiple|different|several|numerous|general|miscellaneous|other =purposes|=things|=reasons|=uses|=stuff",
    "a variety of purposes|things|reasons|uses|tasks|analyses",
    "all kinds|sorts|types of =things|=stuff|=purposes|=reasons|=analyses|=analysis|=data",
    "=and so on", "=and so forth", "=etc", "=and more", "=stuff", "=tbd", "to be determined", "to be decided", "not sure yet", "=misc", "=whatever", "any purpose",
    "some analysis|analyses|research|stuff|things", "just =exploring|=playing", "play around", "see what happens", "general research", "research purposes",
  ], { gap: 1 }),

  // --- risky -------------------------------------------------------------------------------
  track: concept("track individuals", [
    `track|monitor|follow|watch|observe|surveil|trace|target|locate|identify ~3 ${SPECIFIC} ${PEOPLE}`,
    `track|monitor|follow|watch|trace ~3 ${PEOPLE} ~2 =activity|=activities|=movements|=whereabouts|=location|=locations|=behaviour|=behavior|=posts|=tweets|=every`,
    `track|monitor|watch|trace|follow ~3 =what|=where|=whom|=who ${SPECIFIC} ${PEOPLE}`,
    "=profiling", `build|create|compile|assemble|construct|generate profile|profiles|dossier|dossiers ~3 of|on|about ~2 ${PEOPLE}`,
    `profile ${PEOPLE}`, "keep tabs on", "unmask", "deanonymize", "de anonymize", "deanonymise", "de anonymise", "doxx", "doxxing",
    `=whereabouts of ${PEOPLE}`, "link ~3 accounts ~3 real ~1 identity|identities|names|people",
  ], { gap: 3 }),
  infer: concept("infer", ["infer", "inference", "predict", "prediction", "detect", "determine", "classify", "guess", "identify", "derive", "estimate", "deduce", "label", "tag", "categorize", "categorise", "score", "reveal", "uncover", "assess", "flag", "segment", "target", "profile", "=profiling", "work out", "find out", "figure out"]),
  sensitiveTrait: concept("sensitive trait", [
    "health", "medical", "illness", "illnesses", "disease", "diseases", "diagnosis", "mental", "disability", "disabilities", "pregnancy", "pregnant",
    "political affiliation|affiliations|view|views|opinion|opinions|leaning|leanings|orientation|belief|beliefs|party|parties|preference|preferences|ideology|ideologies|stance|persuasion|sympathies",
    "party affiliation", "voting intention", "vote", "voter", "voters",
    "religion", "religions", "religious", "faith", "belief", "beliefs",
    "sexual orientation", "sexuality", "sex life", "gay", "lesbian", "bisexual", "transgender", "lgbt", "lgbtq", "queer", "gender identity",
    "ethnicity", "ethnic", "ethnic origin", "race", "racial", "immigration status", "trade union membership", "criminal record", "criminal history",
  ]),
  surveillance: concept("surveillance", [
    "surveillance", "surveil", "spy", "spying", "covert monitoring", "covertly monitor", "secretly monitor",
    "monitor|track|identify|watch|map protest|protests|protester|protesters|protestor|protestors|activist|activists|dissident|dissidents|demonstrator|demonstrators|journalist|journalists",
    "intelligence gathering", "gather intelligence", "watchlist", "watch list", "threat intelligence on people", "investigate|investigation ~3 individuals|people|suspects|persons",
    "law enforcement ~3 monitor|monitoring|track|tracking|investigation|investigations|investigate", "police ~3 monitor|monitoring|track|tracking|investigation|investigations|investigate", "social media monitoring for", "predictive policing",
  ], { gap: 3 }),
  sell: concept("sell data", [
    `sell|resell|monetize|monetise|license|licence|rent|trade|commercialize|commercialise ~3 ${DATA}`,
    `make money from|off ~3 ${DATA}`, `charge ~3 for ~3 ${DATA}`,
    `${DATA} ~4 =sold|=resold|=monetized|=monetised|=licensed|=traded|=rented`,
    "data broker", "data brokers", "data brokerage",
  ], { gap: 3 }),
  distribute: concept("distribute", [
    "share", "=shared", "=sharing", "distribute", "redistribute", "publish", "provide", "give", "send", "export", "release", "upload", "deliver", "supply", "resell", "sell", "=sold", "syndicate",
    "make available", "=made available", "hand over", "pass on", "offer ~2 download",
  ]),
  fullContent: concept("full content", [
    `full|complete|entire|raw|whole ~2 ${FULL_CONTENT}`, "tweet text", "tweet texts", "tweet content", "text of ~2 tweets|posts", "tweet object", "tweet objects", "user object", "user objects", "full tweets", "=tweets", "=posts", "=profiles", "=json",
    "dataset of ~2 tweets|posts|profiles", "corpus", "firehose", "hydrated",
  ]),
  onlyIds: concept("only ids", ["only|just|solely|exclusively|merely ~3 id|ids|tweet_id|user_id|post_id|identifiers", "id|ids|identifiers of|for ~2 tweets|posts|users"]),
  thirdParty: concept("third party", [
    "third party", "third parties", "partner", "partners", "client", "clients", "customer", "customers", "public", "publicly", "researcher", "researchers", "other", "others", "anyone", "outside", "external",
    "vendor", "vendors", "buyer", "buyers", "company", "companies", "via api", "through an api", "through our api", "download", "downloads", "github", "kaggle", "repository", "website",
  ]),
  manualDownload: concept("manual download", ["manual", "manually", "non automated", "spreadsheet", "spreadsheets", "pdf", "pdfs", "csv download"]),
  automatedEngagement: concept("automated engagement", [
    "=automatically|=automated|=auto|=programmatically =like|=likes|=liking|=follow|=follows|=following|=unfollow|=unfollows|=unfollowing",
    "=like|=likes|=liking|=follow|=follows|=unfollow|=unfollows ~4 =automatically|=programmatically|=masse|=bulk|=schedule",
    "=auto =like|=likes|=liking|=likers|=follow|=following", "=autolike", "=autolikes", "=autofollow",
    "bulk|mass =like|=likes|=liking|=follow|=following|=follows|=retweet|=retweets|=retweeting|=post|=posting|=posts|=tweets|=tweeting|=dm|=dms|=messages|=messaging|=replies|=replying",
    "follow back automatically", "follow-back bot", "like bot",
  ], { gap: 3 }),
  customerApps: concept("customer apps", [
    "each|every|per customer|client|user|brand|tenant ~4 own|separate|dedicated ~2 app|apps|application|applications|developer|key|keys|credentials",
    "customers|clients|users|tenants ~4 register|create|set|open ~3 =their =own ~1 app|apps|application|applications|developer",
    "customers|clients|users|tenants ~4 provide|give|enter|paste|share|send|upload ~3 =their ~2 key|keys|secret|secrets|credentials|tokens",
    "bring|use ~2 their own ~1 key|keys|app|apps|credentials",
  ], { gap: 3 }),

  // --- limits ------------------------------------------------------------------------------
  tweetIds: concept("tweet ids", ["tweet_id", "post_id", "ids", "id", "identifiers", "identifier"]),
  fullObjects: concept("full objects", ["tweet", "tweets", "post", "posts", "object", "objects", "profile", "profiles", "user", "users", "record", "records", "row", "rows"]),
  deliver: concept("deliver", ["download", "export", "provide", "give", "share", "send", "deliver", "receive", "get", "access", "pull", "fetch", "distribute", "supply"]),
  perDay: concept("per day", ["per day", "a day", "each day", "every day", "daily", "day", "24 hours"]),
  perYear: concept("per year", ["per year", "a year", "each year", "every year", "yearly", "annually", "annual", "year"]),
  perWeek: concept("per week", ["per week", "a week", "each week", "every week", "weekly", "week"]),
  academicNonCommercial: concept("academic non-commercial", ["non commercial", "noncommercial", "not commercial", "not for commercial"]),
  academic: concept("academic", ["academic", "academia", "university", "universities", "peer review", "reproduce", "replication"]),
  appsNoun: concept("apps", ["app", "apps", "application", "applications", "developer app", "developer apps", "project", "projects"]),
  manyApps: concept("many apps", [
    "several|multiple|many|numerous|separate|different|distinct|various|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|dozens|hundreds|#|additional|extra =app|=apps|=applications",
    "app|apps|application|applications ~1 per|each|every ~2 brand|region|language|country|market|team|department|campaign|city|location|store|site|feature|product",
  ], { gap: 2 }),
  environments: concept("environments", ["development", "dev", "staging", "stage", "production", "prod", "test", "testing", "environment", "environments"]),

  // --- actions, for the consistency check ---------------------------------------------------
  actionPost: concept("post", [...verbPatterns("=post|=tweet|=publish", "=posts|=tweets|=publishes"), "=posting|=tweeting|=publishing", "send|create|write|schedule|publish =tweets|=posts|=updates"]),
  actionReply: concept("reply", [...verbPatterns("=reply", "=replies"), "=replying", "send|write|post =replies|=reply", "answer|respond ~2 tweets|mentions|questions|posts"]),
  actionRetweet: concept("retweet", [...verbPatterns("=retweet|=repost", "=retweets|=reposts"), "=retweeting|=reposting"]),
  actionLike: concept("like", [...verbPatterns("=like|=favorite|=favourite", "=likes|=favorites|=favourites"), "=liking|=favoriting|=favouriting", "=like|=likes ~1 =tweets|=posts|=replies"]),
} as const;

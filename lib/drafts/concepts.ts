/**
 * The policy check's vocabulary: each concept lists the ways people say one thing, so a
 * rule matches paraphrases, not one phrase. Words match by stem (every inflection);
 * `=word` matches that exact form, where the stem would be ambiguous ("posting" the verb,
 * not "posts" the noun). See text-match.ts for the pattern syntax.
 */
import { concept } from "./text-match";

// Building blocks, as alternations.
const DATA = "data|dataset|datasets|tweet|tweets|content|post|posts|user|users|profile|profiles|information|record|records|tweet_id|user_id|post_id|follower|followers|message|messages|timeline|archive|mention|mentions|replies|dms";
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
    "financial status|situation|condition|distress|hardship|trouble|troubles|difficulty|difficulties", "credit score|scores|worthiness|risk|history", "debt", "debts", "bankruptcy", "bankrupt", "poverty", "income",
    "union membership|member|members", "trade union", "philosophical", "crime", "crimes", "criminal", "criminals", "convictions", "arrest", "arrests",
  ]),
  /** Aggregate analysis that keeps no identifiers: the one exception the guidelines allow for sensitive topics. */
  aggregateAnonymous: concept("aggregate without identifiers", [
    "aggregate|aggregated|aggregates|totals|counts ~8 without|no|never|not ~3 user_id|identifiers|identifier|usernames|username|handles|names|personal|ids",
    "without|no|never|not ~3 user_id|identifiers|usernames|handles|personal ~3 data|information|details ~8 aggregate|aggregated|aggregates|totals|counts",
    "anonymous aggregate|aggregates|counts|totals|statistics", "anonymised|anonymized|de identified ~3 aggregate|aggregates|counts|totals|statistics",
  ], { gap: 2 }),
  surveillance: concept("surveillance", [
    "surveillance", "surveil", "spy", "spying", "covert monitoring", "covertly monitor", "secretly monitor",
    "monitor|track|identify|watch|map protest|protests|protester|protesters|protestor|protestors|activist|activists|dissident|dissidents|demonstrator|demonstrators|journalist|journalists",
    "intelligence gathering", "gather intelligence", "watchlist", "watch list", "threat intelligence on people", "investigate|investigation ~3 individuals|people|suspects|persons",
    "law enforcement ~3 monitor|monitoring|track|tracking|investigation|investigations|investigate", "police ~3 monitor|monitoring|track|tracking|investigation|investigations|investigate", "social media monitoring for", "predictive policing",
    "monitor|track|alert|map|watch ~3 rally|rallies|protest|protests|demonstration|demonstrations|union|unions|organizers|organisers|organizing|organising|activist",
    "background check", "background checks", "extreme vetting", "vet|screen ~3 applicants|candidates|tenants|employees ~4 posts|tweets|accounts|x|twitter",
    "credit|insurance ~2 risk|risks|scoring|underwriting", "psychographic", "facial recognition", "face recognition", "recognise|recognize|identify ~2 faces",
    "investigate|investigating ~3 x|twitter ~1 users|accounts",
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
    "=like|=likes|=liking ~2 every|all|each|any ~2 =post|=posts|=tweet|=tweets|=reply|=replies|=mention|=mentions",
    "=like|=likes|=liking ~3 =posts|=tweets ~3 containing|contain|with|using|that|mentioning|from ~3 hashtag|hashtags|keyword|keywords|word|words|selected|chosen|certain|list",
    "=follow|=follows|=following ~1 back ~2 anyone|everyone|everybody|all|every|each",
    "=follow|=follows|=unfollow|=unfollows ~3 hundreds|thousands|lots|dozens|batches|=many ~2 accounts|users|people",
    "=follow|=follows ~3 accounts|users|people ~4 grow|growth|audience|followers|reach",
    "add|adds|adding ~4 users|accounts|people|everyone|anyone ~3 to ~2 list|lists ~4 =automatically|=bulk|=masse|=every|=all",
    "bulk|mass|automatically|automated ~2 list|lists ~2 =additions|=adds|=add",
    "auto like|likes|liking|follow|following =feature|=features|=option|=button|=mode",
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


  // --- today's Developer Guidelines (developer-guidelines.mdx) -----------------------------
  /** Someone asked first: the twin that keeps an action user-initiated. */
  userInitiated: concept("user-initiated", [
    "when|after|once|if|whenever ~4 =user|=users|=person|=people|=customer|=customers|=someone|=they|=he|=she|=follower|=followers|=reader|=readers ~3 =asks|=ask|=asked|=request|=requests|=requested|=mentions|=mention|=mentioned|=tags|=tag|=dms|=dm|=messages|=message|=writes|=write|=contacts|=contact|=clicks|=click|=taps|=tap|=presses|=press|=replies|=reply|=opts|=opt|=types|=type|=sends|=send|=chooses|=choose|=picks|=pick|=selects|=select|=says|=say",
    "=user|=users|=person|=people|=customer|=customers|=someone|=they|=who ~2 =asks|=ask|=asked|=request|=requests|=mention|=mentions|=tag|=tags|=dm|=dms|=message|=messages|=contact|=contacts|=wrote ~3 =us|=first|=you|=me|=@handle",
    "=ask|=asks|=asked|=request|=requests|=requested ~2 =for ~3 =help|=support|=it|=them|=one|=recommendations|=recommendation|=advice|=updates|=reminders|=alerts",
    "=first ~1 =mentions|=mention|=messages|=message|=dms|=dm|=contacts|=asks|=replies|=writes",
    "only ~4 =mention|=mentions|=mentioned|=ask|=asks|=asked|=dm|=dms|=message|=messages ~2 =us|=it|=the|=our|=first|=bot",
    "each|every|all ~4 approved|reviewed|written|chosen|sent|started|triggered|initiated ~2 by ~2 person|human|user|people|them|someone|staff",
    "person|human|user|staff|agent|agents ~3 writes|reviews|approves|clicks|presses|taps|sends|chooses|starts|triggers ~2 each|every|it|the",
    "=manually", "by hand", "=opted in", "=opt in", "opt-in", "who opted", "on request", "upon request", "at their request", "when asked", "if asked", "requested by",
    "click|clicks|tap|taps|press|presses ~3 button|buttons|=like|=send|=reply|=follow|=retweet|=repost",
    "mention|mentions|mentioned ~2 our|the ~1 account|bot|handle", "mention|tag ~1 =us|=@", "reply|replies|respond|responds|answer|answers ~2 to ~3 dms|messages|mentions|questions ~3 we|it|they|sent|received|get|gets",
    "people|users|someone|anyone|those|person|customers|followers ~2 who|that ~4 =mentioned|=mention|=mentions|=messaged|=message|=messages|=asked|=ask|=asks|=replied|=reply|=replies|=contacted|=contact|=wrote|=write|=dm|=dms|=tag|=tags|=tagged ~2 =us|=first|=me|=@handle|=him|=her",
    "people|users|someone|anyone|those|person|customers|followers ~2 who|that ~4 =mentioned|=mention|=mentions|=messaged|=message|=asked|=replied|=reply|=replies|=contacted|=wrote|=dm|=dms|=tag|=tagged ~2 =our|=the|=its ~1 =account|=bot|=handle|=profile|=page|=post|=posts|=tweet|=tweets|=thread",
    "=@handle ~3 =first", "mention|mentions|=mentioned|tag|tags|=tagged ~1 =@handle",
    "=replies|=reply ~2 to ~1 our|its|=my ~1 own ~1 =post|=posts|=tweet|=tweets|=thread",
  ], { gap: 2 }),
  /** Contact nobody asked for: the audience of an unsolicited reply or message. */
  unsolicitedAudience: concept("unsolicited audience", [
    "keyword", "keywords", "hashtag", "hashtags", "random", "=randomly", "strangers", "stranger", "trending", "trend", "trends", "competitor", "competitors",
    "anyone|everyone|everybody|all|any|every ~3 =who|=that|=post|=posts|=tweet|=tweets|=mentioning|=using|=tweeting|=posting|=talking|=complaining|=users|=accounts|=people|=matching",
    "posts|tweets|users|people|accounts ~3 about|mentioning|containing|contain|contains|using|with ~2 keyword|keywords|hashtag|hashtags|topic|topics|word|words|brand|product|competitor",
    "complain", "=complained", "=complaining", "complaint", "complaints", "influencer", "influencers", "popular accounts", "large accounts", "big accounts", "unrelated",
    "people|users|accounts ~2 who ~4 =not|=never ~3 =asked|=follow|=contacted|=interacted|=engaged|=mentioned",
    "who ~2 =did ~1 =not ~2 =ask", "cold", "potential customers", "prospects", "leads", "new followers", "new follower", "everyone who follows", "each new follower", "every new follower",
  ], { gap: 2 }),
  reply: concept("reply", [
    ...verbPatterns("=reply|=respond|=answer|=comment", "=replies|=responds|=answers|=comments"),
    "=replying|=responding|=commenting", "auto reply|replies|respond|responds|responder", "=autoreply|=autoreplies|=autoresponder", "send|post|write|generate ~2 =replies|=reply|=responses|=comments",
    "=replies|=responses ~3 =are|=get|=will ~2 =sent|=posted|=generated|=written",
  ]),
  automated: concept("automated", ["automatically", "=automated", "=automatic", "=auto", "=autonomously", "programmatically", "=bot", "=bots", "=script", "=scripts", "on its own", "by itself", "=scheduled", "without a person", "without human", "no human", "=unattended", "=autoreply", "=autoreplies", "=autoresponder"]),
  mention: concept("mention", [
    "=mention|=mentions|=mentioning|=tag|=tags|=tagging|=tagged ~4 random|unrelated|strangers|influencers|celebrities|popular|large|big|dozens|hundreds|lots|many|every|users|accounts|people|them ~3 =who|=that|=in|=to|=accounts|=users|=each|=every|=our|=posts|=tweets|=replies|=attention|=visibility|=reach",
    "@ mention|mentions ~3 users|accounts|people|influencers|strangers|everyone", "uninvited mention|mentions", "unsolicited mention|mentions|tagging",
    "mass|bulk ~1 =mention|=mentions|=mentioning|=tag|=tagging",
  ], { gap: 2 }),
  manyReplies: concept("many replies", [
    "=reply|=replies|=respond|=responds|=replying|=message|=messages|=mention|=mentions ~4 =twice|=repeatedly|=again|=times|=until|=several|=multiple",
    "follow up|followup ~1 =replies|=reply|=messages|=message|=dms|=reminders|=reminder",
    "several|multiple|many|two|three|# ~1 =replies|=responses ~3 to ~2 each|every|one|the|same|a",
    "keep|keeps ~2 =replying|=responding|=messaging|=mentioning|=posting", "reply|replies ~3 every|each ~1 hour|day|few",
    "reminder|reminders ~3 until", "=replies|=reply ~3 every|each ~2 new ~2 =reply|=replies ~2 in ~2 the ~1 thread",
  ], { gap: 2 }),
  aiGenerated: concept("ai-generated", [
    "ai|llm|llms|gpt|chatgpt|openai|claude|gemini|grok|generative|genai|models|model|chatbot ~4 generate|generates|=generated|=generating|write|writes|=written|=writing|draft|drafts|=drafted|compose|composes|=composed|produce|produces|=produced|create|creates|=created|craft|crafts|=replies|=responds|=answers",
    "generate|generates|=generated|=generating|write|writes|=written|draft|drafts|compose|composes|=composed|produce|produces|=produced|create|creates|=created|craft ~4 by|with|using|through|via|from ~3 ai|llm|llms|gpt|chatgpt|openai|claude|gemini|grok|generative|model|models|chatbot",
    "ai generated|written|powered|driven|based|assisted|crafted", "ai powered|driven|based ~3 reply|replies|response|responses|post|posts|tweet|tweets|bot|account|comments", "llm powered|based|generated", "gpt powered|based|generated", "machine generated",
  ], { gap: 2 }),
  writeOutput: concept("posts or replies", ["reply", "replies", "response", "responses", "post", "posts", "tweet", "tweets", "comment", "comments", "thread", "threads", "message", "messages", "dm", "dms", "content", "caption", "captions", "quote", "quotes", "answer", "answers"]),
  xApproval: concept("x approval", [
    "approval|approved|permission|authorised|authorized|consent ~4 from|by|of ~2 x|twitter", "x|twitter ~2 =approved|=approval|=authorised|=authorized|=allowed|=granted|=permitted",
    "policy support form", "prior approval", "prior written approval", "written permission", "have approval", "got approval", "received approval",
  ], { gap: 2 }),
  humanWritten: concept("human-written", ["person|human|member|staff|someone|reviewer|editor|editors|moderator|moderators|agent|agents ~4 review|reviews|reviewed|approve|approves|approved|edit|edits|check|checks|writes|write|sends|publishes ~3 each|every|it|them|the|before", "before ~3 it|anything|each|they ~2 =is|=are|=gets|=goes ~1 =posted|=sent|=published", "human in the loop", "human review", "human approval", "manually approved", "manually reviewed"], { gap: 2 }),
  dm: concept("direct message", [
    "=dm|=dms|=dming|=dmed|=dmd|=dmed", "direct message", "direct messages", "private message", "private messages", "=pm|=pms", "=inbox",
    "=message|=messages|=messaging ~2 =users|=people|=followers|=accounts|=customers|=them|=everyone|=anyone|=each|=every|=new|=all",
    "welcome message", "welcome messages",
  ], { gap: 1 }),
  dmUnsolicited: concept("unsolicited dm", [
    "welcome|welcoming|greeting|greet|thank|thanks|intro|introduction ~4 =dm|=dms|=message|=messages|=note|=notes ~4 =new|=every|=each|=followers|=follower|=follows|=subscribers",
    "=dm|=dms|=message|=messages|=messaging|=dming|=send|=sends ~4 =new|=every|=each|=all|=our ~1 =followers|=follower|=subscribers",
    "=dm|=dms|=message|=messages|=dming|=messaging ~4 =users|=people|=accounts|=followers|=anyone|=everyone|=customers|=leads|=prospects|=them ~4 =about|=with|=announcing|=promoting|=offering|=our ~2 =product|=products|=launch|=launches|=offer|=offers|=deal|=deals|=discount|=discounts|=sale|=sales|=promotion|=promotions|=newsletter|=coupon|=coupons",
    "bulk|mass ~1 =dm|=dms|=dming|=message|=messages|=messaging|direct",
    "=dm|=dms|=messages|=message ~4 =people|=users|=accounts|=followers|=anyone|=everyone ~3 =who|=that ~3 =have|=did|=had|=has ~1 =not|=never ~3 =written|=write|=contacted|=messaged|=asked|=engaged|=opted", "cold|unsolicited ~1 =dm|=dms|=message|=messages|=outreach",
    "=dm|=dms|=message|=messages|=dming ~4 =users|=people|=accounts|=anyone|=everyone ~3 =who|=that ~4 =complained|=complain|=complaining|=mention|=mentioned|=use|=used|=post|=posted|=tweet|=tweeted|=follow|=followed|=like|=liked",
    "outreach ~3 =dm|=dms|=messages|=direct", "reach out ~3 to ~3 =users|=people|=accounts|=everyone|=anyone ~3 =who|=that",
  ], { gap: 2 }),
  optOut: concept("opt-out", [
    "opt out", "opts out", "opted out", "opt-out", "=optout", "unsubscribe", "unsubscribes", "=stop", "stop contacting", "stop messaging", "stops contacting", "no longer contact", "never contact ~2 again",
    "mute ~2 =the|=our ~1 =bot", "=block ~2 =the|=our ~1 =bot", "leave ~2 list", "=remove ~2 themselves", "ask|asks ~2 =us|=it|=the|=bot ~2 to ~1 =stop",
  ], { gap: 2 }),
  automatedContact: concept("automated contact", [
    "=automatically|=automated|=auto|=bot|=autonomously|=programmatically ~3 =replies|=reply|=replying|=responds|=respond|=responding|=answers|=answer|=dm|=dms|=message|=messages|=messaging|=mention|=mentions|=sends|=send",
    "=replies|=reply|=responds|=respond|=answers|=answer|=dm|=dms|=messages|=message|=sends ~4 =automatically|=autonomously|=programmatically",
    "auto reply|replies|responder|responds|dm|dms|message|messages", "=autoreply|=autoreplies|=autoresponder", "chatbot", "chat bot", "the bot ~2 =replies|=reply|=responds|=respond|=answers|=answer|=messages|=sends|=dms",
  ], { gap: 2 }),
  sellEngagement: concept("selling engagement", [
    "sell|sells|=selling|=sold|resell|buy|buys|=buying|=bought|purchase|purchases|offer|offers|package|packages|rent|trade ~3 =likes|=follows|=followers|=retweets|=reposts|=views|=impressions|=engagement|=engagements|=replies|=comments|=upvotes",
    "pay|pays|=paid|=paying|reward|rewards|=rewarded|compensate|compensates|incentive|incentives|incentivise|incentivize|points|credits|tokens|coins ~4 =users|=people|=accounts|=members|=anyone|=them|=for ~3 to ~1 =like|=follow|=retweet|=repost|=reply|=comment|=engage|=share|=view",
    "pay|reward|=paid|=rewarded|compensate|points|credits|coins|tokens ~3 for|per ~2 =like|=likes|=follow|=follows|=retweet|=retweets|=repost|=reposts|=reply|=replies|=view|=views|=engagement",
    "bulk|mass ~1 =like|=likes|=follow|=follows|=retweet ~2 =packages|=package|=plans|=bundles|=service",
    "engagement pod", "engagement pods", "engagement farm", "engagement farming", "follow for follow", "follow4follow", "like for like", "like4like", "=l4l", "=f4f", "follower growth service", "buy followers",
  ], { gap: 2 }),
  giveaway: concept("giveaway", ["giveaway", "giveaways", "give away", "contest", "contests", "sweepstake", "sweepstakes", "raffle", "raffles", "competition", "competitions", "prize", "prizes", "draw", "lottery"]),
  engagementEntry: concept("engagement to enter", [
    "=follow|=follows|=following|=retweet|=retweets|=retweeting|=repost|=reposts|=like|=likes|=liking|=quote ~4 to|and ~1 =enter|=win|=qualify|=participate|=join|=entry|=entries",
    "to ~1 =win|=enter|=qualify|=participate ~6 =follow|=follows|=retweet|=retweets|=repost|=reposts|=like|=likes|=quote",
    "=require|=requires|=required|=requiring ~3 =follow|=follows|=retweet|=retweets|=repost|=reposts|=like|=likes|=following|=retweeting",
    "=must|=required|=require|=requires|=requirement|=need|=needs|=have ~3 to ~1 =follow|=retweet|=repost|=like",
    "=enter|=entry|=entries|=qualify|=participate ~3 by ~2 =following|=retweeting|=reposting|=liking|=quoting",
    "=follow|=retweet|=repost|=like ~2 =required|=needed|=mandatory", "=entries|=entry ~3 =per|=for|=each ~2 =follow|=retweet|=repost|=like",
  ], { gap: 2 }),
  affiliate: concept("affiliate link", ["affiliate", "affiliates", "referral link", "referral links", "referral code", "referral codes", "sponsored link", "sponsored links", "commission", "commissions", "kickback", "amazon associates", "partner link", "partner links", "tracking link", "tracking links", "promo code", "promo codes"]),
  disclosure: concept("disclosure", ["disclose", "=discloses", "=disclosed", "disclosure", "disclosing", "=ad label", "=ad ~1 =disclosure", "labelled as ad|ads|sponsored|advertising|affiliate", "labeled as ad|ads|sponsored|advertising|affiliate", "marked as ad|ads|sponsored|advertising|affiliate", "say|says|state|states|mark|marks|label|labels|tag|tags ~4 =that ~3 =it|=they|=the ~3 =affiliate|=sponsored|=paid|=ad|=advertising|=commission", "=transparent ~3 about", "say|says|state|states|mark|marks|label|labels|tag|tags|=labelled|=labeled|=marked ~6 =affiliate|=sponsored|=paid|=advertising|=commission", "we earn a commission"], { gap: 2 }),
  adTargeting: concept("ad targeting", [
    "target|targets|=targeted|=targeting|retarget|retargets|=retargeted|=retargeting ~4 =ads|=ad|=advertising|=adverts|=advertisements|=campaigns|=campaign|=offers|=promotions|=marketing",
    "=ads|=ad|=advertising|=advertisements|=campaigns ~4 target|targets|=targeted|=targeting|=personalised|=personalized ~3 =based|=using|=from|=with|=on",
    "ad|ads|advertising|marketing ~1 audience|audiences|segment|segments|profile|profiles|lookalike", "lookalike audience|audiences", "custom audience|audiences",
  ], { gap: 2 }),
  offX: concept("off-platform", ["facebook", "instagram", "google", "meta", "tiktok", "linkedin", "website", "websites", "email", "emails", "off x", "off twitter", "outside x", "outside twitter", "other platforms", "elsewhere", "our own site", "display network", "programmatic", "ad network", "ad networks", "dsp"]),
  xContent: concept("x content", [
    "=tweet|=tweets|=post|=posts|=content|=data|=dataset|=datasets|=mentions|=replies|=timeline|=timelines|=profile|=profiles|=bios|=bio|=corpus|=archive|=conversations|=threads|=followers|=hashtags|=likes|=activity|=messages|=dms|=history|=engagement|=interests|=handles",
    "=x|=twitter ~2 =data|=content|=posts|=tweets|=users|=accounts|=api|=profiles|=handles|=followers|=usernames",
    "collected", "=scraped", "=harvested",
  ], { gap: 2 }),
  trainModel: concept("train a model", ["train", "retrain", "pretrain", "pre train", "finetune", "fine tune", "distill", "distil"], { gap: 1 }),
  aiModel: concept("ai model", ["model", "models", "llm", "llms", "ai", "=gpt", "chatgpt", "classifier", "classifiers", "neural", "network", "networks", "machine learning", "ml", "foundation", "frontier", "transformer", "transformers", "embedding", "embeddings", "chatbot", "assistant", "weights", "=bert", "lora", "agent", "agents", "dataset", "datasets", "data", "corpus"]),
  trainingData: concept("training data", ["training data", "training set", "training sets", "training corpus", "training dataset", "training datasets", "training material", "training examples", "=pretraining", "pre training", "=finetuning", "fine tuning"], { gap: 0 }),
  grok: concept("grok", ["grok", "xai"]),
  scraping: concept("scraping", [
    "scrape", "=scraped", "=scraping", "=scraper", "=scrapers", "crawl ~3 x|twitter|profiles|timelines|tweets|posts|pages|site|website", "crawler", "crawlers", "=spider",
    "browser automation", "automate ~2 =the|=a ~1 =browser|=browsers", "headless browser|browsers|chrome|chromium", "=puppeteer", "=selenium", "=playwright", "=webdriver", "=phantomjs", "=nitter", "=snscrape", "=twint",
    "unofficial|undocumented|private|internal|hidden ~1 api|apis|endpoint|endpoints", "reverse engineer", "reverse engineering", "graphql ~2 endpoint|endpoints|api",
    "log|logs|logging ~1 in|into ~3 accounts|account|x|twitter ~3 =with|=using ~2 =their|=users ~1 =passwords|=password|=cookies", "session cookies", "=cookies ~3 of|from ~2 users|accounts",
    "simulate|simulates|simulating|mimic|mimics|emulate|emulates ~3 clicks|user|human|users|browser|person", "=parse|=parsing|=extract|=extracting ~3 =html|=web|=pages|=page",
  ], { gap: 2 }),
  officialApi: concept("official api", ["official api", "official x api", "official twitter api", "only the api", "only through the api", "through the x api", "via the x api", "x api v2", "only use the api"], { gap: 1 }),
  benchmark: concept("benchmarking x", [
    "benchmark", "benchmarks", "=benchmarking", "competitive analysis|intelligence|comparison|comparisons",
    "compare|compares|=comparing|=comparison ~4 =x|=twitter ~4 =with|=against|=to|=vs|=versus ~3 =tiktok|=facebook|=instagram|=threads|=bluesky|=mastodon|=linkedin|=reddit|=youtube|=competitor|=competitors|=other|=rival|=rivals|=platforms",
    "compare|compares|=comparing ~3 =tiktok|=facebook|=instagram|=threads|=bluesky|=mastodon|=linkedin|=reddit|=youtube|=platforms ~3 =with|=against|=to|=and ~2 =x|=twitter",
    "measure|measures|=measuring|track|tracks|=tracking|monitor|monitors|=monitoring|analyse|analyses|=analysing|analyze|=analyzing|calculate|calculates|=calculating|estimate|estimates|=estimating|report|reports|chart|charts ~3 =x|=twitter|=platform ~3 =availability|=performance|=uptime|=outages|=responsiveness|=latency|=reliability|=usage|=growth|=decline|=health|=functionality|=speed",
    "measure|measures|=measuring|track|tracks|=tracking|monitor|=monitoring|calculate|=calculating|estimate|=estimating|report|reports|count|counts|=counting ~3 =availability|=performance|=uptime|=outages|=responsiveness|=latency|=reliability|=usage|=growth|=decline|=functionality ~2 =of|=on ~2 =x|=twitter|=platform",
    "total|overall|entire ~3 =number ~2 =of ~3 =active|=daily|=monthly ~2 =users|=accounts|=posts|=tweets", "daily|monthly ~1 active ~1 users|accounts ~3 of|on ~1 x|twitter",
    "total|all ~3 =posts|=tweets ~3 =posted ~2 =per|=each|=a ~1 =day|=hour ~2 =on ~2 =x|=twitter", "how many ~3 users|accounts|posts|tweets ~3 x|twitter ~1 has|have|gets",
    "measure|measures|=measuring|estimate|=estimating|analyse|=analysing|analyze|=analyzing|quantify|=quantifying|study|=studying|detect|=detecting ~3 =how ~1 =much|=many ~1 =spam|=bots|=fake ~3 =on|=there|=x|=twitter",
    "=spam|=bot|=bots|=fake|=security ~3 =prevalence|=levels|=rate|=rates ~2 =on|=of ~1 =x|=twitter",
  ], { gap: 2 }),
  offXMatch: concept("off-x matching", [
    "match|matches|=matched|=matching|link|links|=linked|=linking|associate|associates|=associated|=associating|connect|=connecting|join|joins|=joined|=joining|map|maps|=mapped|=mapping|merge|merges|=merged|=merging|enrich|enriches|=enriched|=enriching|resolve|=resolving|tie|ties|append ~4 =x|=twitter|=their ~2 =accounts|=account|=handles|=handle|=usernames|=username|=profiles|=profile|=ids|=identities|=identity|=user_id|=followers|=data ~5 =to|=with|=against|=onto|=into ~4 =customer|=customers|=crm|=email|=emails|=mailing|=records|=record|=database|=databases|=device|=devices|=phone|=phones|=real|=offline|=loyalty|=lead|=leads|=contact|=contacts|=purchase|=purchases|=ad|=cookie|=cookies|=household|=households|=addresses|=names",
    "match|matches|=matched|=matching|link|links|=linked|=linking|associate|=associating|connect|map|=mapping|merge|=merging|enrich|=enriching|append ~4 =customer|=customers|=crm|=email|=emails|=records|=database|=device|=devices|=phone|=phones|=leads|=contacts|=loyalty|=purchase ~4 =to|=with|=against|=onto|=using ~4 =x|=twitter|=their ~2 =accounts|=account|=handles|=handle|=usernames|=profiles|=profile|=ids|=user_id|=data|=identities",
    "=accounts|=handles|=profiles|=usernames|=account|=handle|=profile ~3 =are|=is|=get|=gets|=will|=be|=being ~2 =linked|=matched|=associated|=mapped|=merged|=joined|=connected|=tied|=appended ~2 =to|=with|=against ~3 =crm|=customer|=customers|=email|=emails|=records|=database|=device|=devices|=phone|=leads|=contacts|=loyalty|=purchase|=purchases|=addresses|=names",
    "identity resolution", "identity graph", "deanonymise", "deanonymize", "de anonymise", "de anonymize", "find ~3 real ~1 names|identities|identity ~3 behind|of",
    "lookup|find|search ~3 x|twitter ~1 accounts|handles|profiles ~3 for|of ~3 =our|=each|=every|=customers|=leads|=contacts|=email|=emails",
  ], { gap: 3 }),
  consent: concept("consent", ["consent", "=consents", "=consented", "opt in", "opts in", "=opted", "opt-in", "permission", "agree", "=agrees", "=agreed", "=agreement", "choose to link", "chooses to link", "connect their own", "link their own", "links their own", "sign in with x", "signs in with x", "give us their handle", "gives us their handle", "share their handle", "shares their handle", "provide their handle", "provided their handle", "enter their handle", "enters their handle"], { gap: 1 }),
  alterDisplay: concept("altered display", [
    "=iframe|=iframes|=frame|=frames|=framed|=framing ~3 =x|=twitter|=tweets|=posts|=timeline|=timelines|=pages|=page|=content|=embed", "=iframe", "=iframes",
    "edit|edits|=edited|=editing|alter|alters|=altered|=altering|modify|modifies|=modified|=modifying|rewrite|rewrites|=rewritten|=rewriting|paraphrase|=paraphrased|=paraphrasing|reword|=reworded|=rewording|shorten|=shortened|translate|=translated|=translating|=change|=changes|=changed ~3 =the ~1 =text|=wording|=content|=words|=tweets|=posts|=quotes ~2 =of|=in|=from|=before|=when|=we ~2 =tweets|=posts|=the|=them|=display|=displaying|=show|=showing|=they",
    "edit|edits|=edited|=editing|alter|alters|=altered|modify|=modified|rewrite|=rewritten|paraphrase|=paraphrased ~2 =tweets|=posts ~3 =before|=when|=we|=for|=to",
    "strip|strips|=stripped|=stripping|remove|removes|=removed|=removing|hide|hides|=hidden|=hiding|drop|drops|=dropped|=dropping|crop|=cropped|omit|omits|=omitted ~3 =timestamps|=timestamp|=dates|=date|=metadata|=attribution|=author|=authors|=usernames|=username|=handles|=handle|=names|=logo|=logos|=branding|=avatar|=avatars",
    "without ~3 =attribution|=author|=authors|=username|=usernames|=handle|=handles|=timestamps|=timestamp|=logo|=branding",
    "present|presents|=presented|show|shows|=shown|display|displays|=displayed|publish|=published|pass|passes ~4 =tweets|=posts|=them ~3 =as ~3 =our|=their ~1 =own",
  ], { gap: 2 }),
  deletionCompliance: concept("deletion compliance", [
    "=deleted|=removed|=protected|=suspended|=withheld|=private|=deletes|=removes ~4 =on|=from|=in ~2 =x|=twitter", "deletion|deletions|removal|removals ~3 =request|=requests|=events|=event|=notices|=compliance", "compliance firehose|stream|streams|endpoint|endpoints|api|job|jobs|events",
    "within ~2 # ~1 =hours", "# ~1 =hours ~4 =of|=after|=when|=once", "when|if|once ~3 =a|=the|=an ~1 =post|=tweet|=user|=account|=author|=person|=owner ~4 =deletes|=deleted|=removes|=removed|=is|=goes|=becomes|=asks|=requests|=protects",
    "keep ~3 up ~1 to ~1 date ~3 with ~2 x|twitter", "=deleted ~3 =posts|=tweets|=content ~3 =are|=is|=get|=gets ~2 =deleted|=removed|=purged|=dropped",
  ], { gap: 2 }),
  automatedAccount: concept("automated account", [
    "=bot|=bots", "automated account", "automated accounts", "=the|=our|=a ~1 =account ~3 =posts|=replies|=tweets|=publishes ~2 =automatically|=daily|=hourly|=nightly",
    "=automatically|=auto|=automated|=scheduled|=schedule ~3 =posts|=post|=posting|=publishes|=publish|=tweets|=tweet|=tweeting|=replies|=reply|=replying|=reposts|=repost|=retweets|=retweet|=quotes|=quote",
    "=posts|=post|=publishes|=tweets|=tweet|=replies|=reply|=reposts|=retweets ~4 =automatically|=hourly|=daily|=nightly|=weekly",
    "=posts|=post|=publishes|=tweets|=tweet|=replies|=reply|=reposts|=retweets|=shares|=share ~4 =every|=each ~2 =morning|=hour|=hours|=day|=days|=minute|=minutes|=evening|=night|=week|=weekday|=weekdays|#",
    "=posts|=post|=publishes|=tweets|=tweet|=replies|=reply|=reposts|=retweets ~4 =on ~1 =a ~1 =schedule",
    "rss ~3 feed|feeds|updates|items", "on a schedule", "=scheduled =posts|=tweets|=updates|=content",
  ], { gap: 2 }),
  automatedLabel: concept("automated label", [
    "automated label", "automated account label", "automated profile label", "=label|=labelled|=labeled|=labels|=labelling|=labeling ~4 =automated|=bot|=as", "=automated ~2 =label|=badge|=tag",
    "bio|profile|description ~6 =bot|=automated|=operated|=managed|=run|=by|=disclose|=discloses|=says|=states",
    "=managed|=operated|=run|=maintained ~1 by ~2 =@handle|=human|=person|=our|=the|=team|=company|=we|=a", "human managed", "human-managed account", "linked ~3 human ~1 account", "disclose|discloses|disclosed ~3 =that ~3 =bot|=automated|=automation",
    "says|states|clear ~4 =it ~1 =is ~1 =a ~1 =bot|=automated",
  ], { gap: 2 }),
  deceptiveBot: concept("deceptive bot", [
    "pretend|pretends|=pretending|pose|poses|=posing|pass|passes|=passing|masquerade|masquerades|=masquerading|appear|appears|=appearing|seem|seems|look|looks ~3 =as|=to|=like|=off ~3 =be ~3 =a ~1 =human|=humans|=person|=people|=real|=genuine|=organic|=individual|=individuals",
    "impersonate", "=impersonates", "=impersonating", "=impersonation", "=impersonator",
    "hide|hides|=hiding|conceal|conceals|=concealing|disguise|disguises|=disguising|mask|masks|=masking|obscure|=obscuring ~4 =that|=the|=its|=our|=their ~3 =bot|=bots|=automated|=automation|=identity|=nature|=fact|=source|=destination|=operator",
    "without ~2 revealing|disclosing|saying|telling ~3 that ~3 bot|automated|ai", "nobody|users|people|anyone|followers ~3 =know|=knows|=realise|=realize|=tell ~3 =it|=its|=they ~2 =bot|=automated|=ai|=machine",
    "fake accounts|account|profiles|profile|personas|persona|followers|reviews|users", "sock puppet", "sock puppets", "sockpuppet", "sockpuppets", "=astroturf", "=astroturfing",
    "misleading|deceptive|cloaked|disguised|hidden|bait ~2 link|links|redirect|redirects|url|urls", "=cloak|=cloaking ~2 =links|=urls|=link", "redirect|redirects ~3 =to ~3 =different|=unrelated|=another|=other ~1 =site|=sites|=pages|=page",
  ], { gap: 2 }),
  circumvent: concept("circumvent limits", [
    "circumvent|circumvents|=circumventing|bypass|bypasses|=bypassing|evade|evades|=evading|=evasion|dodge|=dodging|avoid|avoids|=avoiding|=get|=gets|=getting|=work|=works|=working|=go|=goes|=going|=beat|=beats|=skirt|=skirts|=exceed|=exceeds|=exceeding|=sidestep|=defeat|=defeats ~3 =around|=the|=our|=any|=their|=these ~3 =rate|=usage|=request|=api ~1 =limit|=limits|=limiting|=caps|=cap|=quota|=quotas|=restrictions",
    "circumvent|circumvents|=circumventing|bypass|bypasses|=bypassing|evade|evades|=evading|=get|=getting|=around|=skirt ~3 =a|=the|=our|=their|=any ~2 =suspension|=suspensions|=ban|=bans|=block|=blocks|=limit|=limits|=caps|=quota|=quotas|=restriction|=restrictions",
    "rotate|rotates|=rotating|cycle|cycles|=cycling|spread|=spreading|distribute|=distributing ~3 =requests|=calls|=between|=across|=through|=among|=over ~3 =tokens|=keys|=apps|=accounts|=ips|=proxies|=addresses|=credentials|=many|=several|=multiple",
    "=multiple|=several|=many|=extra|=additional|=more ~2 =apps|=applications|=accounts|=tokens|=keys|=projects ~6 =increase|=multiply|=double|=raise|=boost|=avoid|=escape|=spread ~3 =limits|=limit|=quota|=quotas|=requests|=capacity|=rate|=throughput",
    "=suspended|=banned|=blocked|=restricted ~6 =create|=creates|=register|=registers|=open|=opens|=make|=makes|=start|=starts|=switch ~3 =new|=another|=fresh|=replacement ~1 =account|=accounts|=app|=apps",
    "=multiple|=several|=many|=extra|=additional|=duplicate ~2 =apps|=applications|=accounts ~5 =so|=because ~4 =limits|=limit|=quota",
    "new ~1 account|accounts|app|apps ~3 =after|=when|=if|=once ~4 =suspended|=banned|=blocked|=restricted|=suspension|=ban",
    "=proxy|=proxies|vpn ~4 =avoid|=evade|=bypass|=limits|=blocked|=detection|=ban|=bans",
  ], { gap: 2 }),
  duplicatePosting: concept("duplicate posting", [
    "=identical|=duplicate|=duplicated|=same|=similar|=copied|=repeated|=cloned ~4 =content|=posts|=post|=tweets|=tweet|=message|=messages|=text|=updates|=thread|=threads|=replies ~4 =across|=on|=to|=from|=through|=via|=in ~3 =multiple|=several|=many|=all|=our|=different|=each|=every|#|=dozens|=hundreds|=numerous|=other ~2 =accounts|=account|=handles|=profiles",
    "=accounts ~4 =post|=posts|=publish|=publishes|=tweet|=tweets|=share|=shares|=send|=sends ~3 =identical|=duplicate|=same ~2 =content|=posts|=tweets|=messages|=text|=updates",
    "=cross ~1 =post|=posts|=posting|=posted ~4 =multiple|=several|=many|=all|=our|=different|=each|=every|#|=dozens|=hundreds|=other ~2 =accounts|=account|=handles",
    "=crosspost|=crossposts|=crossposting ~4 =accounts", "account farm", "account farms", "network of accounts", "army of accounts", "bot network", "bot farm", "botnet",
    "=multiple|=several|=many|=dozens|=hundreds|# ~2 =accounts ~4 =amplify|=amplifies|=amplifying|=boost|=boosts|=boosting|=spread|=push|=repeat|=repeats|=echo|=retweet|=retweets|=repost|=reposts|=like|=likes ~2 =the|=each|=our|=same|=every|=one",
    "=all|=every|=each ~2 =our ~2 =accounts ~4 =post|=posts|=publish|=publishes|=tweet|=tweets|=share|=shares ~2 =the ~1 =same|=identical",
    "=same|=identical ~3 =post|=posts|=tweet|=tweets|=message|=content ~3 =to ~3 =every|=each|=all ~2 =account|=accounts",
  ], { gap: 2 }),
  trendManipulation: concept("trend manipulation", [
    "=trending|=trend|=trends ~4 =topic|=topics|=hashtag|=hashtags|=tags ~4 =to|=for|=so ~3 =gain|=get|=increase|=boost|=grow|=reach|=visibility|=exposure|=attention|=views|=impressions|=traffic|=followers|=more",
    "hijack|hijacks|=hijacking|piggyback|=piggybacking|exploit|=exploiting ~4 =trending|=trends|=trend|=hashtag|=hashtags",
    "ride|=riding|jump|=jumping|jumps ~3 =on ~2 =trending|=trends|=trend|=hashtag|=hashtags",
    "add|adds|=adding|append|=appending|insert|=inserting|stuff|=stuffing|include|=including ~3 =trending|=popular|=viral|=unrelated ~2 =hashtag|=hashtags|=topics|=tags",
    "=post|=posts|=posting|=tweet|=tweets|=tweeting|=reply|=replies|=replying ~3 =into|=in|=to|=on|=under ~3 =trending ~1 =topic|=topics|=hashtag|=hashtags|=trends",
    "=trend|=trends ~1 =manipulation", "=manipulate|=manipulates|=manipulating|=game|=gaming|=push|=pushing|=force|=forcing ~3 =trends|=trending|=trend|=hashtag|=hashtags ~3 =into|=onto|=to ~2 =trends|=trending",
    "=make|=get ~3 =hashtag|=hashtags|=topic|=topics ~1 =trend|=trending",
  ], { gap: 2 }),
  passwords: concept("passwords", [
    "ask|asks|=asking|request|requests|=requesting|collect|collects|=collecting|store|stores|=storing|=stored|save|saves|=saving|keep|keeps|enter|enters|type|types|=give|=gives|provide|provides|share|shares|send|sends|=need|=needs|require|requires ~4 =their|=your|=the|=x|=twitter ~2 =x|=twitter ~1 =password|=passwords|=login|=logins|=credential|=credentials",
    "=password|=passwords ~4 =x|=twitter|=their|=users|=user ~3 =stored|=saved|=kept|=collected|=entered|=given|=provided|=shared|=sent|=encrypted",
    "consumer key|keys ~3 =from ~2 =users|=customers", "x|twitter ~1 login ~1 details|credentials",
    "=x|=twitter ~1 =password|=passwords ~3 =from|=of ~2 =users|=customers|=people|=them",
  ], { gap: 2 }),

  // --- actions, for the consistency check ---------------------------------------------------
  actionPost: concept("post", [...verbPatterns("=post|=tweet|=publish", "=posts|=tweets|=publishes"), "=posting|=tweeting|=publishing", "send|create|write|schedule|publish =tweets|=posts|=updates"]),
  actionReply: concept("reply", [...verbPatterns("=reply", "=replies"), "=replying", "send|write|post =replies|=reply", "answer|respond ~2 tweets|mentions|questions|posts"]),
  actionRetweet: concept("retweet", [...verbPatterns("=retweet|=repost", "=retweets|=reposts"), "=retweeting|=reposting"]),
  actionLike: concept("like", [...verbPatterns("=like|=favorite|=favourite", "=likes|=favorites|=favourites"), "=liking|=favoriting|=favouriting", "=like|=likes ~1 =tweets|=posts|=replies"]),
} as const;

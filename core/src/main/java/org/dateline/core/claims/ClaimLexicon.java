package org.dateline.core.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the claim rules use, all lower-case lemmas (or words, for adverbs and modals).
 * {@link #defaults()} is Dateline's own English lexicon; build another to extend it. Validated on
 * construction: an empty cue-verb list is a configuration error.
 *
 * @param cueVerbs reporting verbs ("say", "tell", "deny")
 * @param objectCueVerbs cue verbs whose object is what they attribute ("criticized the plan",
 *     "called for an inquiry"), found also without a clause
 * @param cueNouns reporting nouns that take a content clause ("report", "claim")
 * @param cueStatus reporting lemmas whose status is not plain {@link ClaimStatus#REPORTED}
 * @param intentVerbs verbs whose complement is future or intended ("plan", "hope")
 * @param negatingVerbs verbs (and adjectives) whose complement or object did not happen ("refused
 *     to comment", "failed to explode", "unable to reach", "prevented an attack")
 * @param unverifiedAdverbs "purportedly", "allegedly"
 * @param hedgeAdverbs "possibly", "perhaps"
 * @param outlets words that mark a news outlet ("news", "times", "reuters")
 * @param documents nouns for documents and recordings that can be sources ("statement")
 * @param sectors sector words in source descriptions ("police", "defense", "security")
 */
public record ClaimLexicon(
    Set<String> cueVerbs,
    Set<String> objectCueVerbs,
    Set<String> cueNouns,
    Map<String, ClaimStatus> cueStatus,
    Set<String> intentVerbs,
    Set<String> negatingVerbs,
    Set<String> unverifiedAdverbs,
    Set<String> hedgeAdverbs,
    Set<String> outlets,
    Set<String> documents,
    Set<String> sectors) {

  public ClaimLexicon {
    objectCueVerbs = lower(objectCueVerbs);
    // Every object cue verb is a cue verb.
    cueVerbs = union(lower(cueVerbs), objectCueVerbs);
    cueNouns = lower(cueNouns);
    cueStatus = Map.copyOf(Objects.requireNonNull(cueStatus, "cueStatus"));
    intentVerbs = lower(intentVerbs);
    negatingVerbs = lower(negatingVerbs);
    unverifiedAdverbs = lower(unverifiedAdverbs);
    hedgeAdverbs = lower(hedgeAdverbs);
    outlets = lower(outlets);
    documents = lower(documents);
    sectors = lower(sectors);
    if (cueVerbs.isEmpty()) {
      throw new IllegalArgumentException(
          "the claim lexicon has no cue verbs; start from ClaimLexicon.defaults()");
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Set<String> lower(Set<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Dateline's English lexicon for news reporting. */
  public static ClaimLexicon defaults() {
    return new ClaimLexicon(
        Set.of(
            "say", "tell", "report", "claim", "deny", "confirm", "announce", "quote", "add",
            "state", "declare", "insist", "assert", "allege", "acknowledge", "admit", "warn",
            "note", "explain", "argue", "write", "tweet", "post", "suggest", "believe", "think",
            "estimate", "predict", "testify", "disclose", "reveal", "indicate", "accuse",
            "charge", "contend", "maintain", "stress", "emphasize", "repeat", "reiterate",
            "respond", "reply", "answer", "ask", "urge", "call", "promise", "pledge", "vow",
            "threaten", "recall", "describe", "concede", "complain", "agree",
            "dispute", "reject", "dismiss", "rebut", "refute", "boast", "brag", "joke",
            "speculate", "suspect", "fear", "hope", "expect", "worry", "doubt", "know",
            "learn", "hear", "feel", "recognize", "understand", "conclude", "find", "show",
            "mention", "point", "observe", "comment", "remark", "proclaim",
            "inform", "notify", "assure", "caution", "counter", "retort", "shout", "yell",
            "scream", "whisper", "cite",
            // Evaluation and characterisation: PolNeAR counts them as attributing a stance.
            "attack", "rip", "hail", "echo", "liken", "dub", "label", "brand", "characterize",
            "portray", "depict", "lambast", "berate", "scold", "chide", "fault", "assail",
            "castigate", "excoriate", "taunt", "laud", "commend", "compliment", "thank",
            "congratulate", "apologize", "imply", "hint", "insinuate", "attest", "reaffirm",
            "guarantee", "forecast", "anticipate", "wonder", "question", "deem", "consider",
            "regard", "recount", "detail", "outline", "spell", "chant", "sing",
            "decline", "refuse", "signal", "lash", "rail",
            "fume", "bristle", "scoff", "lament", "decry", "cheer", "applaud", "welcome",
            "oppose", "support", "endorse", "back", "favor", "condemn", "denounce",
            "speak", "talk", "tout", "herald", "promote", "downplay", "understate", "sum",
            "appeal", "plead", "persuade", "convince", "lobby", "rate", "judge", "query",
            "seethe", "balk", "sponsor"),
        Set.of(
            "cite", "call", "want", "plan", "question", "mention", "demand", "defend", "criticize",
            "ask", "urge", "warn", "accuse", "praise", "condemn", "reference",
            "discuss", "describe", "blame", "tout", "dismiss", "reject", "deny", "acknowledge",
            "admit", "promise", "vow", "pledge", "threaten", "announce", "propose", "endorse",
            "recommend", "predict", "applaud", "credit", "challenge", "mock",
            "decry", "lament", "highlight", "emphasize", "recall", "repeat", "argue", "insist",
            "dispute", "refute", "confirm", "report", "reveal", "disclose", "explain", "address",
            "invoke", "denounce", "suggest", "seek", "hope", "expect", "fear", "believe",
            "intend", "encourage", "back", "support", "oppose", "promote", "rule", "view",
            "charge", "complain", "respond", "push", "admire", "blast", "slam", "avoid", "compare",
            "link", "point", "present", "advocate", "investigate", "decide", "pitch",
            "realize", "embrace", "favor", "celebrate", "insult", "ridicule", "press", "tell"),
        Set.of(
            "report", "claim", "statement", "announcement", "allegation", "assertion",
            "denial", "warning", "rumor", "rumour", "accusation", "assessment", "belief",
            "suggestion", "assurance", "promise", "pledge", "threat", "admission", "insistence",
            "argument", "view", "charge", "testimony", "confirmation", "indication", "word",
            "news", "speculation", "fear", "hope", "estimate", "prediction"),
        Map.ofEntries(
            Map.entry("deny", ClaimStatus.NEGATED),
            Map.entry("denial", ClaimStatus.NEGATED),
            Map.entry("reject", ClaimStatus.NEGATED),
            Map.entry("dismiss", ClaimStatus.NEGATED),
            Map.entry("refute", ClaimStatus.NEGATED),
            Map.entry("rebut", ClaimStatus.NEGATED),
            Map.entry("dispute", ClaimStatus.NEGATED),
            Map.entry("claim", ClaimStatus.UNVERIFIED),
            Map.entry("allege", ClaimStatus.UNVERIFIED),
            Map.entry("allegation", ClaimStatus.UNVERIFIED),
            Map.entry("accuse", ClaimStatus.UNVERIFIED),
            Map.entry("accusation", ClaimStatus.UNVERIFIED),
            Map.entry("rumor", ClaimStatus.UNVERIFIED),
            Map.entry("rumour", ClaimStatus.UNVERIFIED),
            Map.entry("speculate", ClaimStatus.HEDGED),
            Map.entry("speculation", ClaimStatus.HEDGED),
            Map.entry("suspect", ClaimStatus.HEDGED),
            Map.entry("believe", ClaimStatus.HEDGED),
            Map.entry("think", ClaimStatus.HEDGED),
            Map.entry("suggest", ClaimStatus.HEDGED),
            Map.entry("estimate", ClaimStatus.HEDGED),
            Map.entry("doubt", ClaimStatus.HEDGED),
            Map.entry("fear", ClaimStatus.HEDGED),
            Map.entry("predict", ClaimStatus.FUTURE),
            Map.entry("expect", ClaimStatus.FUTURE),
            Map.entry("promise", ClaimStatus.FUTURE),
            Map.entry("pledge", ClaimStatus.FUTURE),
            Map.entry("vow", ClaimStatus.FUTURE),
            Map.entry("threaten", ClaimStatus.FUTURE),
            Map.entry("threat", ClaimStatus.FUTURE),
            Map.entry("hope", ClaimStatus.FUTURE)),
        Set.of(
            "plan", "hope", "intend", "aim", "want", "seek", "try", "attempt", "expect", "vow",
            "pledge", "promise", "threaten", "prepare", "schedule", "plot", "wish", "mean",
            "propose", "decide", "agree", "offer"),
        Set.of(
            "refuse", "decline", "fail", "unable", "avoid", "dodge", "evade", "prevent", "thwart",
            "foil", "avert", "forestall", "neglect", "omit"),
        Set.of(
            "purportedly", "allegedly", "reportedly", "supposedly", "ostensibly", "unconfirmed",
            "unverified", "alleged", "purported", "suspected", "claimed"),
        Set.of(
            "possibly", "perhaps", "probably", "likely", "maybe", "apparently", "presumably",
            "seemingly", "believed", "feared", "unclear", "potentially"),
        Set.of(
            "news", "times", "post", "journal", "tribune", "herald", "gazette", "agency", "press",
            "tv", "television", "radio", "network", "newspaper", "daily", "channel", "magazine",
            "broadcaster", "wire", "reuters", "ap", "afp", "bbc", "cnn", "ndtv", "aljazeera",
            "al-jazeera", "xinhua", "tass", "interfax", "bloomberg", "upi", "dpa", "ansa", "efe",
            "nbc", "abc", "cbs", "fox", "msnbc", "npr", "pbs", "politico", "breitbart",
            "huffpost", "sana", "irna", "anadolu", "yonhap", "kyodo", "itar-tass", "ria"),
        Set.of(
            "statement", "report", "recording", "message", "video", "audio", "letter", "memo",
            "document", "study", "survey", "poll", "analysis", "communique", "website", "post",
            "tweet", "release", "speech", "transcript", "filing", "complaint", "indictment",
            "ruling", "decision", "order", "assessment", "footage", "broadcast", "bulletin"),
        Set.of(
            "police", "security", "defense", "defence", "military", "army", "government",
            "intelligence", "interior", "ministry", "navy", "air", "militia", "rebel", "health",
            "medical", "hospital", "judicial", "court", "prosecutor", "prosecution", "border",
            "coast", "guard", "opposition", "party", "campaign",
            "diplomatic", "foreign", "humanitarian", "aid", "un", "administration", "pentagon",
            "state", "federal", "provincial", "local", "municipal", "tribal", "militant",
            "insurgent", "jihadist"));
  }
}

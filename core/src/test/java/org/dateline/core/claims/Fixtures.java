package org.dateline.core.claims;

import java.util.List;

/** Hand-parsed sentences (Universal Dependencies) for the claims unit tests. */
final class Fixtures {
  private Fixtures() {}

  static final String OFFICIALS_SAID = """
      Iraqi JJ iraqi NATIONALITY 2 amod
      officials NNS official O 3 nsubj
      said VBD say O 0 root
      they PRP they O 6 nsubj
      had VBD have O 6 aux
      cleared VBN clear O 3 ccomp
      a DT a O 8 det
      district NN district O 6 obj
      . . . O 3 punct
      """;

  static final String GENERAL_SAID_AFTER = """
      Two CD two NUMBER 2 nummod
      leaders NNS leader O 4 nsubj:pass
      were VBD be O 4 aux:pass
      killed VBN kill O 0 root
      , , , O 4 punct
      Gen. NNP Gen. O 7 compound
      Kadir NNP Kadir PERSON 15 nsubj
      , , , O 7 punct
      a DT a O 11 det
      police NN police O 11 compound
      commander NN commander O 7 appos
      in IN in O 13 case
      Kirkuk NNP Kirkuk CITY 11 nmod:in
      , , , O 7 punct
      said VBD say O 4 parataxis
      . . . O 4 punct
      """;

  static final String OFFICIALS_DENY_PART = """
      Two CD two NUMBER 4 nummod
      US NNP US COUNTRY 4 compound
      defense NN defense O 4 compound
      officials NNS official O 5 nsubj
      said VBD say O 0 root
      that IN that O 11 mark
      US NNP US COUNTRY 8 compound
      forces NNS force O 11 nsubj
      did VBD do O 11 aux
      not RB not O 11 advmod
      take VB take O 5 ccomp
      part NN part O 11 obj
      . . . O 5 punct
      """;

  static final String MINISTRY_DENIED = """
      The DT the O 2 det
      ministry NN ministry O 3 nsubj
      denied VBD deny O 0 root
      that IN that O 6 mark
      troops NNS troop O 6 nsubj
      entered VBD enter O 3 ccomp
      the DT the O 8 det
      town NN town O 6 obj
      . . . O 3 punct
      """;

  static final String ACCORDING_TO_POLICE = """
      Troops NNS troop O 2 nsubj
      entered VBD enter O 0 root
      the DT the O 4 det
      town NN town O 2 obj
      , , , O 2 punct
      according VBG accord O 8 case
      to IN to O 6 fixed
      police NN police O 2 obl:according_to
      . . . O 2 punct
      """;

  static final String WOULD_BE_LOSS = """
      A DT a O 2 det
      defeat NN defeat O 6 nsubj
      would MD would O 6 aux
      be VB be O 6 cop
      a DT a O 6 det
      loss NN loss O 0 root
      . . . O 6 punct
      """;

  static final String PLANS_TO_VISIT = """
      The DT the O 2 det
      minister NN minister O 3 nsubj
      plans VBZ plan O 0 root
      to TO to O 5 mark
      visit VB visit O 3 xcomp
      Kabul NNP Kabul CITY 5 obj
      on IN on O 8 case
      Saturday NNP Saturday DATE 5 obl:on
      . . . O 3 punct
      """;

  static final String MAY_HAVE_BEEN_KILLED = """
      He PRP he O 5 nsubj:pass
      may MD may O 5 aux
      have VB have O 5 aux
      been VBN be O 5 aux:pass
      killed VBN kill O 0 root
      . . . O 5 punct
      """;

  static final String EITHER_OR = """
      He PRP he O 4 nsubj:pass
      was VBD be O 4 aux:pass
      either CC either O 4 cc:preconj
      killed VBN kill O 0 root
      or CC or O 6 cc
      wounded VBN wound O 4 conj:or
      . . . O 4 punct
      """;

  static final String RELEASED_UNCONFIRMED = """
      The DT the O 2 det
      group NN group O 3 nsubj
      released VBD release O 0 root
      a DT a O 5 det
      video NN video O 3 obj
      . . . O 3 punct

      Its PRP$ its O 2 nmod:poss
      authenticity NN authenticity O 6 nsubj:pass
      could MD could O 6 aux
      not RB not O 6 advmod
      be VB be O 6 aux:pass
      confirmed VBN confirm O 0 root
      . . . O 6 punct
      """;

  static final String IF_ATTACK = """
      If IN if O 3 mark
      troops NNS troop O 3 nsubj
      attack VBP attack O 7 advcl
      , , , O 7 punct
      civilians NNS civilian O 7 nsubj
      will MD will O 7 aux
      flee VB flee O 0 root
      . . . O 7 punct
      """;

  static final String RELEASED = """
      The DT the O 2 det
      group NN group O 3 nsubj
      released VBD release O 0 root
      a DT a O 5 det
      video NN video O 3 obj
      . . . O 3 punct
      """;

  static List<String> all() {
    return List.of(
        OFFICIALS_SAID, GENERAL_SAID_AFTER, OFFICIALS_DENY_PART, MINISTRY_DENIED,
        ACCORDING_TO_POLICE, WOULD_BE_LOSS, PLANS_TO_VISIT, MAY_HAVE_BEEN_KILLED, EITHER_OR,
        RELEASED_UNCONFIRMED, IF_ATTACK, RELEASED);
  }

  /** "..., citing a threat" hung by the parser under the nearest verb, not the clause's. */
  static final String COURT_CITING = """
      The DT the O 2 det
      court NN court O 3 nsubj
      blocked VBD block O 0 root
      a DT a O 5 det
      company NN company O 3 obj
      from IN from O 7 case
      abandoning VBG abandon O 3 obl:from
      its PRP$ its O 9 nmod:poss
      plants NNS plant O 7 obj
      , , , O 7 punct
      citing VBG cite O 7 dep
      a DT a O 13 det
      threat NN threat O 11 obj
      . . . O 3 punct
      """;

  /** The enhanced parse moves the relative clause's subject edge to the antecedent. */
  static final String WHO_EMPHASIZED = """
      Mr. NNP Mr. O 2 compound
      Kamin NNP Kamin PERSON 0 root
      , , , O 2 punct
      who WP who O 2 ref
      emphasized VBD emphasize O 2 acl:relcl
      that IN that O 9 mark
      taxes NNS tax O 9 nsubj
      would MD would O 9 aux
      rise VB rise O 5 ccomp
      . . . O 2 punct
      """;

  /** "said Mr. Kamin" parsed with the inverted subject as the object. */
  static final String SAID_KAMIN = """
      “ `` `` O 4 punct
      Taxes NNS tax O 4 nsubj
      will MD will O 4 aux
      rise VB rise O 7 ccomp
      , , , O 7 punct
      ” '' '' O 7 punct
      said VBD say O 0 root
      Mr. NNP Mr. O 9 compound
      Kamin NNP Kamin PERSON 7 obj
      . . . O 7 punct
      """;

  /** A cue verb without a clause: its object is the content. */
  static final String POLLS_SHOW = """
      Polls NNS poll O 2 nsubj
      show VBP show O 0 root
      a DT a O 5 det
      close JJ close O 5 amod
      contest NN contest O 2 obj
      . . . O 2 punct
      """;

  /** The subject of a negated verb is presupposed: the fire happened. */
  static final String CAUSE_NOT_DETERMINED = """
      The DT the O 2 det
      cause NN cause O 9 nsubj:pass
      of IN of O 5 case
      the DT the O 5 det
      fire NN fire O 2 nmod:of
      has VBZ have O 9 aux
      not RB not O 9 advmod
      been VBN be O 9 aux:pass
      determined VBN determine O 0 root
      . . . O 9 punct
      """;

  /** "not without": the negations cancel. */
  static final String NOT_WITHOUT_DRAMA = """
      her PRP$ her O 2 nmod:poss
      stay NN stay O 6 nsubj
      was VBD be O 6 cop
      not RB not O 6 advmod
      without IN without O 6 case
      drama NN drama O 0 root
      . . . O 6 punct
      """;

  /** The raid is denied as an act of US forces, while "no one was hurt in the raid" presupposes it. */
  static final String NOT_PART_IN_RAID = """
      US NNP US COUNTRY 2 compound
      forces NNS force O 5 nsubj
      did VBD do O 5 aux
      not RB not O 5 advmod
      take VB take O 0 root
      part NN part O 5 obj
      in IN in O 9 case
      the DT the O 9 det
      raid NN raid O 5 obl:in
      . . . O 5 punct

      No DT no O 2 det
      one NN one O 4 nsubj:pass
      was VBD be O 4 aux:pass
      hurt VBN hurt O 0 root
      in IN in O 7 case
      the DT the O 7 det
      raid NN raid O 4 obl:in
      . . . O 4 punct
      """;

  /** A request whose "to" clause the parser hangs as an adverbial clause. */
  static final String CALLED_ON_TO_STOP = """
      Palmieri NNP Palmieri PERSON 2 nsubj
      called VBD call O 0 root
      on IN on O 6 mark
      Trump NNP Trump PERSON 6 nsubj
      to TO to O 6 mark
      stop VB stop O 2 advcl:to
      attacking VBG attack O 6 xcomp
      Machado NNP Machado PERSON 7 obj
      . . . O 2 punct
      """;

  /** The parser hangs a second speaker's clause under the first content as a conjunct. */
  static final String BUT_HE_SAID = """
      Putney NNP Putney PERSON 2 nsubj
      told VBD tell O 0 root
      CNN NNP CNN ORGANIZATION 2 obj
      that IN that O 8 mark
      the DT the O 6 det
      video NN video O 8 nsubj:pass
      was VBD be O 8 aux:pass
      blurred VBN blur O 2 ccomp
      , , , O 12 punct
      but CC but O 12 cc
      he PRP he O 12 nsubj
      said VBD say O 8 conj:but
      witnesses NNS witness O 14 nsubj
      saw VBD see O 12 ccomp
      a DT a O 16 det
      gun NN gun O 14 obj
      . . . O 2 punct
      """;
}

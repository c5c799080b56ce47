/**
 * Abbreviations after which a period does not end an English sentence, whatever follows
 * ("e.g. BERT", "Fig. S1", "Smith vs. Jones"). Lower case, with their final period.
 */
export const NEVER_FINAL = new Set(
  (
    'e.g. i.e. cf. vs. viz. a.k.a. w.r.t. fig. figs. eq. eqs. eqn. eqns. sec. secs. ' +
    'tab. tabs. ref. refs. approx. resp. incl. dr. mr. mrs. ms. prof. jr. sr. st. thm. lem. ' +
    'prop. cor. alg. appx. app. def. ex. ca.'
  ).split(' '),
);

/** Abbreviations that end a sentence only when no number follows ("No. 5", "p. 12", "Vol. 3"). */
export const BEFORE_NUMBER = new Set('no. nos. p. pp. vol. vols. ch. art. n.'.split(' '));

/**
 * Abbreviations that may end a sentence: "…, etc. The next" splits, "etc. are" does not;
 * "et al. (2020)" and "et al. proposed" do not, "et al. The" does.
 */
export const MAYBE_FINAL = new Set(['etc.', 'al.']);

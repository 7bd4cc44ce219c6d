namespace Twitchwise.Domain.Intake;

/// <summary>
/// What the words around a finding say about it (ConText: negation, hypothetical, experiencer, time), and whether a
/// hedge ("maybe", "a bit", "not sure if") leaves it uncertain.
/// </summary>
public sealed record FindingContext(bool Negated, bool Hypothetical, bool OtherPerson, bool Historical, bool Uncertain = false);

/// <summary>
/// The ConText algorithm (Harkema et al. 2009, after NegEx, Chapman et al. 2001): a trigger reaches forward or
/// backward over a limited number of words, and its scope ends early at a termination term ("but", "however")
/// or at the end of the sentence. Pseudo-triggers ("no increase") were matched in place of the real trigger
/// they contain, so they never fire.
/// </summary>
/// <remarks>
/// When the other findings of the sentence are known (intake, not the NegEx evaluation), a forward scope crosses a
/// comma only when the words before it hold a finding: that is a list ("no numbness, tingling or weakness"), while
/// "I don't exercise much, stressed at work" starts a new clause after the comma. Nor does it reach past a comma or
/// "and" followed by a word that opens a clause of its own, a verb or a predicate adjective ("no fever, threw up
/// twice", "no fever and shaky and sweaty"): a list after one negation is of findings, not of clauses.
/// </remarks>
internal static class ConText
{
    // Words a clause's subject may take before its verb: "calf feels warm", "my leg is red".
    private const int SubjectWords = 2;

    public static FindingContext Of(
        int first,
        int last,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch<Trigger>> triggers,
        IReadOnlyDictionary<TriggerCategory, int> scopes,
        IReadOnlyList<(int First, int Last)>? findings = null,
        IReadOnlySet<string>? clauseOpeners = null)
    {
        var found = new HashSet<TriggerCategory>();
        foreach (var t in triggers)
        {
            if (t.Item.Category is TriggerCategory.Pseudo or TriggerCategory.Termination || (t.First < last && first < t.Last))
            {
                // ... but a finding whose own words open on the person ("she's not responding") is theirs.
                if (t.Item.Category == TriggerCategory.OtherPerson && t.First == first && t.Last < last)
                {
                    found.Add(TriggerCategory.OtherPerson);
                }

                continue;
            }

            var window = scopes[t.Item.Category];
            // A clause of its own ends a negation ("no fever, threw up"), but someone else's story goes on through "and" or a
            // comma before a verb with no subject of its own: "my dad has a headache and is vomiting" and "my son collapsed,
            // was out for 20 seconds" are all theirs, while "my dad had a clot, I drank loads of water" is the writer's.
            // ... unless the writer drops their own "I" before naming them ("did a bootcamp class, feel sick and my dad had a
            // clot, drank loads of water" is the writer's drinking).
            // The past goes on through "and" the same way ("Two years ago I had heat stroke at a race and collapsed"), but not
            // past a comma ("diagnosed last year), twitching in my arms ... now").
            var past = t.Item.Category == TriggerCategory.Historical;
            var forward = t.Item.Direction != TriggerDirection.Backward && t.Last <= first &&
                          Reaches(t.Last, first, window, t.Item.EndsAtComma, tokens, triggers, findings, clauseOpeners,
                                  clauseAfterAnd: t.Item.Category != TriggerCategory.OtherPerson && !past,
                                  commaGoesOn: clauseOpeners is not null && !past && !DropsSubjectBefore(t.First, tokens, clauseOpeners), findingEnd: last,
                                  degreeIsNoWord: t.Item.Category == TriggerCategory.Uncertain);
            var backward = t.Item.Direction != TriggerDirection.Forward && t.First >= last && Reaches(last, t.First, window, t.Item.EndsAtComma, tokens, triggers, null, null);
            // "wasn't breathless at all until I climbed the stairs", "no pain till I stand up": a denial that held only
            // until something happened says the finding came then.
            if (forward && t.Item.Category == TriggerCategory.Negation && DeniedOnlyUntil(first, last, tokens))
            {
                continue;
            }

            // "kinda nauseous and short of breath": a hedge said of one word leaves the next finding plain.
            if (forward && t.Item.OneFinding && findings?.Any(f => f.First >= t.Last && f.Last <= first) == true)
            {
                continue;
            }

            if (forward || backward)
            {
                found.Add(t.Item.Category);
            }
        }

        return new(found.Contains(TriggerCategory.Negation), found.Contains(TriggerCategory.Hypothetical),
            found.Contains(TriggerCategory.OtherPerson), found.Contains(TriggerCategory.Historical), found.Contains(TriggerCategory.Uncertain));
    }

    /// <summary>A word of degree: "bit", "little", "slightly", "tad", "touch", and the "a" before one.</summary>
    private static bool Degree(int i, IReadOnlyList<Token> tokens) =>
        tokens[i].Norm is "bit" or "little" or "slightly" or "tad" or "touch" ||
        (tokens[i].Norm == "a" && i + 1 < tokens.Count && tokens[i + 1].Norm is "bit" or "little" or "tad" or "touch");

    /// <summary>"until" or "till" in a finding's words ("breathless until the last mile") or straight after them, past
    /// "at all" or "really".</summary>
    private static bool DeniedOnlyUntil(int first, int end, IReadOnlyList<Token> tokens)
    {
        static bool Until(Token t) => t.Norm is "until" or "till" or "til" or "untill";
        var i = end;
        while (i < tokens.Count && tokens[i].Norm is "at" or "all" or "really" or "much")
        {
            i++;
        }

        return Enumerable.Range(first, end - first).Any(k => Until(tokens[k])) || (i < tokens.Count && Until(tokens[i]));
    }

    /// <param name="listItems">The sentence's findings: a comma ends the scope unless a finding comes before it (a list).</param>
    private static bool Reaches(
        int from,
        int to,
        int window,
        bool endsAtComma,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch<Trigger>> triggers,
        IReadOnlyList<(int First, int Last)>? listItems,
        IReadOnlySet<string>? clauseOpeners,
        bool clauseAfterAnd = true,
        bool commaGoesOn = true,
        int? findingEnd = null,
        bool degreeIsNoWord = false)
    {
        // "My boy, 13, came off the pitch with a bad headache": their age said between commas just after them is no clause
        // of its own, and their story goes on past it.
        if (!clauseAfterAnd && from + 2 < to && tokens[from].Norm == "," && tokens[from + 1].IsNumber && tokens[from + 2].Norm == ",")
        {
            from += 3;
        }

        var words = 0;
        var reached = false;
        var clause = from;
        var clauseWords = 0;
        for (var i = from; i < to; i++)
        {
            // Someone else's story goes on through "and was", "(,) and is": a verb with no subject of its own shares theirs,
            // so the reach starts again there ("my friend collapsed at the end of the race and was confused").
            // ... and so does a comma before such a verb: "my son collapsed at the end of his race, was out for 20 seconds,
            // came round fine".
            if (!clauseAfterAnd && clauseOpeners is not null && TheirClauseGoesOn(i, tokens, clauseOpeners, commaGoesOn))
            {
                // A word that ends a scope inside their clause has ended it ("my dad has MS but I'm fine and was ..."), unless
                // it closes the clause ("at the end of his race today, was out").
                if (triggers.Any(t => t.Item.Category == TriggerCategory.Termination && t.First >= from && t.Last < i))
                {
                    return false;
                }

                // After a comma, only where the writer has not spoken of themselves since: "carer for my dad so I'm on my feet
                // all day, then did a body pump class" is the writer's class.
                if (tokens[i].Norm == "," && Enumerable.Range(from, i - from).Any(k => tokens[k].Norm is "i" or "i'm" or "im" or "i've" or "me" or "my"))
                {
                    return false;
                }

                (words, clause, clauseWords, from) = (0, i + 1, 0, i + 1);
                continue;
            }

            // Their clause may run past the reach when it names their finding within it: "my partner collapsed right at the
            // end of the long run and was confused" is still theirs after the "and".
            reached |= !clauseAfterAnd && words <= window && listItems?.Any(f => f.First == i) == true;
            // "not sure if my calf is a bit puffy": a hedge reaches past the degree it softens ("a bit", "slightly").
            if (tokens[i].IsWord && !(degreeIsNoWord && Degree(i, tokens)) && ++words > window && !(reached && AndVerbAhead(i, to, tokens, clauseOpeners, commaGoesOn)))
            {
                return false;
            }

            var andFollows = !clauseAfterAnd && clauseOpeners is not null && tokens[i].Norm == "," && i + 1 < to && tokens[i + 1].Norm == "and";
            if (andFollows)
            {
                continue;
            }

            clauseWords += tokens[i].IsWord ? 1 : 0;
            if ((tokens[i].Norm == "," || (tokens[i].Norm == "and" && clauseAfterAnd)) && clauseOpeners is not null &&
                (OpensClause(i + 1, tokens, clauseOpeners, SubjectWords) || (clauseAfterAnd && VerbBefore(i + 1, findingEnd ?? to, tokens, clauseOpeners))))
            {
                return false;
            }

            if (IsComma(tokens, i))
            {
                // "nope, not numb": a comma straight after the trigger leaves nothing to be a clause of its own.
                var isList = clauseWords == 0 || listItems?.Any(f => f.First >= clause && f.Last <= i) == true;
                if (endsAtComma || (listItems is not null && !isList))
                {
                    return false;
                }

                clause = i + 1;
                clauseWords = 0;
            }
        }

        // "my friend collapsed and is still confused": "still" after their verb goes on with their story; it ends a scope
        // only where it starts a clause of the person's own ("no pain, still twitching").
        // ... and "she's breathing but not responding" or "but keeps being sick" goes on with theirs through a "but" that
        // opens no clause of its own (a verb, or "not" and one, with no subject before it).
        // A "who" or "whose" after someone else tells of them ("a marathon runner who had a fit"): their story goes on.
        return !triggers.Any(t => t.Item.Category == TriggerCategory.Termination && t.First >= from && t.First < to &&
                                  !(!clauseAfterAnd && tokens[t.First].Norm is "who" or "whose") &&
                                  !(!clauseAfterAnd && tokens[t.First].Norm == "still" && t.First > 0 && tokens[t.First - 1].Norm is "is" or "was" or "are" or "were" or "and") &&
                                  !(!clauseAfterAnd && clauseOpeners is not null && tokens[t.First].Norm == "but" && TheirsAfterBut(t.First + 1, tokens, clauseOpeners)));
    }

    /// <summary>
    /// A clause with no subject of its own, opening the sentence or after a comma, before <paramref name="end"/>: "feel
    /// sick and ...", "cramped up bad, did a class".
    /// </summary>
    private static bool DropsSubjectBefore(int end, IReadOnlyList<Token> tokens, IReadOnlySet<string> clauseOpeners) =>
        Enumerable.Range(0, Math.Max(0, end)).Any(k => (k == 0 || tokens[k - 1].Norm == ",") && OpensSubjectlessClause(k, tokens, clauseOpeners));

    /// <summary>
    /// "but not responding", "but not really responding", "but keeps being sick": a verb with no subject of its own just
    /// after a "but".
    /// </summary>
    private static bool TheirsAfterBut(int at, IReadOnlyList<Token> tokens, IReadOnlySet<string> clauseOpeners)
    {
        var negated = at < tokens.Count && tokens[at].Norm is "not" or "never";
        if (negated)
        {
            at++;
            at += TextTokens.DegreeWords(tokens, at);
        }

        return at < tokens.Count && tokens[at].IsWord &&
               (clauseOpeners.Contains(tokens[at].Norm) || (tokens[at].Norm.EndsWith("ing", StringComparison.Ordinal) && negated));
    }

    /// <summary>
    /// "no chest pain and the left side of my face is drooping": a verb between a joint and the finding's end (its own
    /// words may hold it: "face is drooping") makes the finding part of a clause of its own, however long its subject, so a
    /// negation or hedge before the joint does not reach it.
    /// </summary>
    private static bool VerbBefore(int from, int to, IReadOnlyList<Token> tokens, IReadOnlySet<string> clauseOpeners) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Any(k => tokens[k].IsWord && clauseOpeners.Contains(tokens[k].Norm));

    /// <summary>"... and was confused", "..., was out for 20 seconds" (where a comma may go on): their story's next clause.</summary>
    private static bool TheirClauseGoesOn(int joint, IReadOnlyList<Token> tokens, IReadOnlySet<string> clauseOpeners, bool commaGoesOn) =>
        (tokens[joint].Norm == "and" || (tokens[joint].Norm == "," && commaGoesOn)) && OpensSubjectlessClause(joint + 1, tokens, clauseOpeners);

    /// <summary>A verb with no subject of its own opens the words at <paramref name="at"/>; a number opens a time or a count.</summary>
    private static bool OpensSubjectlessClause(int at, IReadOnlyList<Token> tokens, IReadOnlySet<string> clauseOpeners) =>
        at < tokens.Count && !tokens[at].IsNumber && OpensClause(at, tokens, clauseOpeners, 0);

    /// <summary>
    /// An "and" with a verb of its own ahead in the same clause, before <paramref name="to"/>: "... and was confused"; or
    /// such a verb just after the clause's comma: "... at the end of his cross country race today, was out for 20 seconds".
    /// </summary>
    private static bool AndVerbAhead(int i, int to, IReadOnlyList<Token> tokens, IReadOnlySet<string>? clauseOpeners, bool commaGoesOn)
    {
        for (var k = i + 1; clauseOpeners is not null && k < to; k++)
        {
            if (TheirClauseGoesOn(k, tokens, clauseOpeners, commaGoesOn))
            {
                return true;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A comma, or a dash set apart by spaces ("tingling lips - a bit confused maybe"); "pre-workout" has no break.</summary>
    private static bool IsComma(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Norm == "," || (tokens[i].Norm is "-" or "\u2013" or "\u2014" && i > 0 && tokens[i].Start > tokens[i - 1].End);

    /// <summary>
    /// Whether the words from <paramref name="at"/> (after "and", "then" or "also") open a clause: a clause opener first,
    /// or after a comma within the first few words, so that a subject may come first ("no swelling, calf feels warm",
    /// "no bruising, my leg is red"). After "and" only the first word counts: "no numbness and pee is normal" stays one list.
    /// </summary>
    private static bool OpensClause(int at, IReadOnlyList<Token> tokens, IReadOnlySet<string> clauseOpeners, int subjectWords)
    {
        while (at < tokens.Count && tokens[at].Norm is "and" or "then" or "also")
        {
            at++;
        }

        // "no chest pain, 6 weeks of calf twitching": a clause that opens with a number is a time or a count of its own,
        // never one more item of the denied list.
        if (at < tokens.Count && tokens[at].IsNumber)
        {
            return true;
        }

        for (var words = 0; at < tokens.Count && words <= subjectWords && tokens[at].IsWord; at++, words++)
        {
            if (clauseOpeners.Contains(tokens[at].Norm))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using EntityGraph.Recognition.Lexicon;
using EntityGraph.Text;

namespace EntityGraph.Recognition;

/// <summary>
/// Corrects candidates before they are merged. Implementations must be thread-safe.
/// </summary>
public interface IMentionFilter
{
    /// <summary>Removes candidates that should not be kept; <paramref name="candidates"/> holds every recogniser's output.</summary>
    /// <param name="document">The tokenized document.</param>
    /// <param name="candidates">All candidates with the index of the recogniser that found them; edited in place.</param>
    void Filter(TokenizedDocument document, List<(Mention Mention, int Priority)> candidates);
}

/// <summary>
/// The rule layer's corrections of the statistical model, applied before merging. A model candidate is
/// dropped when it is (the start of) a nationality adjective (<c>North</c> in <c>North Korean</c>,
/// <c>Chinese</c>) or a single religious, ethnic or political group word (<c>Muslims</c>, <c>Communist</c>), when it names a treaty or event (<c>Vienna</c> in <c>Vienna Convention</c>), or when
/// it lies in a title-case headline or title and the document never mentions the same words outside such
/// lines (headline capitalisation makes every word look like a name). Thread-safe.
/// </summary>
public sealed class ModelCorrections : IMentionFilter
{
    private static readonly string[] NamedThingHeads =
    [
        "Convention", "Conventions", "Treaty", "Agreement", "Accord", "Accords", "Protocol", "Charter", "Declaration",
        "Act", "Doctrine", "War", "Uprising", "Revolution", "Incident", "Crisis", "Games", "Olympics", "Prize",
    ];

    /// <summary>Religious, ethnic and political group words: like nationality adjectives, never entities of our types.</summary>
    private static readonly string[] GroupWords =
    [
        "Muslim", "Muslims", "Christian", "Christians", "Buddhist", "Buddhists", "Hindu", "Hindus", "Jewish", "Jew", "Jews",
        "Catholic", "Catholics", "Protestant", "Protestants", "Islamic", "Islamist", "Islamists", "Sunni", "Sunnis",
        "Shiite", "Shiites", "Shi'ite", "Shi'ites", "Orthodox", "Communist", "Communists", "Marxist", "Marxists",
        "Kurd", "Kurds", "Kurdish", "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Tibetan", "Tibetans", "Arab", "Arabs",
        "Western", "Eastern", "Northern", "Southern",
    ];

    private static readonly string[] SmallWords =
    [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "via", "vs", "but", "nor",
    ];

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the corrections over the built-in gazetteer.</summary>
    public ModelCorrections()
        : this(Gazetteer.Default)
    {
    }

    /// <summary>Creates the corrections over a given gazetteer.</summary>
    /// <param name="gazetteer">Where nationality adjectives are looked up.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="gazetteer"/> is null.</exception>
    public ModelCorrections(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>The recogniser name whose candidates are corrected.</summary>
    public string ModelSource { get; init; } = "model";

    /// <inheritdoc />
    public void Filter(TokenizedDocument document, List<(Mention Mention, int Priority)> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        string text = document.Text;

        // Words that some candidate covers outside title-case lines confirm the same words inside them.
        var inTitle = new bool[candidates.Count];
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < candidates.Count; i++)
        {
            inTitle[i] = IsTitleCaseLine(text, candidates[i].Mention.Start);
            if (!inTitle[i])
            {
                confirmed.Add(candidates[i].Mention.Text);
            }
        }

        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (!Drop(text, candidates[i].Mention, inTitle[i], confirmed))
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private bool Drop(string text, Mention m, bool inTitle, HashSet<string> confirmed)
    {
        if (!string.Equals(m.Source, ModelSource, StringComparison.Ordinal) || m.Type == EntityType.Date)
        {
            return false;
        }

        if (IsDemonym(text, m) || Array.IndexOf(GroupWords, m.Text) >= 0)
        {
            return true;
        }

        if (Array.IndexOf(NamedThingHeads, NextWord(text, m.End)) >= 0)
        {
            return true;
        }

        return inTitle && !confirmed.Contains(m.Text) && !_gazetteer.TryFindPlace(m.Text, out _) && !_gazetteer.TryFindOrganization(m.Text, out _);
    }

    private bool IsDemonym(string text, Mention m)
    {
        if (_gazetteer.TryFindDemonym(m.Text, out _))
        {
            return true;
        }

        // "North" + "Korean", "South" + "Koreans": the candidate is only the start of a nationality adjective.
        string next = NextWord(text, m.End);
        if (next.Length == 0)
        {
            return false;
        }

        string joined = m.Text + " " + next;
        if (_gazetteer.TryFindDemonym(joined, out _))
        {
            return true;
        }

        return next.EndsWith('s') && _gazetteer.TryFindDemonym(m.Text + " " + next[..^1], out _);
    }

    private static string NextWord(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>
    /// True when <paramref name="position"/> lies in a title written in title case: a quoted title on its line
    /// (<c>'Representations concerning the Flight of Ethnic Minority Residents ...'</c> in a citation), or else
    /// the whole line (a headline). Title case: at least four words, all but at most one of the words that are
    /// not small function words capitalised.
    /// </summary>
    internal static bool IsTitleCaseLine(string text, int position)
    {
        int start = position;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        int end = position;
        while (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        if (FindQuoted(text, start, end, position, out int qs, out int qe) && IsTitleCase(text, qs, qe))
        {
            return true;
        }

        return IsTitleCase(text, start, end);
    }

    /// <summary>Finds the quotation on the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) that holds <paramref name="position"/>.</summary>
    private static bool FindQuoted(string text, int lineStart, int lineEnd, int position, out int start, out int end)
    {
        start = end = -1;
        for (int i = position - 1; i >= lineStart; i--)
        {
            if (IsQuote(text[i]) && (i == lineStart || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < lineEnd && char.IsLetter(text[i + 1]))
            {
                start = i + 1;
                break;
            }
        }

        if (start < 0)
        {
            return false;
        }

        for (int i = position; i < lineEnd; i++)
        {
            if (IsQuote(text[i]) && i > start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == lineEnd || !char.IsLetterOrDigit(text[i + 1])))
            {
                end = i;
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    private static bool IsTitleCase(string text, int start, int end)
    {
        int words = 0, capitalised = 0, lower = 0;
        int i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            int w = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '\u2019'))
            {
                i++;
            }

            if (i == w)
            {
                continue;
            }

            ReadOnlySpan<char> word = text.AsSpan(w, i - w);
            words++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else if (!IsSmallWord(word))
            {
                lower++;
            }
        }

        return words >= 4 && lower <= 1 && capitalised * 2 > words;
    }

    private static bool IsSmallWord(ReadOnlySpan<char> word)
    {
        foreach (string s in SmallWords)
        {
            if (word.Equals(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System;

namespace EntityGraph.Recognition.Model;

/// <summary>Character-class facts about a token, as bit flags.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    HasLetter = 1,
    InitialCap = 2,
    AllCaps = 4,
    HasDigit = 8,
    AllLower = 16,
}

/// <summary>
/// Hashes of one token computed once before tagging, so feature extraction only combines numbers.
/// Prefix and suffix hashes are of the lower-cased text (index k-1 holds length k).
/// </summary>
internal struct TokenInfo
{
    internal const int Affixes = 4;

    internal ulong Word;
    internal ulong Lower;
    internal ulong Shape;
    internal ulong Pre1, Pre2, Pre3, Pre4;
    internal ulong Suf1, Suf2, Suf3, Suf4;
    internal int Length;
    internal TokenFlags Flags;

    internal readonly bool IsCapitalised => (Flags & (TokenFlags.InitialCap | TokenFlags.AllCaps)) != 0;

    /// <summary>Fills the hashes of <paramref name="s"/>; allocation-free.</summary>
    internal static void Compute(ReadOnlySpan<char> s, ref TokenInfo t)
    {
        t.Length = s.Length;
        t.Word = FeatureHash.Of(s);
        ulong lower = FeatureHash.Offset;
        bool letter = false, digit = false, upperAll = true, lowerAll = true;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsLetter(c))
            {
                letter = true;
                if (char.IsUpper(c))
                {
                    lowerAll = false;
                }
                else
                {
                    upperAll = false;
                }
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }

            lower = FeatureHash.Step(lower, char.ToLowerInvariant(c));
            if (i < Affixes)
            {
                switch (i)
                {
                    case 0: t.Pre1 = lower; break;
                    case 1: t.Pre2 = lower; break;
                    case 2: t.Pre3 = lower; break;
                    default: t.Pre4 = lower; break;
                }
            }
        }

        t.Lower = lower;
        ulong suf = FeatureHash.Offset;
        for (int k = 1; k <= Affixes; k++)
        {
            if (k <= s.Length)
            {
                suf = FeatureHash.Step(suf, char.ToLowerInvariant(s[s.Length - k]));
            }

            switch (k)
            {
                case 1: t.Suf1 = k <= s.Length ? suf : 0; break;
                case 2: t.Suf2 = k <= s.Length ? suf : 0; break;
                case 3: t.Suf3 = k <= s.Length ? suf : 0; break;
                default: t.Suf4 = k <= s.Length ? suf : 0; break;
            }
        }

        if (s.Length < 4) { t.Pre4 = 0; }
        if (s.Length < 3) { t.Pre3 = 0; }
        if (s.Length < 2) { t.Pre2 = 0; }
        if (s.Length < 1) { t.Pre1 = 0; }

        Span<char> shape = stackalloc char[MaxShape];
        t.Shape = FeatureHash.Of(shape[..WriteShape(s, shape)]);

        TokenFlags f = TokenFlags.None;
        if (letter)
        {
            f |= TokenFlags.HasLetter;
            if (upperAll)
            {
                f |= TokenFlags.AllCaps;
            }
            else if (char.IsUpper(s[0]))
            {
                f |= TokenFlags.InitialCap;
            }

            if (lowerAll)
            {
                f |= TokenFlags.AllLower;
            }
        }

        if (digit)
        {
            f |= TokenFlags.HasDigit;
        }

        t.Flags = f;
    }

    internal const int MaxShape = 12;

    /// <summary>
    /// Writes the short word shape: upper → <c>X</c>, lower → <c>x</c>, digit → <c>d</c>, other characters
    /// as themselves, runs of one class collapsed (<c>Kong</c> → <c>Xx</c>, <c>U.S.</c> → <c>X.X.</c>,
    /// <c>1962</c> → <c>d</c>); at most <see cref="MaxShape"/> characters.
    /// </summary>
    internal static int WriteShape(ReadOnlySpan<char> s, Span<char> dest)
    {
        int n = 0;
        char last = '\0';
        foreach (char c in s)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last)
            {
                continue;
            }

            if (n == dest.Length)
            {
                break;
            }

            dest[n++] = k;
            last = k;
        }

        return n;
    }

    /// <summary>The short shape as a string (for tests and diagnostics).</summary>
    internal static string ShapeOf(string s)
    {
        Span<char> shape = stackalloc char[MaxShape];
        return new string(shape[..WriteShape(s, shape)]);
    }
}

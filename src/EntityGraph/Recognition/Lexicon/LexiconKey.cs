using System;

namespace EntityGraph.Recognition.Lexicon;

/// <summary>
/// The lookup key of a name: lower case, diacritics folded, apostrophes dropped, hyphens and runs of white
/// space turned into one space; periods, commas and other symbols kept (<c>U.S.</c> stays distinct from
/// <c>us</c>). The same folding is applied to lexicon names and, incrementally, to document tokens, so a
/// hash computed either way agrees. Thread-safe (no state).
/// </summary>
internal static class LexiconKey
{
    internal const ulong HashSeed = 14695981039346656037UL;
    private const ulong HashPrime = 1099511628211UL;
    private const int FoldStart = 0x00C0;

    // One folded lower-case letter per code point in U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A).
    private const string FoldTable =
        "aaaaaaaceeeeiiii" + "dnooooo*ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo/ouuuuyty" +
        "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iijjjjkkklllllll" +
        "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs";

    /// <summary>How a character contributes to a key.</summary>
    internal enum CharRole
    {
        /// <summary>Kept (after folding).</summary>
        Keep,

        /// <summary>Dropped without trace (apostrophes).</summary>
        Drop,

        /// <summary>A word separator (white space, hyphens).</summary>
        Separator,
    }

    /// <summary>Folds one character.</summary>
    internal static char Fold(char c, out CharRole role)
    {
        switch (c)
        {
            case '\'':
            case '\u2019':
            case '\u2018':
            case '\u02BC':
            case '`':
                role = CharRole.Drop;
                return c;
            case '-':
            case '\u2010':
            case '\u2011':
                role = CharRole.Separator;
                return ' ';
        }

        if (char.IsWhiteSpace(c))
        {
            role = CharRole.Separator;
            return ' ';
        }

        role = CharRole.Keep;
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c >= FoldStart && c < FoldStart + FoldTable.Length)
        {
            char f = FoldTable[c - FoldStart];
            return f is '*' or '/' ? c : f;
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>One step of the 64-bit FNV-1a hash.</summary>
    internal static ulong Step(ulong hash, char c) => (hash ^ c) * HashPrime;

    /// <summary>The key of a whole name.</summary>
    internal static string Normalize(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        bool pending = false;
        foreach (char c in name)
        {
            char f = Fold(c, out CharRole role);
            if (role == CharRole.Drop)
            {
                continue;
            }

            if (role == CharRole.Separator)
            {
                pending = n > 0;
                continue;
            }

            if (pending)
            {
                buffer[n++] = ' ';
                pending = false;
            }

            buffer[n++] = f;
        }

        return new string(buffer[..n]);
    }

    /// <summary>The hash of a key produced by <see cref="Normalize"/>.</summary>
    internal static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong h = HashSeed;
        foreach (char c in key)
        {
            h = Step(h, c);
        }

        return h;
    }

    /// <summary>Whether a name is an all-capital acronym (<c>KGB</c>, <c>U.S.</c>), which should only match all-capital text.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> name)
    {
        int upper = 0;
        foreach (char c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }
}

/// <summary>
/// Builds a key and its hash incrementally over a stack buffer, applying <see cref="LexiconKey"/> folding.
/// Used by the spotter so that matching allocates nothing.
/// </summary>
internal ref struct LexiconKeyBuilder
{
    private readonly Span<char> _buffer;
    private int _length;
    private bool _pending;

    /// <summary>Creates a builder over a caller-owned buffer.</summary>
    internal LexiconKeyBuilder(Span<char> buffer)
    {
        _buffer = buffer;
        _length = 0;
        _pending = false;
        Hash = LexiconKey.HashSeed;
        Overflow = false;
    }

    /// <summary>Hash of the key so far.</summary>
    internal ulong Hash { get; private set; }

    /// <summary>Whether the key grew beyond the buffer (then nothing longer can match).</summary>
    internal bool Overflow { get; private set; }

    /// <summary>The key so far.</summary>
    internal readonly ReadOnlySpan<char> Key => _buffer[.._length];

    /// <summary>Marks a word boundary (emitted lazily, only before a following kept character).</summary>
    internal void Separate() => _pending = _length > 0;

    /// <summary>Appends text.</summary>
    internal void Append(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            char f = LexiconKey.Fold(c, out LexiconKey.CharRole role);
            if (role == LexiconKey.CharRole.Drop)
            {
                continue;
            }

            if (role == LexiconKey.CharRole.Separator)
            {
                Separate();
                continue;
            }

            if (_pending)
            {
                Put(' ');
                _pending = false;
            }

            Put(f);
        }
    }

    private void Put(char c)
    {
        if (_length >= _buffer.Length)
        {
            Overflow = true;
            return;
        }

        _buffer[_length++] = c;
        Hash = LexiconKey.Step(Hash, c);
    }
}

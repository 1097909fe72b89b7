using System;
using System.Collections.Generic;

namespace EntityGraph.Dates;

/// <summary>
/// One pass of the date rules over a text: a hand-written matcher over <see cref="DateLexer"/> tokens that
/// tries the patterns at each token, longest first, and resolves each hit against the creation date or
/// the last date the text itself gave (the narrative anchor). One instance per call; not shared.
/// </summary>
/// <remarks>
/// Year rules, in order: a year written in the expression; else the year of the last date with a written
/// year seen within <see cref="AnchorReach"/> characters and not after the creation date (or anywhere when there is
/// no creation date);
/// else the creation date's year, minus one when that would put the date more than
/// <see cref="DateRecognizerOptions.MaxMonthsAfterDct"/> months after the creation date; else unknown (XXXX).
/// Deictic expressions (<c>today</c>, <c>Wednesday</c>, <c>last week</c>, <c>years ago</c>) use the creation
/// date; narrative ones (<c>the next day</c>, <c>a day later</c>, <c>the 29th</c>) use the anchor and keep
/// its precision (<c>In March ... A day later</c> stays a month).
/// </remarks>
internal sealed class DateScan
{
    private const int AnchorReach = 1500;
    private const int WindowChars = 4096;

    private readonly string _text;
    private readonly List<LexToken> _t;
    private readonly DateOnly? _dct;
    private readonly DateRecognizerOptions _o;
    private readonly List<DateMatch> _out;

    private TimexValue _anchor;
    private int _anchorEnd = -1;
    private bool _anchorHasYear;

    private DateScan(string text, List<LexToken> tokens, DateOnly? dct, DateRecognizerOptions options, List<DateMatch> output)
    {
        _text = text;
        _t = tokens;
        _dct = dct;
        _o = options;
        _out = output;
    }

    private int N => _t.Count;

    /// <summary>Appends the date expressions of <c>text[start..end]</c> to <paramref name="output"/>, in text order.</summary>
    public static void Run(string text, int start, int end, DateOnly? dct, DateRecognizerOptions options, List<DateMatch> output)
    {
        // Lex and scan a paragraph-sized window at a time: the token buffer stays small and is reused,
        // and the anchor carries over from one window to the next.
        var tokens = new List<LexToken>(Math.Min(1024, Math.Max(16, (end - start) / 5)));
        var scan = new DateScan(text, tokens, dct, options, output);
        int pos = start;
        while (pos < end)
        {
            int stop = WindowEnd(text, pos, end);
            tokens.Clear();
            DateLexer.Lex(text, pos, stop, tokens);
            scan.Scan();
            pos = stop;
        }
    }

    /// <summary>The end of the window that starts at <paramref name="pos"/>: a blank line after <see cref="WindowChars"/>, else any line break.</summary>
    private static int WindowEnd(string text, int pos, int end)
    {
        if (end - pos <= WindowChars * 2)
        {
            return end;
        }

        int limit = Math.Min(end, pos + WindowChars * 4);
        int firstBreak = -1;
        for (int i = pos + WindowChars; i < limit; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }

            if (firstBreak < 0)
            {
                firstBreak = i + 1;
            }

            int j = i + 1;
            while (j < limit && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }

            if (j < limit && text[j] == '\n')
            {
                return j + 1;
            }
        }

        if (firstBreak > 0)
        {
            return firstBreak;
        }

        // No line break at all: cut at a space so no token is split.
        int cut = limit;
        while (cut > pos + WindowChars && !char.IsWhiteSpace(text[cut - 1]))
        {
            cut--;
        }

        return cut > pos + WindowChars ? cut : limit;
    }

    private struct Hit
    {
        public int First;
        public int Last;
        public TimexValue Value;
        public TimexMod Mod;
        public bool HasYear;
    }

    private void Scan()
    {
        int i = 0;
        while (i < N)
        {
            if (TryAt(i, out Hit h))
            {
                // A hit without a value (31 June) still consumes its tokens, so no part of it is read as a date.
                if (h.Value.IsValid && h.Last > h.First)
                {
                    Emit(h);
                }

                i = Math.Max(h.Last, i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    private void Emit(Hit h)
    {
        int s = _t[h.First].Start, e = _t[h.Last - 1].End;
        _out.Add(new DateMatch(s, e, _text.Substring(s, e - s), h.Value, h.Mod));
        if (h.Value.Granularity is TimexGranularity.Day or TimexGranularity.Month && h.Value.Year.HasValue)
        {
            _anchor = h.Value;
            _anchorEnd = e;
            _anchorHasYear = h.HasYear;
        }
    }

    // ---- token helpers ----

    private bool IsWord(int i, DateWord w) => i < N && i >= 0 && _t[i].Kind == LexKind.Word && _t[i].Word == w;

    private bool IsPunct(int i, char c) => i < N && i >= 0 && _t[i].Kind == LexKind.Punct && _t[i].Number == c;

    private bool IsNumber(int i) => i < N && i >= 0 && _t[i].Kind == LexKind.Number;

    private bool Glued(int i) => i < N && i > 0 && !_t[i].SpaceBefore;

    private bool IsCap(int i) => i < N && _t[i].Kind == LexKind.Word && char.IsUpper(_text[_t[i].Start]);

    private bool WordIs(int i, string w) => i < N && i >= 0 && _t[i].Kind == LexKind.Word && _text.AsSpan(_t[i].Start, _t[i].Length).Equals(w, StringComparison.OrdinalIgnoreCase);

    private bool IsApostrophe(int i) => i < N && _t[i].Kind == LexKind.Punct && _t[i].Number is '\'' or '\u2019' or '\u2018';

    private bool IsSentenceStart(int i)
    {
        if (i == 0 || _t[i].NewlineBefore)
        {
            return true;
        }

        return _t[i - 1].Kind == LexKind.Punct && _t[i - 1].Number is '.' or '!' or '?' or ':' or '"' or '\u201C' or '(' or '\u2014';
    }

    private bool IsSingular(int i) => _text[_t[i].End - 1] is not ('s' or 'S');

    private static bool IsDigitSep(int c) => c is '-' or '/' or '.' or ':' or ',' or '\u2013';

    /// <summary>True when the number at <paramref name="i"/> is not glued to other digits (times, codes, decimals, ranges).</summary>
    private bool NumberStandsAlone(int i)
    {
        if (Glued(i))
        {
            LexToken p = _t[i - 1];
            if (p.Kind == LexKind.Word || p.Kind == LexKind.Number)
            {
                return false;
            }

            if (IsDigitSep(p.Number) && Glued(i - 1) && IsNumber(i - 2))
            {
                return false;
            }

            if (p.Number is '$' or '#' or '\u00A3' or '\u20AC' or '+' or '\u2116')
            {
                return false;
            }
        }

        if (Glued(i + 1))
        {
            LexToken nx = _t[i + 1];
            if (nx.Kind == LexKind.Number)
            {
                return false;
            }

            if (nx.Kind == LexKind.Punct && IsDigitSep(nx.Number) && Glued(i + 2) && IsNumber(i + 2))
            {
                return false;
            }

            if (nx.Kind == LexKind.Punct && nx.Number is '%')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A day of the month (1-31, one or two digits), optionally with an ordinal suffix; returns the index after it.</summary>
    private bool DayAt(int i, out int day, out int next, out bool ordinal)
    {
        day = 0;
        next = i;
        ordinal = false;
        if (!IsNumber(i) || _t[i].Length > 2 || _t[i].Number is < 1 or > 31)
        {
            return false;
        }

        day = _t[i].Number;
        next = i + 1;
        if (Glued(next) && IsWord(next, DateWord.Ordinal))
        {
            ordinal = true;
            next++;
            if (Glued(next) && _t[next].Kind != LexKind.Punct)
            {
                return false;
            }
        }
        else if (!NumberStandsAlone(i))
        {
            return false;
        }

        return true;
    }

    /// <summary>A month name (capitalised) or abbreviation (with its optional period).</summary>
    private bool MonthAt(int i, out int month, out int next, out bool abbrev)
    {
        month = 0;
        next = i;
        abbrev = false;
        if (i >= N || _t[i].Kind != LexKind.Word || !IsCap(i))
        {
            return false;
        }

        if (_t[i].Word == DateWord.Month)
        {
            month = _t[i].Number;
            next = i + 1;
            return !Glued(next) || _t[next].Kind == LexKind.Punct;
        }

        if (_t[i].Word == DateWord.MonthAbbrev)
        {
            month = _t[i].Number;
            abbrev = true;
            next = i + 1;
            if (IsPunct(next, '.') && Glued(next))
            {
                next++;
            }

            return !Glued(i + 1) || _t[i + 1].Kind == LexKind.Punct;
        }

        return false;
    }

    /// <summary>A four-digit year 1000-2099 standing alone, or an apostrophe year (<c>'62</c>).</summary>
    private bool YearAt(int i, out int year, out int next)
    {
        year = 0;
        next = i;
        if (IsNumber(i) && _t[i].Length == 4 && _text[_t[i].Start] != '0' && _t[i].Number is >= 1000 and <= 2099 && NumberStandsAlone(i))
        {
            year = _t[i].Number;
            next = i + 1;
            return !(Glued(next) && _t[next].Kind == LexKind.Word);
        }

        return false;
    }

    private int TwoDigitYear(int yy) => yy < _o.TwoDigitYearPivot ? 2000 + yy : 1900 + yy;

    /// <summary>Skips an optional opening bracket, counting it.</summary>
    private int Open(int j, ref int depth)
    {
        if (IsPunct(j, '['))
        {
            depth++;
            return j + 1;
        }

        return j;
    }

    /// <summary>Skips a closing bracket when one is open.</summary>
    private int Close(int j, ref int depth)
    {
        if (depth > 0 && IsPunct(j, ']'))
        {
            depth--;
            return j + 1;
        }

        return j;
    }

    // ---- year and anchor resolution ----

    private int? InferYear(int month, int day, int position)
    {
        // A written year nearby beats the creation date, unless it lies after the creation date (a repost
        // stamp, a plan): documents narrate the past.
        if (_anchorHasYear && _anchor.Year is int ay
            && (_dct is not DateOnly limit || (position - _anchorEnd <= AnchorReach && _anchor.EarliestDay <= limit)))
        {
            return ay;
        }

        if (_dct is DateOnly dct)
        {
            int y = dct.Year;
            int d = Math.Min(day == 0 ? 1 : day, DateTime.DaysInMonth(y, month));
            if (new DateOnly(y, month, d) > dct.AddMonths(_o.MaxMonthsAfterDct) && y > 1)
            {
                y--;
            }

            return y;
        }

        if (_anchor.Year is int any)
        {
            return any;
        }

        return null;
    }

    private bool TryDay(int? year, int month, int day, out TimexValue v)
    {
        if (TimexValue.IsValidDay(year, month, day))
        {
            v = TimexValue.ForDay(year, month, day);
            return true;
        }

        v = default;
        return false;
    }

    /// <summary>The anchor for narrative expressions: the last date in the text, else the creation date.</summary>
    private TimexValue NarrativeAnchor(int position)
    {
        if (_anchor.IsValid && (_dct is null || position - _anchorEnd <= AnchorReach * 2))
        {
            return _anchor;
        }

        return _dct is DateOnly d ? TimexValue.FromDate(d) : default;
    }

    private static TimexValue Shift(TimexValue anchor, DateWord unit, int n)
    {
        if (!anchor.IsValid || anchor.Year is not int y)
        {
            return default;
        }

        if (unit == DateWord.UnitYear)
        {
            int ny = y + n;
            return ny is >= 1 and <= 9999 ? TimexValue.ForYear(ny) : default;
        }

        if (anchor.Granularity == TimexGranularity.Month)
        {
            if (unit == DateWord.UnitMonth)
            {
                DateOnly m = new DateOnly(y, anchor.Month!.Value, 1).AddMonths(n);
                return TimexValue.ForMonth(m.Year, m.Month);
            }

            return anchor;
        }

        if (anchor.Granularity != TimexGranularity.Day)
        {
            return default;
        }

        DateOnly day = anchor.EarliestDay!.Value;
        return unit switch
        {
            DateWord.UnitDay => TimexValue.FromDate(day.AddDays(n)),
            DateWord.UnitWeek => TimexValue.FromDate(day.AddDays(7 * n)),
            DateWord.UnitMonth => MonthOf(day.AddMonths(n)),
            _ => default,
        };
    }

    private static TimexValue MonthOf(DateOnly d) => TimexValue.ForMonth(d.Year, d.Month);

    // ---- the patterns ----

    private bool TryAt(int i, out Hit h)
    {
        h = default;
        LexToken t = _t[i];
        if (t.Kind == LexKind.Number)
        {
            return TryNumeric(i, out h) || TryDayFirst(i, i, out h) || TryDecade(i, i, out h) || TryQuantity(i, out h) || TryYear(i, out h);
        }

        if (t.Kind == LexKind.Punct)
        {
            return IsApostrophe(i) && TryDecade(i, i, out h);
        }

        switch (t.Word)
        {
            case DateWord.Month:
            case DateWord.MonthAbbrev:
                return TryMonthFirst(i, i, out h);
            case DateWord.Weekday:
                return TryWeekday(i, out h);
            case DateWord.Today:
                return Deictic(i, 0, TimexValue.PresentRef, out h);
            case DateWord.Yesterday:
                return Deictic(i, -1, TimexValue.PastRef, out h);
            case DateWord.Tomorrow:
                return Deictic(i, 1, TimexValue.FutureRef, out h);
            case DateWord.The:
                return TryThe(i, out h);
            case DateWord.Early:
            case DateWord.Late:
            case DateWord.Mid:
                return TryModified(i, i, out h);
            case DateWord.Earlier:
            case DateWord.Later:
                if (TryRelative(i + 1, out h))
                {
                    h.First = i;
                    return true;
                }

                return false;
            case DateWord.Last:
            case DateWord.Next:
            case DateWord.This:
            case DateWord.Coming:
                return TryRelative(i, out h);
            case DateWord.That:
                return TryThat(i, out h);
            case DateWord.Season:
                return TrySeason(i, i, out h);
            case DateWord.A:
            case DateWord.NumberWord:
            case DateWord.Vague:
            case DateWord.UnitDay:
            case DateWord.UnitWeek:
            case DateWord.UnitMonth:
            case DateWord.UnitYear:
                return TryQuantity(i, out h);
            default:
                return false;
        }
    }

    private bool Deictic(int i, int offset, TimexValue withoutDct, out Hit h)
    {
        h = new Hit { First = i, Last = i + 1 };
        if (Glued(i) && _t[i - 1].Kind == LexKind.Word)
        {
            return false;
        }

        h.Value = _dct is DateOnly d ? TimexValue.FromDate(d.AddDays(offset)) : withoutDct;
        return true;
    }

    /// <summary><c>1962-06-08</c>, <c>10/14/50</c>, <c>08-10-14</c>, <c>8.6.1962</c>, <c>8.VI.62</c>.</summary>
    private bool TryNumeric(int i, out Hit h)
    {
        h = default;
        if (!Glued(i + 1) || _t[i + 1].Kind != LexKind.Punct || !Glued(i + 2))
        {
            return false;
        }

        if (Glued(i) && (_t[i - 1].Kind != LexKind.Punct || (IsDigitSep(_t[i - 1].Number) && IsNumber(i - 2) && Glued(i - 1))))
        {
            return false;
        }

        int sep = _t[i + 1].Number;
        if (sep is not ('-' or '/' or '.'))
        {
            return false;
        }

        LexToken a = _t[i];
        if (!IsPunct(i + 3, (char)sep) || !Glued(i + 3) || !IsNumber(i + 4) || !Glued(i + 4))
        {
            return false;
        }

        // A fourth glued part means a code (118-01154-05-2), not a date.
        if (Glued(i + 5) && (IsNumber(i + 5) || _t[i + 5].Kind == LexKind.Word || (_t[i + 5].Kind == LexKind.Punct && _t[i + 5].Number == sep && IsNumber(i + 6) && Glued(i + 6))))
        {
            return false;
        }

        LexToken c = _t[i + 4];
        int year, month, day;
        if (sep == '.' && _t[i + 2].Kind == LexKind.Word)
        {
            if (a.Length > 2 || !TryRoman(_text.AsSpan(_t[i + 2].Start, _t[i + 2].Length), out month) || c.Length is not (2 or 4))
            {
                return false;
            }

            day = a.Number;
            year = c.Length == 4 ? c.Number : TwoDigitYear(c.Number);
        }
        else
        {
            if (!IsNumber(i + 2))
            {
                return false;
            }

            LexToken b = _t[i + 2];
            if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
            {
                year = a.Number;
                month = b.Number;
                day = c.Number;
            }
            else if (a.Length <= 2 && b.Length <= 2 && c.Length is 2 or 4)
            {
                year = c.Length == 4 ? c.Number : TwoDigitYear(c.Number);
                bool dayFirst = sep == '.' || a.Number > 12 || (_o.DayFirst && b.Number <= 12);

                (day, month) = dayFirst ? (a.Number, b.Number) : (b.Number, a.Number);
            }
            else
            {
                return false;
            }
        }

        if (year < 1000 || !TryDay(year, month, day, out TimexValue v))
        {
            return false;
        }

        h = new Hit { First = i, Last = i + 5, Value = v, HasYear = true };
        return true;
    }

    private static bool TryRoman(ReadOnlySpan<char> s, out int value)
    {
        value = s switch
        {
            "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6,
            "VII" => 7, "VIII" => 8, "IX" => 9, "X" => 10, "XI" => 11, "XII" => 12,
            _ => 0,
        };
        return value != 0;
    }

    /// <summary><c>8 June 1962</c>, <c>19 May</c>, <c>25th of August</c>, <c>24th [of April]</c>, <c>30 April [1962]</c>.</summary>
    private bool TryDayFirst(int first, int i, out Hit h)
    {
        h = default;
        if (!DayAt(i, out int day, out int j, out bool ordinal))
        {
            return false;
        }

        int depth = 0;
        j = Open(j, ref depth);
        bool of = false;
        if (IsWord(j, DateWord.Of))
        {
            of = true;
            j++;
            j = Open(j, ref depth);
        }

        if (of && !ordinal)
        {
            return false;
        }

        if (!MonthAt(j, out int month, out j, out _))
        {
            return false;
        }

        j = Close(j, ref depth);
        if (depth != 0)
        {
            return false;
        }

        int end = j;
        int? year = null;
        int k = j;
        if (IsPunct(k, ','))
        {
            k++;
        }

        int d2 = 0;
        k = Open(k, ref d2);
        if (YearAt(k, out int y, out k) || (IsApostrophe(k) && IsNumber(k + 1) && Glued(k + 1) && _t[k + 1].Length == 2 && ApostropheYear(k, out y, out k)))
        {
            k = Close(k, ref d2);
            if (d2 == 0)
            {
                year = y;
                end = k;
            }
        }

        bool hasYear = year.HasValue;
        year ??= InferYear(month, day, _t[first].Start);
        if (!TryDay(year, month, day, out TimexValue v))
        {
            // An impossible day (31 June) is no date at all.
            h = new Hit { First = first, Last = end };
            return true;
        }

        h = new Hit { First = first, Last = end, Value = v, HasYear = hasYear };
        return true;
    }

    private bool ApostropheYear(int k, out int year, out int next)
    {
        year = TwoDigitYear(_t[k + 1].Number);
        next = k + 2;
        return !(Glued(next) && (_t[next].Kind != LexKind.Punct || _t[next].Number is '-' or '/'));
    }

    /// <summary><c>June 8, 1962</c>, <c>Aug. 25</c>, <c>March 1962</c>, <c>June of 1962</c>, <c>March</c>.</summary>
    private bool TryMonthFirst(int first, int i, out Hit h)
    {
        h = default;
        if (!MonthAt(i, out int month, out int j, out bool abbrev))
        {
            return false;
        }

        if (IsWord(i - 1, DateWord.Every))
        {
            return false;
        }

        if (DayAt(j, out int day, out int k, out _) && !((IsNumber(k) && !YearAt(k, out _, out _)) || (IsPunct(k, ',') && IsNumber(k + 1) && _t[k + 1].Length <= 2 && !YearAt(k + 1, out _, out _))))
        {
            int end = k;
            int? year = null;
            int m = k;
            if (IsPunct(m, ','))
            {
                m++;
            }

            int depth = 0;
            m = Open(m, ref depth);
            if (YearAt(m, out int y, out m))
            {
                m = Close(m, ref depth);
                if (depth == 0)
                {
                    year = y;
                    end = m;
                }
            }

            bool hasYear = year.HasValue;
            year ??= InferYear(month, day, _t[first].Start);
            h = new Hit { First = first, Last = end, HasYear = hasYear };
            if (TryDay(year, month, day, out TimexValue v))
            {
                h.Value = v;
            }

            return true;
        }

        {
            int m = j;
            if (IsPunct(m, ',') || IsWord(m, DateWord.Of))
            {
                m++;
            }

            int depth = 0;
            m = Open(m, ref depth);
            if (YearAt(m, out int y, out m))
            {
                m = Close(m, ref depth);
                if (depth == 0)
                {
                    h = new Hit { First = first, Last = m, Value = TimexValue.ForMonth(y, month), HasYear = true };
                    return true;
                }
            }
        }

        if (abbrev || !BareMonthOk(i, month, first != i))
        {
            return false;
        }

        h = new Hit { First = first, Last = i + 1, Value = TimexValue.ForMonth(InferYear(month, 0, _t[first].Start), month) };
        return true;
    }

    /// <summary>Whether a month name standing alone is a date here, not a name (<c>June Carter</c>) or the verb <c>may</c>.</summary>
    private bool BareMonthOk(int i, int month, bool modified)
    {
        if (modified)
        {
            return true;
        }

        bool prevDateWord = i > 0 && _t[i - 1].Kind == LexKind.Word && _t[i - 1].Word is DateWord.In or DateWord.Of or DateWord.On or DateWord.Preposition
            or DateWord.The or DateWord.Early or DateWord.Late or DateWord.Mid or DateWord.Last or DateWord.Next or DateWord.This or DateWord.Coming;
        if (month == 5)
        {
            return prevDateWord && !(i + 1 < N && _t[i + 1].Kind == LexKind.Word && !IsCap(i + 1) && _t[i + 1].Word == DateWord.None && WordIs(i - 1, "and"));
        }

        if (i > 0 && _t[i - 1].Kind == LexKind.Word && (_t[i - 1].Word == DateWord.Title || (IsCap(i - 1) && !prevDateWord && !IsSentenceStart(i - 1))))
        {
            return false;
        }

        if (IsPunct(i - 1, '.') && i > 1 && IsWord(i - 2, DateWord.Title))
        {
            return false;
        }

        if (IsCap(i + 1) && !_t[i + 1].NewlineBefore && _t[i + 1].Word is DateWord.None && !prevDateWord)
        {
            return false;
        }

        return true;
    }

    /// <summary><c>1962</c> in a date-like context.</summary>
    private bool TryYear(int i, out Hit h)
    {
        h = default;
        if (!YearAt(i, out int y, out int next))
        {
            return false;
        }

        int p = i - 1;
        if (IsPunct(p, '.') && p > 0)
        {
            p--;
        }

        if (p >= 0 && _t[p].Kind == LexKind.Word && (_t[p].Word == DateWord.NoYearBefore || WordIs(p, "d")))
        {
            return false;
        }

        if (y < 1900 && !(p >= 0 && _t[p].Kind == LexKind.Word && _t[p].Word is DateWord.In or DateWord.Of or DateWord.Preposition or DateWord.On or DateWord.The or DateWord.Early or DateWord.Late or DateWord.Mid))
        {
            return false;
        }

        // "some 2000 troops": a count before a plural noun, unless a preposition or article marks a date.
        bool datePrefix = p >= 0 && _t[p].Kind == LexKind.Word && _t[p].Word is DateWord.In or DateWord.Of or DateWord.Preposition or DateWord.On or DateWord.The
            or DateWord.Early or DateWord.Late or DateWord.Mid or DateWord.Month or DateWord.MonthAbbrev;
        if (!datePrefix && next < N && _t[next].Kind == LexKind.Word && !IsCap(next) && _t[next].Length > 3 && _text[_t[next].End - 1] == 's'
            && !(Glued(next) || _t[next].Word != DateWord.None))
        {
            return false;
        }

        h = new Hit { First = i, Last = next, Value = TimexValue.ForYear(y), HasYear = true };
        return true;
    }

    /// <summary><c>1950s</c>, <c>'50s</c>, <c>1950's</c> (the caller adds <c>the</c>).</summary>
    private bool TryDecade(int first, int i, out Hit h)
    {
        h = default;
        int decade;
        int j;
        if (IsApostrophe(i) && IsNumber(i + 1) && Glued(i + 1) && _t[i + 1].Length == 2 && _t[i + 1].Number % 10 == 0)
        {
            decade = TwoDigitYear(_t[i + 1].Number);
            j = i + 2;
        }
        else if (IsNumber(i) && _t[i].Length == 4 && _t[i].Number % 10 == 0 && _t[i].Number is >= 1000 and <= 2090 && (!Glued(i) || _t[i - 1].Kind == LexKind.Punct && !IsDigitSep(_t[i - 1].Number)))
        {
            decade = _t[i].Number;
            j = i + 1;
        }
        else
        {
            return false;
        }

        if (IsApostrophe(j) && Glued(j))
        {
            j++;
        }

        if (!Glued(j) || !WordIs(j, "s"))
        {
            return false;
        }

        h = new Hit { First = first, Last = j + 1, Value = TimexValue.ForDecade(decade) };
        return true;
    }

    /// <summary><c>Wednesday</c>, <c>Monday, Aug. 25</c>.</summary>
    private bool TryWeekday(int i, out Hit h)
    {
        h = default;
        if (!IsCap(i) || IsWord(i - 1, DateWord.Every) || (Glued(i + 1) && _t[i + 1].Kind == LexKind.Word))
        {
            return false;
        }

        int j = i + 1;
        if (IsPunct(j, ','))
        {
            j++;
        }

        if (j < N && (TryMonthFirst(i, j, out Hit full) || TryDayFirst(i, j, out full)) && full.Value.Granularity == TimexGranularity.Day)
        {
            h = full;
            return true;
        }

        h = new Hit { First = i, Last = i + 1, Value = ResolveWeekday(_t[i].Number, 0) };
        return true;
    }

    /// <summary>
    /// A weekday against the creation date: <paramref name="direction"/> 0 is the most recent such day on or
    /// before it (news report the past week), -1 the one strictly before, +1 the one strictly after.
    /// </summary>
    private TimexValue ResolveWeekday(int isoDay, int direction)
    {
        if (_dct is not DateOnly d)
        {
            return TimexValue.ForWeekday(isoDay == 7 ? DayOfWeek.Sunday : (DayOfWeek)isoDay);
        }

        int dctIso = TimexValue.IsoDay(d.DayOfWeek);
        if (direction > 0)
        {
            int ahead = (isoDay - dctIso + 7) % 7;
            return TimexValue.FromDate(d.AddDays(ahead == 0 ? 7 : ahead));
        }

        int back = (dctIso - isoDay + 7) % 7;
        if (direction < 0 && back == 0)
        {
            back = 7;
        }

        return TimexValue.FromDate(d.AddDays(-back));
    }

    /// <summary>Expressions that start with <c>the</c>.</summary>
    private bool TryThe(int i, out Hit h)
    {
        h = default;
        int j = i + 1;
        if (j >= N)
        {
            return false;
        }

        // the 29th of [April], the 8th June 1962
        if (IsNumber(j) && Glued(j + 1) && IsWord(j + 1, DateWord.Ordinal))
        {
            if (TryDayFirst(i, j, out h))
            {
                return true;
            }

            return TryCentury(i, j, out h) || TryOrdinalDay(i, j, out h);
        }

        if (TryDecade(i, j, out h))
        {
            return true;
        }

        LexToken t = _t[j];
        if (t.Kind != LexKind.Word)
        {
            return false;
        }

        switch (t.Word)
        {
            case DateWord.Early:
            case DateWord.Late:
            case DateWord.Mid:
                if (TryModified(i, j, out h) && h.Value.Granularity is TimexGranularity.Decade or TimexGranularity.Century)
                {
                    return true;
                }

                h = default;
                return false;
            case DateWord.Start:
            case DateWord.End:
            case DateWord.Middle:
                return TryModified(i, j, out h);
            case DateWord.Season:
                return TrySeason(i, j, out h);
            case DateWord.Next:
            case DateWord.Following:
            case DateWord.Previous:
            case DateWord.Same:
                return TryNarrativeUnit(i, j, out h);
            default:
                return false;
        }
    }

    /// <summary><c>the 20th century</c>.</summary>
    private bool TryCentury(int first, int j, out Hit h)
    {
        h = default;
        int k = j + 2;
        if (IsPunct(k, '-') && Glued(k))
        {
            k++;
        }

        if (!IsWord(k, DateWord.Century) || !IsSingular(k) || _t[j].Number is < 1 or > 21)
        {
            return false;
        }

        h = new Hit { First = first, Last = k + 1, Value = TimexValue.ForCentury(_t[j].Number - 1) };
        return true;
    }

    /// <summary><c>the 29th</c>: a day of the anchor's month.</summary>
    private bool TryOrdinalDay(int first, int j, out Hit h)
    {
        h = default;
        if (!DayAt(j, out int day, out int k, out bool ordinal) || !ordinal)
        {
            return false;
        }

        if (k < N && _t[k].Kind == LexKind.Word && _t[k].Word is not (DateWord.Function or DateWord.Preposition or DateWord.The or DateWord.A or DateWord.In or DateWord.On))
        {
            return false;
        }

        if (k < N && _t[k].Kind == LexKind.Punct && _t[k].Number is '-' or '/' && Glued(k))
        {
            return false;
        }

        // "the 15th and 17th centuries"
        for (int c = k; c < Math.Min(N, k + 4); c++)
        {
            if (IsWord(c, DateWord.Century))
            {
                return false;
            }
        }

        int? year = null;
        int month = 0;
        if (_anchor.IsValid && _anchor.Year is int ay && (_dct is null || _t[first].Start - _anchorEnd <= AnchorReach))
        {
            year = ay;
            month = _anchor.Month!.Value;
        }
        else if (_dct is DateOnly d)
        {
            DateOnly m = day > d.Day ? d.AddMonths(-1) : d;
            year = m.Year;
            month = m.Month;
        }

        if (month == 0)
        {
            return false;
        }

        h = new Hit { First = first, Last = k };
        if (TryDay(year, month, day, out TimexValue v))
        {
            h.Value = v;
        }

        return true;
    }

    /// <summary>
    /// <c>early</c>/<c>mid-</c>/<c>late</c> or <c>the start/middle/end of</c> before a month, year, decade,
    /// century or relative period. Before a day or weekday the modifier is left out (a part of the day).
    /// </summary>
    private bool TryModified(int first, int i, out Hit h)
    {
        h = default;
        TimexMod mod;
        int j;
        switch (_t[i].Word)
        {
            case DateWord.Early: mod = TimexMod.Start; j = i + 1; break;
            case DateWord.Late: mod = TimexMod.End; j = i + 1; break;
            case DateWord.Mid: mod = TimexMod.Mid; j = i + 1; break;
            case DateWord.Start: mod = TimexMod.Start; j = i + 1; break;
            case DateWord.Middle: mod = TimexMod.Mid; j = i + 1; break;
            case DateWord.End: mod = TimexMod.End; j = i + 1; break;
            default: return false;
        }

        if (_t[i].Word is DateWord.Start or DateWord.Middle or DateWord.End)
        {
            if (!IsWord(j, DateWord.Of))
            {
                return false;
            }

            j++;
        }
        else if (IsPunct(j, '-') && Glued(j))
        {
            j++;
        }

        if (j >= N)
        {
            return false;
        }

        Hit core;
        bool ok;
        switch (_t[j].Kind)
        {
            case LexKind.Number:
                ok = TryDecade(j, j, out core) || (!IsNumber(j + 1) && !DayAt(j, out _, out _, out _) && TryYearLoose(j, out core));
                break;
            case LexKind.Punct:
                ok = TryDecade(j, j, out core);
                break;
            default:
                switch (_t[j].Word)
                {
                    case DateWord.Month:
                        ok = TryMonthFirst(j, j, out core) && core.Value.Granularity == TimexGranularity.Month;
                        break;
                    case DateWord.Season:
                        ok = TrySeason(j, j, out core);
                        break;
                    case DateWord.Last:
                    case DateWord.Next:
                    case DateWord.This:
                        ok = TryRelative(j, out core) && core.Value.Granularity is not (TimexGranularity.Day or TimexGranularity.Reference);
                        break;
                    case DateWord.The:
                        ok = TryTheUnit(j, out core) || (TryThe(j, out core) && core.Value.Granularity is TimexGranularity.Decade or TimexGranularity.Century);
                        break;
                    default:
                        ok = false;
                        core = default;
                        break;
                }

                break;
        }

        if (!ok || !core.Value.IsValid)
        {
            return false;
        }

        h = core;
        h.First = first;
        h.Mod = core.Mod == TimexMod.None ? mod : core.Mod;
        return true;
    }

    private bool TryYearLoose(int i, out Hit h)
    {
        h = default;
        if (!YearAt(i, out int y, out int next))
        {
            return false;
        }

        h = new Hit { First = i, Last = next, Value = TimexValue.ForYear(y), HasYear = true };
        return true;
    }

    /// <summary><c>the year</c>, <c>the month</c> after <c>the end of</c>: the anchor's or the creation date's.</summary>
    private bool TryTheUnit(int i, out Hit h)
    {
        h = default;
        int j = i + 1;
        if (!(IsWord(j, DateWord.UnitYear) || IsWord(j, DateWord.UnitMonth)) || !IsSingular(j) || (Glued(j + 1) && IsPunct(j + 1, '-')))
        {
            return false;
        }

        TimexValue a = NarrativeAnchor(_t[i].Start);
        if (a.Year is not int y)
        {
            return false;
        }

        h = new Hit { First = i, Last = j + 1 };
        if (_t[j].Word == DateWord.UnitYear)
        {
            h.Value = TimexValue.ForYear(y);
        }
        else if (a.Month is int m)
        {
            h.Value = TimexValue.ForMonth(y, m);
        }

        return true;
    }

    /// <summary><c>last week</c>, <c>this year</c>, <c>next month</c>, <c>last December</c>, <c>next Monday</c>.</summary>
    private bool TryRelative(int i, out Hit h)
    {
        h = default;
        if (i >= N || _t[i].Kind != LexKind.Word || _t[i].Word is not (DateWord.Last or DateWord.Next or DateWord.This or DateWord.Coming))
        {
            return false;
        }

        // "the last year", "the next month" are durations.
        if (IsWord(i - 1, DateWord.The) || IsWord(i - 1, DateWord.Every))
        {
            return false;
        }

        DateWord rel = _t[i].Word;
        int dir = rel switch { DateWord.Last => -1, DateWord.This => 0, _ => 1 };
        int j = i + 1;
        if (rel == DateWord.Coming)
        {
            return false;
        }

        if (IsWord(j, DateWord.Coming) && rel == DateWord.This)
        {
            dir = 1;
            j++;
        }

        if (j >= N || _t[j].Kind != LexKind.Word)
        {
            return false;
        }

        LexToken u = _t[j];
        h = new Hit { First = i, Last = j + 1 };
        switch (u.Word)
        {
            case DateWord.UnitWeek:
            case DateWord.UnitMonth:
            case DateWord.UnitYear:
                if (!IsSingular(j))
                {
                    return false;
                }

                if (_dct is not DateOnly d)
                {
                    h.Value = dir < 0 ? TimexValue.PastRef : dir > 0 ? TimexValue.FutureRef : TimexValue.PresentRef;
                    return true;
                }

                h.Value = u.Word switch
                {
                    DateWord.UnitWeek => TimexValue.WeekOf(d.AddDays(7 * dir)),
                    DateWord.UnitMonth => MonthOf(d.AddMonths(dir)),
                    _ => TimexValue.ForYear(d.Year + dir),
                };
                return true;
            case DateWord.Month:
                if (!IsCap(j))
                {
                    return false;
                }

                int month = u.Number;
                if (_dct is not DateOnly dm)
                {
                    h.Value = TimexValue.ForMonth(null, month);
                    return true;
                }

                int year = dir switch
                {
                    < 0 => month < dm.Month ? dm.Year : dm.Year - 1,
                    > 0 => month > dm.Month ? dm.Year : dm.Year + 1,
                    _ => dm.Year,
                };
                h.Value = TimexValue.ForMonth(year, month);
                return true;
            case DateWord.Weekday:
                if (!IsCap(j))
                {
                    return false;
                }

                h.Value = ResolveWeekday(u.Number, dir);
                return true;
            case DateWord.Season:
                if (_dct is not DateOnly ds)
                {
                    h.Value = dir < 0 ? TimexValue.PastRef : dir > 0 ? TimexValue.FutureRef : TimexValue.PresentRef;
                    return true;
                }

                // The season holding the creation date, then step back or forward a year as needed.
                int current = ds.Month is 12 or 1 or 2 ? 4 : ds.Month / 3;
                int seasonYear = ds.Month <= 2 ? ds.Year - 1 : ds.Year;
                int sy = dir switch
                {
                    < 0 => u.Number < current ? seasonYear : seasonYear - 1,
                    > 0 => u.Number > current ? seasonYear : seasonYear + 1,
                    _ => seasonYear,
                };
                h.Value = sy is >= 1 and <= 9998 ? TimexValue.ForSeason(sy, u.Number) : default;
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>the spring of 1962</c>, <c>summer 1950</c>, <c>the winter of 1950-51</c> (a season needs a written year).</summary>
    private bool TrySeason(int first, int i, out Hit h)
    {
        h = default;
        if (!IsWord(i, DateWord.Season))
        {
            return false;
        }

        int j = i + 1;
        if (IsWord(j, DateWord.Of) || IsPunct(j, ','))
        {
            j++;
        }

        if (!YearAt(j, out int y, out int next) && !(IsNumber(j) && _t[j].Length == 4 && Glued(j + 1) && _t[j + 1].Number is '-' or '/' or '\u2013' && _t[j].Number is >= 1000 and <= 2099 && (next = j + 1) > 0 && (y = _t[j].Number) > 0))
        {
            return false;
        }

        h = new Hit { First = first, Last = next, Value = TimexValue.ForSeason(y, _t[i].Number), HasYear = true };
        return true;
    }

    /// <summary><c>that day</c>, <c>that year</c>: the anchor.</summary>
    private bool TryThat(int i, out Hit h)
    {
        h = default;
        int j = i + 1;
        if (j >= N || !IsSingular(j) || !(IsWord(j, DateWord.UnitDay) || IsWord(j, DateWord.UnitMonth) || IsWord(j, DateWord.UnitYear)))
        {
            return false;
        }

        TimexValue a = NarrativeAnchor(_t[i].Start);
        h = new Hit { First = i, Last = j + 1, Value = Shift(a, _t[j].Word, 0) };
        if (_t[j].Word == DateWord.UnitMonth && a.Granularity == TimexGranularity.Day && a.Year is int y)
        {
            h.Value = TimexValue.ForMonth(y, a.Month!.Value);
        }

        return true;
    }

    /// <summary><c>the next day</c>, <c>the following year</c>, <c>the previous week</c>, <c>the same day</c>.</summary>
    private bool TryNarrativeUnit(int first, int j, out Hit h)
    {
        h = default;
        int k = j + 1;
        if (!(IsWord(k, DateWord.UnitDay) || IsWord(k, DateWord.UnitWeek) || IsWord(k, DateWord.UnitMonth) || IsWord(k, DateWord.UnitYear)) || !IsSingular(k))
        {
            return false;
        }

        // "over the next year", "for the next month" are durations.
        if (first > 0 && (IsWord(first - 1, DateWord.Over) || WordIs(first - 1, "for") || WordIs(first - 1, "during")) && _t[j].Word == DateWord.Next)
        {
            return false;
        }

        int n = _t[j].Word switch { DateWord.Previous => -1, DateWord.Same => 0, _ => 1 };
        TimexValue a = NarrativeAnchor(_t[first].Start);
        DateWord unit = _t[k].Word;
        TimexValue v = Shift(a, unit, n);
        if (unit == DateWord.UnitWeek && a.Granularity == TimexGranularity.Day)
        {
            v = TimexValue.WeekOf(a.EarliestDay!.Value.AddDays(7 * n));
        }

        h = new Hit { First = first, Last = k + 1, Value = v };
        return true;
    }

    /// <summary><c>several days ago</c>, <c>two years ago</c>, <c>years ago</c>, <c>a day later</c>, <c>three weeks earlier</c>.</summary>
    private bool TryQuantity(int i, out Hit h)
    {
        h = default;
        int j = i;
        int n = -1;
        bool vague = false;
        LexToken t = _t[i];
        if (t.Kind == LexKind.Number)
        {
            if (t.Length > 3 || !NumberStandsAlone(i))
            {
                return false;
            }

            n = t.Number;
            j++;
        }
        else if (t.Word == DateWord.A)
        {
            j++;
            if (IsWord(j, DateWord.Vague))
            {
                vague = true;
                j++;
            }
            else
            {
                n = 1;
            }
        }
        else if (t.Word == DateWord.NumberWord)
        {
            n = t.Number;
            j++;
        }
        else if (t.Word == DateWord.Vague)
        {
            vague = true;
            j++;
        }
        else
        {
            vague = true;
        }

        if (!(IsWord(j, DateWord.UnitDay) || IsWord(j, DateWord.UnitWeek) || IsWord(j, DateWord.UnitMonth) || IsWord(j, DateWord.UnitYear)))
        {
            return false;
        }

        DateWord unit = _t[j].Word;
        if (j == i && IsSingular(j))
        {
            return false;
        }

        int k = j + 1;
        if (IsWord(k, DateWord.Ago))
        {
            h = new Hit { First = i, Last = k + 1, Value = TimexValue.PastRef };
            if (!vague && n > 0 && _dct is DateOnly d)
            {
                h.Value = unit switch
                {
                    DateWord.UnitDay => TimexValue.FromDate(d.AddDays(-n)),
                    DateWord.UnitWeek => TimexValue.WeekOf(d.AddDays(-7 * n)),
                    DateWord.UnitMonth => MonthOf(d.AddMonths(-n)),
                    _ => d.Year - n >= 1 ? TimexValue.ForYear(d.Year - n) : TimexValue.PastRef,
                };
            }

            return true;
        }

        if ((IsWord(k, DateWord.Later) || IsWord(k, DateWord.Earlier)) && !vague && n > 0)
        {
            int sign = IsWord(k, DateWord.Later) ? 1 : -1;
            TimexValue v = Shift(NarrativeAnchor(_t[i].Start), unit, sign * n);
            h = new Hit { First = i, Last = k + 1, Value = v };
            return v.IsValid;
        }

        return false;
    }
}

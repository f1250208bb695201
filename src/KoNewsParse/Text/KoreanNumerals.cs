using System.Runtime.CompilerServices;

namespace KoNewsParse.Text;

/// <summary>What a number read by <see cref="KoreanNumerals.TryRead"/> was made of.</summary>
[Flags]
internal enum KoreanNumberFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>At least one Arabic digit run (<c>300</c>, <c>1,200</c>, <c>12.5</c>).</summary>
    Arabic = 1 << 0,

    /// <summary>At least one Hangul numeral character (일…구, 십, 백, 천, 만, 억, 조, 경, 수).</summary>
    Hangul = 1 << 1,

    /// <summary>A 만/억/조/경 multiplier.</summary>
    BigMultiplier = 1 << 2,

    /// <summary>A 십/백/천 multiplier.</summary>
    SmallMultiplier = 1 << 3,

    /// <summary>A decimal fraction (<c>12.5</c>).</summary>
    Fraction = 1 << 4,

    /// <summary>Thousands separators (<c>1,200</c>).</summary>
    Commas = 1 << 5,

    /// <summary>A lone big multiplier with an implicit one (the <c>억</c> of <c>억원대</c>).</summary>
    Bare = 1 << 6,

    /// <summary>A leading 수/몇 ("several") coefficient (<c>수백억</c>): the value is the order (coefficient one).</summary>
    Several = 1 << 7,

    /// <summary>A 여 ("a little over") marker (<c>450여억</c>, <c>450억여</c>, <c>30여</c>).</summary>
    More = 1 << 8,

    /// <summary>A space between two multiplier groups (<c>1조 2000억</c>).</summary>
    SpacedGroups = 1 << 9,

    /// <summary>십수 ("ten-some", <c>십수억</c>): the value is eleven of the order; the order runs from 11 to 19.</summary>
    TenSome = 1 << 10,
}

/// <summary>A number read from Korean text.</summary>
/// <param name="Value">The exact value (for <see cref="KoreanNumberFlags.Several"/>, the value with coefficient one).</param>
/// <param name="End">The index just past the number.</param>
/// <param name="Flags">What the number was made of.</param>
/// <param name="LastScale">
/// The multiplier applied to the last literal written in the number (<c>20억</c> → 10^8, <c>4천억</c> → 10^11,
/// <c>1만3천</c> → 10^3, <c>300</c> → 1). A bare number in a range (<c>10~20억</c>) inherits it.
/// </param>
/// <param name="HangulChars">How many Hangul numeral characters the number contains.</param>
internal readonly record struct KoreanNumber(decimal Value, int End, KoreanNumberFlags Flags, decimal LastScale, int HangulChars)
{
    /// <summary>Whether the number is written only with Hangul numerals.</summary>
    public bool IsHangulOnly => (Flags & KoreanNumberFlags.Arabic) == 0;
}

/// <summary>
/// Reads Korean numbers: Arabic digits with thousands separators and decimals (<c>1,200</c>, <c>12.5</c>), Hangul numerals
/// (<c>오백</c>, <c>이십오</c>, <c>십</c>), the small multipliers 십/백/천 and the big multipliers 만/억/조/경 in any
/// well-formed combination (<c>3조5000억</c>, <c>4천746억</c>, <c>5백만</c>, <c>1만3천</c>, <c>1조 2,345억</c>), plus the
/// approximation markers 수/몇 (<c>수백억</c>) and 여 (<c>450여억</c>). Shared, allocation-free and linear in the input:
/// every character is looked at a bounded number of times. Never throws; values beyond <see cref="Limit"/> fail.
/// </summary>
internal static class KoreanNumerals
{
    /// <summary>Values at or above this limit (10^21, far above 9999경) are rejected as nonsense.</summary>
    public const decimal Limit = 1_000_000_000_000_000_000_000m;

    /// <summary>Longest accepted integer part of one Arabic digit run.</summary>
    public const int MaxIntegerDigits = 21;

    /// <summary>Longest accepted fraction of one Arabic digit run.</summary>
    public const int MaxFractionDigits = 8;

    private static readonly decimal[] PowersOfTen = BuildPowers();

    // Limit / 10^k, so the overflow checks do not divide decimals on the hot path.
    private static readonly decimal[] LimitOverPowers = PowersOfTen.Select(p => Limit / p).ToArray();

    /// <summary>Characters that can start or anchor a Hangul number: the digits, multipliers and 수/몇.</summary>
    public const string HangulNumeralChars = "일이삼사오육칠팔구십백천만억조경수몇";

    /// <summary>10^<paramref name="exponent"/> for 0 ≤ exponent ≤ 28.</summary>
    /// <param name="exponent">The exponent.</param>
    /// <returns>The power of ten.</returns>
    public static decimal Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>Whether <paramref name="c"/> is an ASCII digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for 0-9.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>The value of a Hangul digit 일…구, else 0.</summary>
    /// <param name="c">The character.</param>
    /// <returns>1-9, or 0 when <paramref name="c"/> is not a Hangul digit.</returns>
    public static int HangulDigit(char c) => c switch
    {
        '일' => 1,
        '이' => 2,
        '삼' => 3,
        '사' => 4,
        '오' => 5,
        '육' => 6,
        '칠' => 7,
        '팔' => 8,
        '구' => 9,
        _ => 0,
    };

    /// <summary>The exponent of a small multiplier 십/백/천 (1, 2, 3), else 0.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The exponent or 0.</returns>
    public static int SmallExponent(char c) => c switch
    {
        '십' => 1,
        '백' => 2,
        '천' => 3,
        _ => 0,
    };

    /// <summary>The exponent of a big multiplier 만/억/조/경 (4, 8, 12, 16), else 0.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The exponent or 0.</returns>
    public static int BigExponent(char c) => c switch
    {
        '만' => 4,
        '억' => 8,
        '조' => 12,
        '경' => 16,
        _ => 0,
    };

    /// <summary>Whether <paramref name="c"/> is any character a Hangul number may contain.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for Hangul digits, multipliers and 수/몇.</returns>
    public static bool IsHangulNumeral(char c) =>
        HangulDigit(c) != 0 || SmallExponent(c) != 0 || BigExponent(c) != 0 || c is '수' or '몇';

    /// <summary>Whether <paramref name="c"/> is a precomposed Hangul syllable.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for U+AC00..U+D7A3.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHangulSyllable(char c) => (uint)(c - '\uAC00') <= '\uD7A3' - '\uAC00';

    /// <summary>Whether <paramref name="c"/> is an ASCII letter.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for A-Z and a-z.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>
    /// Reads one Arabic digit run at <paramref name="start"/>: digits, optional thousands separators in groups of three
    /// (<c>1,234,567</c>) and an optional fraction (<c>12.5</c>). A separator or dot that does not continue the number is
    /// left unread. Always consumes every digit of the run, so callers can skip it even when it is rejected.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="start">Index of the first digit.</param>
    /// <param name="value">The value (0 when rejected).</param>
    /// <param name="end">Index just past the run.</param>
    /// <param name="flags">Receives <see cref="KoreanNumberFlags.Commas"/>/<see cref="KoreanNumberFlags.Fraction"/>.</param>
    /// <returns><see langword="false"/> when there is no digit or the run is too long to be a sensible amount.</returns>
    public static bool TryReadArabic(ReadOnlySpan<char> s, int start, out decimal value, out int end, ref KoreanNumberFlags flags)
    {
        value = 0;
        int i = start;
        if ((uint)i >= (uint)s.Length || !IsDigit(s[i]))
        {
            end = start;
            return false;
        }

        // Digits are accumulated in a ulong (exact up to 19 digits) and converted to decimal once.
        ulong acc = 0;
        int significant = 0; // integer digits after leading zeros
        int firstGroup = 0;
        while (i < s.Length && IsDigit(s[i]))
        {
            Accumulate(ref acc, ref significant, s[i]);
            firstGroup++;
            i++;
        }

        // Thousands separators: only when the first group has 1-3 digits and every group after a comma has exactly three.
        if (firstGroup <= 3)
        {
            while (i + 3 < s.Length && s[i] == ',' && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) && IsDigit(s[i + 3])
                   && (i + 4 >= s.Length || !IsDigit(s[i + 4])))
            {
                Accumulate(ref acc, ref significant, s[i + 1]);
                Accumulate(ref acc, ref significant, s[i + 2]);
                Accumulate(ref acc, ref significant, s[i + 3]);
                flags |= KoreanNumberFlags.Commas;
                i += 4;
            }
        }

        ulong fraction = 0;
        int fractionDigits = 0;
        if (i + 1 < s.Length && s[i] == '.' && IsDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && IsDigit(s[i]))
            {
                if (++fractionDigits <= MaxFractionDigits)
                {
                    fraction = (fraction * 10) + (uint)(s[i] - '0');
                }

                i++; // keep consuming so the whole run is skipped
            }

            flags |= KoreanNumberFlags.Fraction;
        }

        end = i;
        if (significant > MaxIntegerDigits || fractionDigits > MaxFractionDigits)
        {
            return false;
        }

        // significant <= 19 digits fits a ulong exactly; 20-21 digits overflowed it, so re-read them as decimal.
        value = significant <= 19 ? acc : SlowInteger(s, start, i);
        if (fractionDigits > 0)
        {
            value += new decimal((int)(uint)fraction, (int)(uint)(fraction >> 32), 0, false, (byte)fractionDigits);
        }

        return true;
    }

    private static void Accumulate(ref ulong acc, ref int significant, char digit)
    {
        if (acc != 0 || digit != '0')
        {
            significant++;
        }

        acc = unchecked((acc * 10) + (uint)(digit - '0'));
    }

    private static decimal SlowInteger(ReadOnlySpan<char> s, int start, int end)
    {
        decimal v = 0;
        for (int k = start; k < end && s[k] != '.'; k++)
        {
            if (IsDigit(s[k]))
            {
                v = (v * 10) + (s[k] - '0');
            }
        }

        return v;
    }

    /// <summary>
    /// Reads the longest well-formed Korean number starting at <paramref name="start"/>. Big multipliers must strictly
    /// decrease (<c>3조5000억</c>), small multipliers strictly decrease inside each 만-group, and a literal after a small
    /// multiplier must be smaller than it (<c>4천746</c>). A trailing Hangul digit is read only in an all-Hangul number
    /// (<c>이십오</c>) so that particles such as 이/일 after Arabic numbers are not taken as digits.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="start">Index of the first character of the number.</param>
    /// <param name="allowSeveral">Whether a leading 수/몇 ("several") is allowed.</param>
    /// <param name="number">The number read.</param>
    /// <param name="skipTo">
    /// When reading fails, the index from which scanning may resume (past any rejected digit run), so that scanners stay
    /// linear; when it succeeds, equal to <see cref="KoreanNumber.End"/>.
    /// </param>
    /// <returns><see langword="false"/> when nothing numeric was read or the value overflows <see cref="Limit"/>.</returns>
    public static bool TryRead(ReadOnlySpan<char> s, int start, bool allowSeveral, out KoreanNumber number, out int skipTo)
        => TryReadCore(s, start, allowSeveral, depth: 0, out number, out skipTo);

    // depth counts nested "1조 2000억 5000만" groups; there are at most four big multipliers (만/억/조/경), so deeper
    // nesting can never yield a valid number and is cut off, which bounds the recursion (no stack overflow on "1조 1조 1조 …").
    private const int MaxSpacedGroupDepth = 4;

    private static bool TryReadCore(ReadOnlySpan<char> s, int start, bool allowSeveral, int depth, out KoreanNumber number, out int skipTo)
    {
        var st = new State { LastBigExp = 99, LastSmallExp = 4, LastScale = 1, End = start };
        number = default;
        skipTo = start + 1;
        int i = start;
        bool overflow = false;

        while (i < s.Length)
        {
            char c = s[i];
            if (IsDigit(c))
            {
                if (st.HasPending)
                {
                    break;
                }

                KoreanNumberFlags f = st.Flags;
                if (!TryReadArabic(s, i, out decimal v, out int e, ref f))
                {
                    skipTo = Math.Max(skipTo, e);
                    overflow = true;
                    break;
                }

                if (st.LastSmallExp < 4 && (v >= Pow10(st.LastSmallExp) || (f & KoreanNumberFlags.Fraction) != 0))
                {
                    // 4천1746: the tail must fit under the multiplier; the whole thing is nonsense, not two numbers
                    skipTo = Math.Max(skipTo, e);
                    overflow = true;
                    break;
                }

                st.Flags = f | KoreanNumberFlags.Arabic;
                st.Pending = v;
                st.HasPending = true;
                st.PendingIsLiteral = true;
                i = e;
                st.End = i;
                skipTo = Math.Max(skipTo, e);
                continue;
            }

            int d = HangulDigit(c);
            if (d != 0)
            {
                if (st.HasPending)
                {
                    break;
                }

                // A Hangul digit must be followed by a multiplier, except as the last digit of an all-Hangul number after
                // 십/백/천 (이십오, 삼천오): 23일, 3억이, 오백억이 keep their particle.
                bool nextIsMultiplier = i + 1 < s.Length && (SmallExponent(s[i + 1]) != 0 || BigExponent(s[i + 1]) != 0);
                if (!nextIsMultiplier && ((st.Flags & KoreanNumberFlags.Arabic) != 0 || st.LastSmallExp == 4))
                {
                    break;
                }

                st.Pending = d;
                st.HasPending = true;
                st.PendingIsLiteral = true;
                st.Flags |= KoreanNumberFlags.Hangul;
                st.HangulChars++;
                i++;
                st.End = i;
                continue;
            }

            if (c is '수' or '몇')
            {
                // 수백억 at the start; 십수억 (ten-some) right after a leading 십
                bool tenSome = c == '수' && i == start + 1 && s[start] == '십' && !st.HasPending;
                if (!allowSeveral || (i != start && !tenSome))
                {
                    break;
                }

                if (tenSome && (i + 1 >= s.Length || BigExponent(s[i + 1]) == 0))
                {
                    // 십수개, 십수명: ten-some on its own
                    if (i + 1 < s.Length && SmallExponent(s[i + 1]) != 0)
                    {
                        break;
                    }

                    st.Pending = 1;
                    st.HasPending = true;
                    st.PendingIsLiteral = false;
                    st.Flags |= KoreanNumberFlags.Several | KoreanNumberFlags.TenSome | KoreanNumberFlags.Hangul;
                    st.HangulChars++;
                    i++;
                    st.End = i;
                    break;
                }

                bool nextIsMultiplier = i + 1 < s.Length && (SmallExponent(s[i + 1]) != 0 || BigExponent(s[i + 1]) != 0);
                if (!nextIsMultiplier)
                {
                    break;
                }

                st.Pending = 1;
                st.HasPending = true;
                st.PendingIsLiteral = false;
                st.Flags |= KoreanNumberFlags.Several | KoreanNumberFlags.Hangul | (tenSome ? KoreanNumberFlags.TenSome : 0);
                st.HangulChars++;
                i++;
                // not an end: 수 alone is not a number
                continue;
            }

            int se = SmallExponent(c);
            if (se != 0)
            {
                if (se >= st.LastSmallExp)
                {
                    break;
                }

                decimal coef = st.HasPending ? st.Pending : 1;
                if (coef >= 10 || coef <= 0)
                {
                    break; // 12천, 0백
                }

                st.Section += coef * Pow10(se);
                if (st.HasPending && st.PendingIsLiteral)
                {
                    st.LastScale = Pow10(se);
                    st.LiteralInSection = true;
                }

                st.HasPending = false;
                st.LastSmallExp = se;
                st.Flags |= KoreanNumberFlags.SmallMultiplier | KoreanNumberFlags.Hangul;
                st.HangulChars++;
                i++;
                st.End = i;
                continue;
            }

            int be = BigExponent(c);
            if (be != 0)
            {
                if (be >= st.LastBigExp)
                {
                    break;
                }

                decimal group = st.Section + (st.HasPending ? st.Pending : 0);
                bool bare = false;
                if (group == 0)
                {
                    if (i != start || st.HasPending)
                    {
                        break; // 억만, 0억
                    }

                    group = 1;
                    bare = true;
                }

                decimal mul = Pow10(be);
                if (group >= LimitOverPowers[be])
                {
                    overflow = true;
                    break;
                }

                st.Total += group * mul;
                if (st.Total >= Limit)
                {
                    overflow = true;
                    break;
                }

                if (st.HasPending && st.PendingIsLiteral)
                {
                    st.LastScale = mul;
                }
                else if (st.LiteralInSection)
                {
                    st.LastScale *= mul;
                }

                st.Flags |= KoreanNumberFlags.BigMultiplier | KoreanNumberFlags.Hangul | (bare ? KoreanNumberFlags.Bare : 0);
                st.HangulChars++;
                st.Section = 0;
                st.HasPending = false;
                st.LiteralInSection = false;
                st.LastSmallExp = 4;
                st.LastBigExp = be;
                i++;
                st.End = i;

                // 450억여: a 여 right after a multiplier
                if (i < s.Length && s[i] == '여' && (st.Flags & KoreanNumberFlags.More) == 0)
                {
                    st.Flags |= KoreanNumberFlags.More;
                    i++;
                    st.End = i;
                    break;
                }

                // 1조 2000억: one space between groups, kept only when the next group ends in a smaller multiplier.
                if (i + 1 < s.Length && s[i] == ' ' && IsDigit(s[i + 1]) && be > 4 && depth < MaxSpacedGroupDepth
                    && TryReadSpacedGroup(s, i + 1, be, depth + 1, out decimal groupValue, out int groupEnd, out decimal groupScale))
                {
                    st.Total += groupValue;
                    st.LastScale = groupScale;
                    st.Flags |= KoreanNumberFlags.Arabic | KoreanNumberFlags.SpacedGroups;
                    st.HangulChars++;
                    i = groupEnd;
                    st.End = i;
                    skipTo = Math.Max(skipTo, i);
                    break;
                }

                continue;
            }

            if (c == '여' && st.End == i && i > start && (st.Flags & KoreanNumberFlags.More) == 0)
            {
                // 450여억 / 30여: 여 after a literal, before a big multiplier or at the end of the number
                st.Flags |= KoreanNumberFlags.More;
                i++;
                st.End = i;
                if (i < s.Length && BigExponent(s[i]) != 0)
                {
                    continue;
                }

                break;
            }

            break;
        }

        if (overflow)
        {
            skipTo = Math.Max(skipTo, i);
            return false;
        }

        decimal value = st.Total + st.Section + (st.HasPending ? st.Pending : 0);
        if (st.End == start || value >= Limit || ((st.Flags & KoreanNumberFlags.Several) != 0 && st.HangulChars < 2))
        {
            return false;
        }

        if (st.HasPending && st.PendingIsLiteral)
        {
            st.LastScale = 1;
        }

        number = new KoreanNumber(value, st.End, st.Flags, st.LastScale, st.HangulChars);
        skipTo = Math.Max(skipTo, st.End);
        return true;
    }

    // Reads "2000억" / "2,345억" / "5천만" after a space: an Arabic group that must end in a big multiplier below maxExp.
    private static bool TryReadSpacedGroup(ReadOnlySpan<char> s, int start, int maxExp, int depth, out decimal value, out int end, out decimal scale)
    {
        value = 0;
        end = start;
        scale = 1;
        if (!TryReadCore(s, start, allowSeveral: false, depth, out KoreanNumber n, out _)
            || (n.Flags & (KoreanNumberFlags.BigMultiplier | KoreanNumberFlags.Fraction | KoreanNumberFlags.More)) != KoreanNumberFlags.BigMultiplier
            || n.Value >= Pow10(maxExp))
        {
            return false;
        }

        // The group must end exactly on its multiplier (no trailing units group like "2000억 5").
        char last = s[n.End - 1];
        if (BigExponent(last) == 0)
        {
            return false;
        }

        value = n.Value;
        end = n.End;
        scale = n.LastScale;
        return true;
    }

    private static decimal[] BuildPowers()
    {
        var p = new decimal[29];
        p[0] = 1;
        for (int i = 1; i < p.Length; i++)
        {
            p[i] = p[i - 1] * 10;
        }

        return p;
    }

    private struct State
    {
        public decimal Total;          // completed big-multiplier groups
        public decimal Section;        // current group's 십/백/천 part
        public decimal Pending;        // a literal waiting for a multiplier
        public bool HasPending;
        public bool PendingIsLiteral;  // false for the implicit 1 of 수/몇
        public bool LiteralInSection;
        public int LastSmallExp;
        public int LastBigExp;
        public decimal LastScale;
        public KoreanNumberFlags Flags;
        public int HangulChars;
        public int End;
    }
}

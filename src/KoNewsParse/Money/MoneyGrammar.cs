using System.Buffers;
using KoNewsParse.Text;

namespace KoNewsParse.Money;

/// <summary>Up to four qualifier words in text order.</summary>
internal struct QualifierWords
{
    // Every qualifier word the grammar emits; pairs are joined once at start-up so that a mention with two
    // qualifiers (약 450여억원 → "약 여") costs no extra allocation.
    private static readonly string[] Vocabulary =
    [
        "약", "대략", "최대", "최고", "최소", "최저", "수", "몇", "십수", "여", "~", "-", "에서", "부터", "내지", "대",
        "이상", "이하", "미만", "초과", "넘게", "넘는", "규모", "상당", "가량", "정도", "안팎", "내외", "수준", "남짓", "쯤", "선",
    ];

    private static readonly string[] Pairs = BuildPairs();

    private string? _a;
    private string? _b;
    private string? _c;
    private string? _d;
    private int _count;

    public void Add(string word)
    {
        switch (_count)
        {
            case 0: _a = word; break;
            case 1: _b = word; break;
            case 2: _c = word; break;
            case 3: _d = word; break;
            default: return;
        }

        _count++;
    }

    /// <summary>The words joined by a space; allocates only for three or more words (or words outside the vocabulary).</summary>
    public readonly string? Join()
    {
        switch (_count)
        {
            case 0:
                return null;
            case 1:
                return _a;
            case 2:
                int i = Array.IndexOf(Vocabulary, _a);
                int j = Array.IndexOf(Vocabulary, _b);
                return i >= 0 && j >= 0 ? Pairs[(i * Vocabulary.Length) + j] : string.Concat(_a, " ", _b);
            case 3:
                return string.Concat(_a, " ", _b, " ", _c);
            default:
                return string.Join(' ', _a, _b, _c, _d);
        }
    }

    private static string[] BuildPairs()
    {
        var pairs = new string[Vocabulary.Length * Vocabulary.Length];
        for (int i = 0; i < Vocabulary.Length; i++)
        {
            for (int j = 0; j < Vocabulary.Length; j++)
            {
                pairs[(i * Vocabulary.Length) + j] = Vocabulary[i] + " " + Vocabulary[j];
            }
        }

        return pairs;
    }
}

/// <summary>A money expression before it becomes a <see cref="MoneyMention"/>.</summary>
internal struct RawMoney
{
    public int Start;
    public int End;
    public decimal Amount;
    public string Currency;
    public decimal? Min;
    public decimal? Max;
    public bool MinExclusive;
    public bool MaxExclusive;
    public bool Approximate;
    public MoneyQualifiers Qualifiers;
    public QualifierWords Words;
    public MoneyValue? Equivalent;
}

/// <summary>
/// The hand-written money scanner. <see cref="TryFindNext"/> jumps between anchor characters (digits and the Hangul
/// multipliers 십백천만억조경) with a vectorized <see cref="SearchValues{T}"/> search, so text without numbers costs almost
/// nothing, and every parse attempt either produces a mention or resumes past what it read: the scan is linear.
/// </summary>
internal static class MoneyGrammar
{
    /// <summary>Characters every money or quantity expression contains: digits and Hangul multipliers.</summary>
    public static readonly SearchValues<char> Anchors = SearchValues.Create("0123456789십백천만억조경");

    private const KoreanNumberFlags AnyMultiplier = KoreanNumberFlags.BigMultiplier | KoreanNumberFlags.SmallMultiplier;

    private static readonly (string Word, MoneyQualifiers Kind)[] PrefixQualifiers =
    [
        ("대략", MoneyQualifiers.Approximately), ("약", MoneyQualifiers.Approximately),
        ("최대", MoneyQualifiers.Maximum), ("최고", MoneyQualifiers.Maximum),
        ("최소", MoneyQualifiers.Minimum), ("최저", MoneyQualifiers.Minimum),
    ];

    // Words after the amount; Direct ones must touch it (1000원선), the others may follow one space.
    private static readonly (string Word, MoneyQualifiers Kind, bool Direct)[] SuffixQualifiers =
    [
        ("이상", MoneyQualifiers.AtLeast, false), ("이하", MoneyQualifiers.AtMost, false),
        ("미만", MoneyQualifiers.LessThan, false), ("초과", MoneyQualifiers.MoreThan, false),
        ("넘게", MoneyQualifiers.MoreThan, false), ("넘는", MoneyQualifiers.MoreThan, false),
        ("규모", MoneyQualifiers.Scale, false), ("상당", MoneyQualifiers.Scale, false),
        ("가량", MoneyQualifiers.Approximately, false), ("정도", MoneyQualifiers.Approximately, false),
        ("안팎", MoneyQualifiers.Approximately, false), ("내외", MoneyQualifiers.Approximately, false),
        ("수준", MoneyQualifiers.Approximately, false), ("남짓", MoneyQualifiers.Over, false),
        ("쯤", MoneyQualifiers.Approximately, true), ("선", MoneyQualifiers.Approximately, true),
    ];

    private static readonly string[] ConversionMarkers = ["우리 돈", "우리돈", "한화", "원화"];

    private static readonly (string Word, decimal Multiplier, bool Short)[] EnglishScales =
    [
        ("trillion", 1_000_000_000_000m, false), ("billion", 1_000_000_000m, false), ("million", 1_000_000m, false),
        ("thousand", 1_000m, false), ("tn", 1_000_000_000_000m, false), ("bn", 1_000_000_000m, false),
        ("mn", 1_000_000m, false), ("mln", 1_000_000m, false), ("m", 1_000_000m, true), ("b", 1_000_000_000m, true),
        ("k", 1_000m, true),
    ];

    /// <summary>Finds the next money expression at or after <paramref name="pos"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="pos">Where to search from; advanced past the mention or to the end.</param>
    /// <param name="lowerBound">Mentions (with their prefixes) may not start before this index.</param>
    /// <param name="o">The options.</param>
    /// <param name="m">The mention.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    public static bool TryFindNext(ReadOnlySpan<char> s, ref int pos, int lowerBound, MoneyParserOptions o, out RawMoney m)
    {
        while (pos < s.Length)
        {
            int rel = s[pos..].IndexOfAny(Anchors);
            if (rel < 0)
            {
                break;
            }

            int i = pos + rel;
            if (!TryGetNumberStart(s, i, Math.Max(lowerBound, 0), Currencies.SuffixFirstChars, out int numStart, out int skip))
            {
                pos = Math.Max(skip, i + 1);
                continue;
            }

            if (TryParseAt(s, numStart, lowerBound, o, nested: false, out m, out int skipTo))
            {
                pos = m.End;
                return true;
            }

            pos = Math.Max(skipTo, i + 1);
        }

        pos = s.Length;
        m = default;
        return false;
    }

    /// <summary>
    /// Decides whether the anchor at <paramref name="i"/> begins a number. Digits must not continue another number or a
    /// Latin code (<c>A005930</c>, <c>2021.11.25</c>); Hangul numbers must start a word, so the walk goes back over
    /// Hangul digits and 수/몇 (<c>오백억</c>, <c>수백억</c>) and rejects anything glued to a preceding syllable.
    /// </summary>
    internal static bool TryGetNumberStart(ReadOnlySpan<char> s, int i, int lowerBound, SearchValues<char> singleFollowers, out int numStart, out int skip)
    {
        numStart = i;
        skip = i + 1;
        char c = s[i];
        if (KoreanNumerals.IsDigit(c))
        {
            if (i > 0)
            {
                char p = s[i - 1];
                bool continues = KoreanNumerals.IsDigit(p)
                    || (p is '.' or ',' && i >= 2 && KoreanNumerals.IsDigit(s[i - 2]))
                    || (KoreanNumerals.IsAsciiLetter(p) && !Currencies.TryMatchPrefix(s, i, lowerBound, out _, out _));
                if (continues)
                {
                    int e = i;
                    while (e < s.Length && KoreanNumerals.IsDigit(s[e]))
                    {
                        e++;
                    }

                    skip = e;
                    return false;
                }
            }

            return true;
        }

        int b = i;
        while (b - 1 >= lowerBound && i - b < 8 && (KoreanNumerals.HangulDigit(s[b - 1]) != 0 || s[b - 1] is '수' or '몇'))
        {
            b--;
        }

        int f = i;
        while (f < s.Length && f - b < 64 && KoreanNumerals.IsHangulNumeral(s[f]))
        {
            f++;
        }

        skip = f;
        if (b > 0 && (KoreanNumerals.IsHangulSyllable(s[b - 1]) || KoreanNumerals.IsDigit(s[b - 1])))
        {
            return false; // glued to a word (회사백억, 경제) or the tail of a rejected Arabic number
        }

        // One Hangul numeral alone (만, 경, 백) is money only as a bare band (억원대); cheap rejection of 경제, 만에, 조사.
        if (f - b < 2 && (f >= s.Length || !singleFollowers.Contains(s[f])))
        {
            return false;
        }

        numStart = b;
        return true;
    }

    /// <summary>Parses a money expression whose number starts at <paramref name="numStart"/>.</summary>
    internal static bool TryParseAt(ReadOnlySpan<char> s, int numStart, int lowerBound, MoneyParserOptions o, bool nested, out RawMoney m, out int skipTo)
    {
        m = default;
        if (!KoreanNumerals.TryRead(s, numStart, allowSeveral: true, out KoreanNumber n, out skipTo))
        {
            return false;
        }

        int start = numStart;
        string? prefixCode = null;
        if (Currencies.TryMatchPrefix(s, numStart, lowerBound, out string pc, out int pStart))
        {
            prefixCode = pc;
            start = pStart;
        }

        // A sign right before the amount (or its currency prefix): -50억원, −$3.5 million, 마이너스 50억원.
        bool negative = false;
        if (o.ReadNegativeSigns && TrySign(s, start, lowerBound, out int signStart))
        {
            negative = true;
            start = signStart;
        }

        // Prefix qualifiers (약, 최대, …), read right to left and kept in text order.
        MoneyQualifiers prefixKinds = MoneyQualifiers.None;
        string? prefixWord1 = null;
        string? prefixWord2 = null;
        for (int round = 0; round < 2; round++)
        {
            if (!TryPrefixQualifier(s, start, lowerBound, out string word, out MoneyQualifiers kind, out int qStart))
            {
                break;
            }

            prefixKinds |= kind;
            prefixWord2 = prefixWord1;
            prefixWord1 = word;
            start = qStart;
        }

        // 미화 약 3억달러: a currency word may also stand before the qualifier
        if (prefixCode is null && prefixWord1 is not null && Currencies.TryMatchPrefix(s, start, lowerBound, out pc, out pStart))
        {
            prefixCode = pc;
            start = pStart;
        }

        decimal value = n.Value;
        int j = n.End;
        string? currency = null;
        bool unit = false;

        bool englishScale = false;
        if (prefixCode is not null && o.ReadEnglishForms && (n.Flags & AnyMultiplier) == 0
            && TryEnglishScale(s, j, out decimal mul, out int scaleEnd))
        {
            if (value >= KoreanNumerals.Limit / mul)
            {
                return false;
            }

            value *= mul;
            j = scaleEnd;
            englishScale = true;
        }

        // Ranges. English after a currency prefix: $3-5 billion, $3 to $5 billion, US$3bn-US$5bn, €20–30 million; Korean:
        // 10억~20억원, 10~20억원, 10억원에서 20억원, 10억원부터 20억원까지, 10억 내지 20억원.
        bool range = false;
        decimal rangeMax = 0;
        string? connectorWord = null;
        decimal low = 0, high = 0;
        string? rangeCurrency = prefixCode;
        int rangeEnd = j;
        bool english = prefixCode is not null && o.ReadEnglishForms && (n.Flags & AnyMultiplier) == 0
            && TryEnglishRange(s, j, n.Value, value, englishScale, prefixCode, lowerBound, out low, out high, out rangeEnd, out connectorWord);
        if (!english && TryUnit(s, j, out string code, out int unitEnd))
        {
            currency = code;
            unit = true;
            j = unitEnd;
        }
        else if (!english && prefixCode is not null)
        {
            currency = prefixCode;
        }

        if (english || ((n.Flags & (KoreanNumberFlags.Several | KoreanNumberFlags.More)) == 0
            && TryRange(s, j, n, currency, unit, out low, out high, out rangeCurrency, out rangeEnd, out connectorWord)))
        {
            range = true;
            value = low;
            rangeMax = high;
            currency = rangeCurrency;
            unit = true;
            j = rangeEnd;
        }

        if (currency is null)
        {
            if (o.BareAmountCurrency is null || (n.Flags & KoreanNumberFlags.BigMultiplier) == 0 || (n.Flags & KoreanNumberFlags.Bare) != 0)
            {
                return false;
            }

            currency = o.BareAmountCurrency;
        }

        bool band = false;
        if (!range && unit && j < s.Length && s[j] == '대' && Currencies.EndsWord(s, j + 1))
        {
            band = true;
            j++;
        }

        if (n.IsHangulOnly && n.HangulChars < 2 && !(band && (n.Flags & KoreanNumberFlags.Bare) != 0))
        {
            return false; // 만원 (a full house), 백원, 구원, 사원: one Hangul numeral is not an amount
        }

        if (!Currencies.EndsWord(s, j))
        {
            skipTo = Math.Max(skipTo, j);
            return false; // 3원칙, 2엔진, 5유로존: the unit starts another word
        }

        m.Currency = currency;
        m.Amount = value;

        // Text order: prefix words, 수/몇, 여, range connector, 대, suffix words.
        if (prefixWord1 is not null)
        {
            m.Words.Add(prefixWord1);
        }

        if (prefixWord2 is not null)
        {
            m.Words.Add(prefixWord2);
        }

        if ((n.Flags & KoreanNumberFlags.Several) != 0)
        {
            m.Qualifiers |= MoneyQualifiers.Several;
            bool tenSome = (n.Flags & KoreanNumberFlags.TenSome) != 0;
            m.Words.Add(tenSome ? "십수" : s[numStart] == '몇' ? "몇" : "수");
            m.Approximate = true;
            m.Min = value;
            m.Max = tenSome ? value / 11 * 19 : value * 9;
        }

        if ((n.Flags & KoreanNumberFlags.More) != 0)
        {
            m.Qualifiers |= MoneyQualifiers.Over;
            m.Words.Add("여");
            m.Approximate = true;
            m.Min = value;
        }

        if (range)
        {
            m.Qualifiers |= MoneyQualifiers.Range;
            m.Words.Add(connectorWord!);
            m.Min = value;
            m.Max = rangeMax;
        }

        if (band)
        {
            m.Qualifiers |= MoneyQualifiers.Band;
            m.Words.Add("대");
            m.Approximate = true;
            m.Min = value;
            m.Max = (n.Flags & KoreanNumberFlags.TenSome) != 0 ? value / 11 * 20
                : (n.Flags & (KoreanNumberFlags.Bare | KoreanNumberFlags.Several)) != 0 ? value * 10
                : value + BandStep(value);
            m.MaxExclusive = true;
        }

        ApplyQualifier(ref m, prefixKinds, range ? rangeMax : value);

        // A linked conversion and a trailing qualifier, in either order: 4000만달러(약 475억원) 규모, 3억원 이상(약 25만달러).
        bool linked = false;
        if (!nested && o.LinkEquivalents && TryLinked(s, j, currency, o, out MoneyValue eq, out int linkEnd))
        {
            m.Equivalent = eq;
            j = linkEnd;
            linked = true;
        }

        if (TrySuffixQualifier(s, j, out string suffixWord, out MoneyQualifiers suffixKind, out int suffixEnd))
        {
            m.Words.Add(suffixWord);
            ApplyQualifier(ref m, suffixKind, range ? rangeMax : value);
            j = suffixEnd;
            if (!linked && !nested && o.LinkEquivalents && TryLinked(s, j, currency, o, out eq, out linkEnd))
            {
                m.Equivalent = eq;
                j = linkEnd;
            }
        }

        if (negative)
        {
            Negate(ref m, mirror: band || (n.Flags & (KoreanNumberFlags.Several | KoreanNumberFlags.More)) != 0, range);
        }

        m.Start = start;
        m.End = j;
        skipTo = Math.Max(skipTo, j);
        return true;
    }

    /// <summary>Whether a minus sign (or 마이너스) ends right before <paramref name="at"/>; its start.</summary>
    private static bool TrySign(ReadOnlySpan<char> s, int at, int lowerBound, out int signStart)
    {
        signStart = at;
        int i = at - 1;
        if (i >= lowerBound && IsMinus(s[i]))
        {
            // 10-20억원, A-50억원, 3)-5억원: a hyphen after a word or a closing bracket joins, it does not negate.
            char p = i > 0 ? s[i - 1] : ' ';
            if (char.IsLetterOrDigit(p) || p is ')' or ']' or '}' || IsMinus(p))
            {
                return false;
            }

            signStart = i;
            return true;
        }

        const string Minus = "마이너스";
        int w = at - Minus.Length - (at > 0 && s[at - 1] == ' ' ? 1 : 0);
        if (w >= lowerBound && s[w..].StartsWith(Minus, StringComparison.Ordinal) && (w == 0 || !char.IsLetterOrDigit(s[w - 1])))
        {
            signStart = w;
            return true;
        }

        return false;
    }

    private static bool IsMinus(char c) => c is '-' or '\u2212' or '\uFF0D';

    /// <summary>
    /// Makes a parsed amount negative. Magnitude bands (수십억, 50여억, 50억원대) mirror: −90억 to −10억. A range's sign
    /// belongs to its lower end (-10억~20억원). Bounds from 이상/미만/최대 apply to the signed amount, so they are negated.
    /// </summary>
    private static void Negate(ref RawMoney m, bool mirror, bool range)
    {
        m.Amount = -m.Amount;
        if (mirror)
        {
            (m.Min, m.Max) = (-m.Max, -m.Min);
            (m.MinExclusive, m.MaxExclusive) = (m.MaxExclusive, m.MinExclusive);
        }
        else if (range)
        {
            m.Min = -m.Min;
        }
        else
        {
            m.Min = -m.Min;
            m.Max = -m.Max;
        }

        if (m.Equivalent is { Amount: > 0 } eq)
        {
            m.Equivalent = eq with { Amount = -eq.Amount };
        }
    }

    private static void ApplyQualifier(ref RawMoney m, MoneyQualifiers kinds, decimal upper)
    {
        if (kinds == MoneyQualifiers.None)
        {
            return;
        }

        m.Qualifiers |= kinds;
        decimal lower = m.Amount;
        if ((kinds & (MoneyQualifiers.Approximately | MoneyQualifiers.Over)) != 0)
        {
            m.Approximate = true;
        }

        if ((kinds & (MoneyQualifiers.AtLeast | MoneyQualifiers.Minimum | MoneyQualifiers.Over)) != 0)
        {
            m.Min = lower;
            m.MinExclusive = false;
        }

        if ((kinds & MoneyQualifiers.MoreThan) != 0)
        {
            m.Min = lower;
            m.MinExclusive = true;
        }

        if ((kinds & (MoneyQualifiers.AtMost | MoneyQualifiers.Maximum)) != 0)
        {
            m.Max = upper;
            m.MaxExclusive = false;
        }

        if ((kinds & MoneyQualifiers.LessThan) != 0)
        {
            m.Max = upper;
            m.MaxExclusive = true;
        }
    }

    /// <summary>The width of a 대 band: the place of the last non-zero digit (1000억 → 1000억, 1500억 → 100억).</summary>
    internal static decimal BandStep(decimal v)
    {
        if (v <= 0)
        {
            return 1;
        }

        decimal p = 1;
        int guard = 0;
        while (v % p != 0 && guard++ < 28)
        {
            p /= 10;
        }

        while (guard++ < 64 && p * 10 <= v && v % (p * 10) == 0)
        {
            p *= 10;
        }

        return p;
    }

    private static bool TryUnit(ReadOnlySpan<char> s, int j, out string code, out int end)
    {
        if (Currencies.TryMatchSuffix(s, j, out code, out end))
        {
            return true;
        }

        return j < s.Length && s[j] == ' ' && Currencies.TryMatchSuffix(s, j + 1, out code, out end);
    }

    private static bool TryPrefixQualifier(ReadOnlySpan<char> s, int start, int lowerBound, out string word, out MoneyQualifiers kind, out int qStart)
    {
        int k = start;
        if (k - 1 >= lowerBound && s[k - 1] == ' ')
        {
            k--;
        }

        foreach ((string w, MoneyQualifiers q) in PrefixQualifiers)
        {
            int b = k - w.Length;
            if (b >= lowerBound && s.Slice(b, w.Length).SequenceEqual(w) && (b == 0 || !KoreanNumerals.IsHangulSyllable(s[b - 1])))
            {
                word = w;
                kind = q;
                qStart = b;
                return true;
            }
        }

        word = string.Empty;
        kind = MoneyQualifiers.None;
        qStart = start;
        return false;
    }

    private static bool TrySuffixQualifier(ReadOnlySpan<char> s, int j, out string word, out MoneyQualifiers kind, out int end)
    {
        bool spaced = j < s.Length && s[j] == ' ';
        int k = spaced ? j + 1 : j;
        ReadOnlySpan<char> rest = s[k..];
        foreach ((string w, MoneyQualifiers q, bool direct) in SuffixQualifiers)
        {
            if ((!spaced || !direct) && rest.StartsWith(w, StringComparison.Ordinal) && Currencies.EndsWord(s, k + w.Length))
            {
                word = w;
                kind = q;
                end = k + w.Length;
                return true;
            }
        }

        word = string.Empty;
        kind = MoneyQualifiers.None;
        end = j;
        return false;
    }

    private static bool TryEnglishScale(ReadOnlySpan<char> s, int j, out decimal multiplier, out int end)
    {
        bool spaced = j < s.Length && s[j] == ' ';
        int k = spaced ? j + 1 : j;
        ReadOnlySpan<char> rest = s[k..];
        foreach ((string w, decimal mul, bool isShort) in EnglishScales)
        {
            if ((!spaced || !isShort) && rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                && (k + w.Length >= s.Length || !KoreanNumerals.IsAsciiLetter(s[k + w.Length])))
            {
                multiplier = mul;
                end = k + w.Length;
                return true;
            }
        }

        multiplier = 1;
        end = j;
        return false;
    }

    /// <summary>
    /// The second half of an English range after a prefixed amount: a hyphen, dash, tilde or <c>to</c>, an optional repeat
    /// of the same currency prefix, a plain number and an English scale. A scale on only the second number applies to
    /// both (<c>$3-5 billion</c>); with a scale on both each keeps its own (<c>$900 million to $1.2 billion</c>).
    /// </summary>
    private static bool TryEnglishRange(
        ReadOnlySpan<char> s, int j, decimal firstNumber, decimal firstValue, bool firstScaled, string prefixCode, int lowerBound,
        out decimal low, out decimal high, out int end, out string? connector)
    {
        low = high = 0;
        end = j;
        connector = null;
        int k = j;
        if (k < s.Length && s[k] is '-' or '–' or '—' or '~')
        {
            connector = s[k] == '~' ? "~" : "-";
            k++;
        }
        else if (s[k..].StartsWith(" to ", StringComparison.Ordinal) || s[k..].StartsWith(" - ", StringComparison.Ordinal)
            || s[k..].StartsWith(" – ", StringComparison.Ordinal))
        {
            connector = s[k + 1] == 't' ? "to" : "-";
            k += connector == "to" ? 4 : 3;
        }
        else
        {
            return false;
        }

        // The second number, possibly after the same prefix again ("$3 to $5 billion", "US$3bn-US$5bn").
        int digit = k;
        while (digit < s.Length && digit - k < 5 && !KoreanNumerals.IsDigit(s[digit]))
        {
            digit++;
        }

        if (digit >= s.Length || !KoreanNumerals.IsDigit(s[digit]))
        {
            return false;
        }

        if (digit > k && !(Currencies.TryMatchPrefix(s, digit, Math.Max(lowerBound, k), out string secondCode, out int secondStart)
            && secondStart == k && string.Equals(secondCode, prefixCode, StringComparison.Ordinal)))
        {
            return false;
        }

        if (!KoreanNumerals.TryRead(s, digit, allowSeveral: false, out KoreanNumber second, out _)
            || (second.Flags & (AnyMultiplier | KoreanNumberFlags.More)) != 0)
        {
            return false;
        }

        int e = second.End;
        decimal secondValue = second.Value;
        bool secondScaled = TryEnglishScale(s, e, out decimal mul, out int scaleEnd);
        if (secondScaled)
        {
            if (secondValue >= KoreanNumerals.Limit / mul || (!firstScaled && firstNumber >= KoreanNumerals.Limit / mul))
            {
                return false;
            }

            secondValue *= mul;
            e = scaleEnd;
        }
        else if (firstScaled)
        {
            return false; // "$3 billion-5": the second number has no scale of its own
        }

        decimal first = firstScaled || !secondScaled ? firstValue : firstNumber * mul;
        if (first >= secondValue || (e < s.Length && (KoreanNumerals.IsAsciiLetter(s[e]) || KoreanNumerals.IsDigit(s[e]))))
        {
            return false;
        }

        low = first;
        high = secondValue;
        end = e;
        return true;
    }

    private static bool TryRange(
        ReadOnlySpan<char> s, int j, KoreanNumber first, string? firstCurrency, bool firstHasUnit,
        out decimal low, out decimal high, out string? currency, out int end, out string? connector)
    {
        low = high = 0;
        currency = null;
        end = j;
        connector = null;
        if (!TryConnector(s, j, firstHasUnit, out int after, out connector, out bool fromTo))
        {
            return false;
        }

        if (after >= s.Length || !(KoreanNumerals.IsDigit(s[after]) || KoreanNumerals.IsHangulNumeral(s[after])))
        {
            return false;
        }

        if (!KoreanNumerals.TryRead(s, after, allowSeveral: false, out KoreanNumber second, out _)
            || (second.Flags & KoreanNumberFlags.More) != 0
            || (second.IsHangulOnly && second.HangulChars < 2))
        {
            return false;
        }

        int e = second.End;
        string? secondCurrency = null;
        if (TryUnit(s, e, out string code, out int unitEnd))
        {
            secondCurrency = code;
            e = unitEnd;
        }

        if (secondCurrency is null && !firstHasUnit)
        {
            return false;
        }

        if (secondCurrency is not null && firstCurrency is not null && !string.Equals(secondCurrency, firstCurrency, StringComparison.Ordinal))
        {
            return false;
        }

        if (!Currencies.EndsWord(s, e))
        {
            return false;
        }

        if (fromTo)
        {
            ReadOnlySpan<char> rest = s[e..];
            if (rest.StartsWith("으로", StringComparison.Ordinal) || rest.StartsWith("로", StringComparison.Ordinal))
            {
                return false; // 10억원에서 20억원으로: a change, not a range
            }

            if (rest.StartsWith("까지", StringComparison.Ordinal))
            {
                e += 2;
            }
        }

        decimal a = first.Value;
        if (!firstHasUnit && (first.Flags & AnyMultiplier) == 0 && second.LastScale > 1)
        {
            // 10~20억원: the bare first number takes the second's multiplier
            if (a >= KoreanNumerals.Limit / second.LastScale)
            {
                return false;
            }

            a *= second.LastScale;
        }

        if (a > second.Value)
        {
            return false;
        }

        low = a;
        high = second.Value;
        currency = firstCurrency ?? secondCurrency;
        end = e;
        return true;
    }

    private static bool TryConnector(ReadOnlySpan<char> s, int j, bool afterUnit, out int after, out string? word, out bool fromTo)
    {
        after = j;
        word = null;
        fromTo = false;
        if (j >= s.Length)
        {
            return false;
        }

        bool spaced = s[j] == ' ';
        int t = spaced ? j + 1 : j;
        if (t >= s.Length)
        {
            return false;
        }

        char c = s[t];
        if (c is '~' or '∼' or '〜')
        {
            after = t + 1 < s.Length && s[t + 1] == ' ' ? t + 2 : t + 1;
            word = "~";
            return true;
        }

        if (!spaced && c is '-' or '–')
        {
            after = t + 1;
            word = "-";
            return true;
        }

        ReadOnlySpan<char> rest = s[t..];
        if (!spaced && afterUnit && (rest.StartsWith("에서 ", StringComparison.Ordinal) || rest.StartsWith("부터 ", StringComparison.Ordinal)))
        {
            after = t + 3;
            word = rest[0] == '에' ? "에서" : "부터";
            fromTo = true;
            return true;
        }

        if (spaced && rest.StartsWith("내지 ", StringComparison.Ordinal))
        {
            after = t + 3;
            word = "내지";
            return true;
        }

        return false;
    }

    private static bool TryLinked(ReadOnlySpan<char> s, int j, string outerCurrency, MoneyParserOptions o, out MoneyValue value, out int end)
    {
        value = default;
        end = j;
        int k = j < s.Length && s[j] == ' ' ? j + 1 : j;
        if (k >= s.Length || s[k] != '(')
        {
            return false;
        }

        int q = k + 1;
        if (q < s.Length && s[q] == ' ')
        {
            q++;
        }

        foreach (string marker in ConversionMarkers)
        {
            if (s[q..].StartsWith(marker, StringComparison.Ordinal))
            {
                q += marker.Length;
                if (q < s.Length && s[q] == ' ')
                {
                    q++;
                }

                break;
            }
        }

        // The amount starts within a few characters (약 , 미화 , US$ …); find its first numeral.
        int limit = Math.Min(s.Length, q + 8);
        int t = q;
        while (t < limit && !KoreanNumerals.IsDigit(s[t]) && !KoreanNumerals.IsHangulNumeral(s[t]))
        {
            t++;
        }

        if (t >= limit)
        {
            return false;
        }

        if (!KoreanNumerals.IsDigit(s[t]) && t > q && KoreanNumerals.IsHangulSyllable(s[t - 1]))
        {
            return false;
        }

        if (!TryParseAt(s, t, q, o, nested: true, out RawMoney inner, out _) || inner.Start != q)
        {
            return false;
        }

        int e = inner.End < s.Length && s[inner.End] == ' ' ? inner.End + 1 : inner.End;
        if (e >= s.Length || s[e] != ')' || string.Equals(inner.Currency, outerCurrency, StringComparison.Ordinal))
        {
            return false;
        }

        value = new MoneyValue(inner.Amount, inner.Currency, inner.Approximate);
        end = e + 1;
        return true;
    }
}

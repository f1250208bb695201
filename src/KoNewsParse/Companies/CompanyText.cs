using System.Buffers;

namespace KoNewsParse.Companies;

/// <summary>Character folding, word boundaries, particles, legal forms and cue words used by the company recognizer.</summary>
internal static class CompanyText
{
    /// <summary>The longest particle/ending run (in syllables) checked after a name.</summary>
    private const int MaxParticleLength = 4;

    /// <summary>Particles and endings that may follow a company name (as a whole Hangul run after the name or after a cue suffix).</summary>
    private static readonly string[] ParticleList =
    [
        "은", "는", "이", "가", "을", "를", "와", "과", "의", "에", "에서", "에게", "로", "으로", "도", "만", "까지", "부터",
        "께", "께서", "이나", "나", "이며", "며", "이고", "이다", "다", "였다", "이었다", "이자", "처럼", "보다", "마저", "조차",
        "한테", "랑", "이랑", "하고", "에는", "에서는", "에선", "엔", "에도", "에서도", "으로는", "로는", "으로도", "로도",
        "와는", "과는", "와도", "과도", "와의", "과의", "에게는", "에게도", "까지는", "까지도", "부터는", "만이", "만의", "만은",
        "만도", "이라는", "라는", "이란", "란", "이라고", "라고", "으로서", "로서", "으로써", "로써", "에서의", "에의", "으로의",
        "로의", "이지만", "지만", "이면", "면", "이든", "든", "에게서", "한테서", "이야", "야", "이었던", "였던", "이던", "던",
        "이었고", "였고", "이었으며", "였으며", "이라며", "라며", "으로부터", "로부터", "에서부터", "부터의", "까지의", "뿐",
        "이었지만", "였지만", "이기도", "이라서", "라서", "로서는", "으로서는", "로서도", "으로서도", "로선", "으로선", "에서만",
        "에게만", "만큼", "이라도", "라도", "조차도", "까지만", "이라면", "라면", "이라며", "이었고", "과는", "이랑은", "한테는",
        "에서조차", "보다는", "보다도", "처럼은", "같이", "대로", "이든지", "든지", "이나마", "나마", "이요", "요",
    ];

    /// <summary>Particle runs packed into 64-bit keys (up to four UTF-16 units).</summary>
    private static readonly HashSet<ulong> Particles = [.. ParticleList.Select(p => Pack(p.AsSpan()))];

    /// <summary>Cue words that, written right after a name and a space, are evidence that the name is a company.</summary>
    private static readonly string[] DetachedCues =
    [
        "그룹", "측", "주가", "주식", "株", "社", "회장", "계열사", "계열", "지분", "우선주", "시가총액", "시총", "노조", "임직원",
        "대표이사", "주주", "주주총회", "사옥", "본사", "경영진", "이사회",
    ];

    /// <summary>First characters of <see cref="DetachedCues"/> (a quick reject).</summary>
    private static readonly SearchValues<char> DetachedCueStarts = SearchValues.Create(string.Concat(DetachedCues.Select(c => c[0])));

    /// <summary>Detached cues that point at the listed share rather than the group (select a group's listed holding).</summary>
    private static readonly string[] StockCues = ["주가", "주식", "株", "우선주", "시가총액", "시총", "주주", "주주총회"];

    /// <summary>Words right before a name that mark an unknown name as a company (weak evidence, see name-likeness).</summary>
    internal static readonly string[] PreCues =
    [
        "스타트업", "벤처기업", "벤처", "업체", "기업", "계열사", "자회사", "협력사", "신생기업", "유니콘", "핀테크",
        "바이오텍", "제조사", "운용사", "개발사", "게임사",
    ];

    /// <summary>Words right after a name that mark an unknown name as a company (weak evidence, see name-likeness).</summary>
    internal static readonly string[] PostCues = ["대표", "대표이사", "창업자", "최고경영자", "CEO", "공동대표"];

    /// <summary>Endings of company-like names (used only for unknown companies found through cue words).</summary>
    private static readonly string[] CompanyLikeEndings =
    [
        "테크", "랩", "랩스", "소프트", "바이오", "로보틱스", "모빌리티", "에너지", "헬스케어", "솔루션", "솔루션즈", "시스템",
        "시스템즈", "네트웍스", "컴퍼니", "코리아", "홀딩스", "파마", "제약", "게임즈", "스튜디오", "엔터테인먼트", "인베스트먼트",
        "파트너스", "캐피탈", "벤처스", "회사", "산업", "전자", "화학", "건설", "물산", "상사", "식품", "테라퓨틱스", "바이오로직스",
        "메디컬", "웍스", "플랫폼", "모터스", "반도체", "소재", "정밀", "통신", "증권", "자산운용", "인더스트리", "테크놀로지",
        "에이아이", "다이내믹스", "머티리얼즈", "일렉트릭", "엔지니어링", "푸드", "뷰티", "코스메틱", "글로벌",
    ];

    /// <summary>Common nouns that look company-like but are not names (checked for unknown companies only).</summary>
    private static readonly HashSet<string> UnknownStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "모회사", "자회사", "지주회사", "보험회사", "증권회사", "신생회사", "해당회사", "이회사", "그회사", "우리회사", "대형회사",
        "외국회사", "중소회사", "관계회사", "투자회사", "합작회사", "회사", "건설회사", "제약회사", "자동차회사", "카드회사",
        "금융회사", "통신회사", "식품회사", "게임회사", "석유화학", "정밀화학", "기초화학", "국내기업", "해외기업", "대기업",
        "중견기업", "중소기업", "대표", "각자대표", "공동대표", "전", "현", "신임", "업계", "관계자", "글로벌", "코리아",
        "에너지", "바이오", "반도체", "소재", "통신", "증권", "건설", "제약", "식품", "화학", "전자", "산업", "플랫폼",
        "AI", "IT", "ICT", "CEO", "CFO", "CTO", "COO", "IPO", "M&A", "R&D", "ESG", "VC", "PE", "SW", "HW", "EV", "AI반도체",
        "이차전지", "2차전지", "첨단소재", "신소재", "디스플레이", "인공지능", "로봇", "헬스케어", "모빌리티", "핀테크",
    };

    /// <summary>
    /// Whether the name at [<paramref name="start"/>, <paramref name="end"/>) is 한화 used as "Korean won" (韓貨) before an amount:
    /// <c>1억달러(한화 약 1190억원)</c>, <c>한화로 환산하면</c>, <c>한화 기준</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Start of the name.</param>
    /// <param name="end">End of the name.</param>
    /// <returns><see langword="true"/> when the word denotes the currency, not the company.</returns>
    internal static bool IsCurrencyUse(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start != 2 || text[start] != '한' || text[start + 1] != '화')
        {
            return false;
        }

        int j = end;
        if (StartsWith(text, j, "으로"))
        {
            j += 2;
        }
        else if (StartsWith(text, j, "로"))
        {
            j++;
        }

        while (j < text.Length && Fold(text[j]) == ' ')
        {
            j++;
        }

        return j < text.Length && (char.IsAsciiDigit(Fold(text[j])) || StartsWith(text, j, "약") || StartsWith(text, j, "기준") ||
                                   StartsWith(text, j, "환산") || StartsWith(text, j, "가치") || StartsWith(text, j, "로 "));
    }

    /// <summary>Hanja country prefixes written right before a foreign firm (美애플, 中화웨이).</summary>
    private static bool IsCountryPrefix(char c) => c is '美' or '中' or '日' or '英' or '獨' or '佛' or '韓' or '印' or '臺' or '台';

    /// <summary>Folds a character for matching: ASCII upper case to lower case, full-width ASCII to ASCII, Unicode spaces to a space.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    internal static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            char a = (char)(c - 0xFEE0);
            return a is >= 'A' and <= 'Z' ? (char)(a + 32) : a;
        }

        return c is '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' ? ' ' : c;
    }

    /// <summary>Whether <paramref name="c"/> belongs to a word (letters and digits of any script).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for letters and digits.</returns>
    internal static bool IsWordChar(char c) => c is >= '가' and <= '힣' || (c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c));

    /// <summary>Whether a Hangul syllable.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for U+AC00–U+D7A3.</returns>
    internal static bool IsHangul(char c) => c is >= '가' and <= '힣';

    /// <summary>Whether an ASCII or full-width Latin letter or digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for Latin letters and digits.</returns>
    internal static bool IsLatinOrDigit(char c)
    {
        c = Fold(c);
        return c < 0x80 && char.IsAsciiLetterOrDigit(c);
    }

    /// <summary>Whether a name may start at <paramref name="i"/>: at the start, after a non-word character, or after a Hanja country prefix.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The position.</param>
    /// <returns><see langword="true"/> at a word start.</returns>
    internal static bool IsWordStart(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char p = text[i - 1];
        if (!IsWordChar(p))
        {
            return true;
        }

        return IsCountryPrefix(p) && (i == 1 || !IsWordChar(text[i - 2]));
    }

    /// <summary>Characters that can be part of an unknown company's name.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for Hangul, Latin letters, digits, '&amp;' and '+'.</returns>
    internal static bool IsNameChar(char c) => IsHangul(c) || IsLatinOrDigit(c) || c is '&' or '+';

    /// <summary>Length of a legal-form prefix at <paramref name="i"/> (㈜, (주), (株), (유), 주식회사, 유한회사), including one following space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The position.</param>
    /// <param name="spelledOut">Whether the form is the spelled-out 주식회사/유한회사 (weaker: also a common noun).</param>
    /// <returns>The length, or 0.</returns>
    internal static int LegalPrefixLength(ReadOnlySpan<char> text, int i, out bool spelledOut)
    {
        spelledOut = false;
        char c = text[i];
        if (c is not ('(' or '（' or '㈜' or '㈲' or '주' or '유'))
        {
            return 0;
        }

        int len = ParenthesizedFormLength(text, i);
        if (len == 0 && (StartsWith(text, i, "주식회사") || StartsWith(text, i, "유한회사")))
        {
            len = 4;
            spelledOut = true;
        }

        if (len == 0)
        {
            return 0;
        }

        if (i + len < text.Length && Fold(text[i + len]) == ' ')
        {
            len++;
        }

        return len;
    }

    /// <summary>Length of a legal-form suffix at <paramref name="i"/> right after a name, including a space before it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The position right after the name.</param>
    /// <param name="latinName">Whether the name ends in a Latin letter (then English forms such as Co., Ltd. are recognized too).</param>
    /// <returns>The length, or 0.</returns>
    internal static int LegalSuffixLength(ReadOnlySpan<char> text, int i, bool latinName)
    {
        int len = ParenthesizedFormLength(text, i);
        if (len > 0)
        {
            return len;
        }

        int j = i;
        if (j < text.Length && Fold(text[j]) == ' ')
        {
            j++;
            len = ParenthesizedFormLength(text, j);
            if (len > 0)
            {
                return j - i + len;
            }
        }

        if (j > i && (StartsWith(text, j, "주식회사") || StartsWith(text, j, "유한회사")) && !ContinuesWord(text, j + 4))
        {
            return j - i + 4;
        }

        if (!latinName)
        {
            return 0;
        }

        // English forms: optional comma, a space, then Co., Ltd. / Co.,Ltd. / Co. Ltd / Inc. / Corp. / Corporation / Ltd. / Limited
        j = i;
        if (j < text.Length && text[j] == ',')
        {
            j++;
        }

        if (j >= text.Length || Fold(text[j]) != ' ')
        {
            return 0;
        }

        j++;
        int formEnd = EnglishFormEnd(text, j);
        return formEnd > j ? formEnd - i : 0;
    }

    private static int EnglishFormEnd(ReadOnlySpan<char> text, int j)
    {
        if (StartsWithIgnoreCase(text, j, "co"))
        {
            int k = j + 2;
            k = SkipChars(text, k, ".,");
            k = SkipChars(text, k, " ");
            if (StartsWithIgnoreCase(text, k, "ltd"))
            {
                k += 3;
                return (k < text.Length && text[k] == '.' ? k + 1 : k) is var e && !ContinuesWord(text, e) ? e : j;
            }
        }

        foreach (string form in (ReadOnlySpan<string>)["corporation", "limited", "inc", "corp", "ltd", "llc", "plc"])
        {
            if (StartsWithIgnoreCase(text, j, form))
            {
                int e = j + form.Length;
                if (e < text.Length && text[e] == '.')
                {
                    e++;
                }

                return ContinuesLatinWord(text, e) ? j : e;
            }
        }

        return j;
    }

    private static int SkipChars(ReadOnlySpan<char> text, int k, string chars)
    {
        while (k < text.Length && chars.Contains(text[k], StringComparison.Ordinal))
        {
            k++;
        }

        return k;
    }

    private static int ParenthesizedFormLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        char c = text[i];
        if (c is '㈜' or '㈲')
        {
            return 1;
        }

        if (Fold(c) == '(' && i + 2 < text.Length && Fold(text[i + 2]) == ')' && text[i + 1] is '주' or '株' or '유')
        {
            return 3;
        }

        return 0;
    }

    private static bool ContinuesWord(ReadOnlySpan<char> text, int i) => i < text.Length && IsWordChar(text[i]) && !IsParticleStart(text, i);

    private static bool ContinuesLatinWord(ReadOnlySpan<char> text, int i) => i < text.Length && IsLatinOrDigit(text[i]);

    private static bool IsParticleStart(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && end - i <= MaxParticleLength && IsHangul(text[end]))
        {
            end++;
        }

        return end > i && end - i <= MaxParticleLength && (end == text.Length || !IsWordChar(text[end])) && IsParticle(text[i..end]);
    }

    /// <summary>The kind of evidence found right after a name.</summary>
    internal enum TailCue
    {
        /// <summary>No cue.</summary>
        None,

        /// <summary>그룹, 측, 社, 회장 … (the name is a company or group).</summary>
        Company,

        /// <summary>주가, 주식, 株 … (the listed share is meant).</summary>
        Stock,
    }

    /// <summary>
    /// Whether a name may end at <paramref name="i"/>: at the end of text, before a non-word character, or before a particle/ending
    /// run (optionally after an attached cue suffix 그룹/측/社/株) that itself ends at a non-word character.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The position right after the name (and any legal-form suffix).</param>
    /// <param name="cue">Any attached or detached cue found.</param>
    /// <returns><see langword="true"/> when the name ends at a word boundary.</returns>
    internal static bool IsNameEnd(ReadOnlySpan<char> text, int i, out TailCue cue)
    {
        cue = TailCue.None;
        if (i >= text.Length)
        {
            return true;
        }

        char c = text[i];
        if (!IsWordChar(c))
        {
            cue = DetachedCue(text, i);
            return true;
        }

        // An attached cue suffix: 그룹, 측, 社, 株.
        int j = i;
        if (StartsWith(text, j, "그룹"))
        {
            j += 2;
            cue = TailCue.Company;
        }
        else if (c is '측' or '社' or '側')
        {
            j++;
            cue = TailCue.Company;
        }
        else if (c == '株')
        {
            j++;
            cue = TailCue.Stock;
        }

        int end = j;
        while (end < text.Length && IsHangul(text[end]))
        {
            end++;
            if (end - j > MaxParticleLength)
            {
                cue = TailCue.None;
                return false;
            }
        }

        if (end < text.Length && IsWordChar(text[end]))
        {
            cue = TailCue.None;
            return false;
        }

        if (end == j)
        {
            return j > i; // only a cue suffix
        }

        if (IsParticle(text[j..end]))
        {
            return true;
        }

        cue = TailCue.None;
        return false;
    }

    /// <summary>A cue word after one space (대상 주가, SK 측, 동방 그룹).</summary>
    private static TailCue DetachedCue(ReadOnlySpan<char> text, int i)
    {
        if (Fold(text[i]) != ' ' || i + 1 >= text.Length)
        {
            return TailCue.None;
        }

        int j = i + 1;
        if (!DetachedCueStarts.Contains(text[j]))
        {
            return TailCue.None;
        }

        foreach (string w in DetachedCues)
        {
            if (StartsWith(text, j, w) && IsNameEnd(text, j + w.Length, out _))
            {
                return Array.IndexOf(StockCues, w) >= 0 ? TailCue.Stock : TailCue.Company;
            }
        }

        return TailCue.None;
    }

    /// <summary>Whether <paramref name="s"/> is a whole particle/ending run.</summary>
    /// <param name="s">The run of Hangul syllables.</param>
    /// <returns><see langword="true"/> for a known particle or ending.</returns>
    internal static bool IsParticle(ReadOnlySpan<char> s) => s.Length is > 0 and <= MaxParticleLength && Particles.Contains(Pack(s));

    /// <summary>Length of the longest particle/ending at the end of <paramref name="token"/> that leaves at least two characters.</summary>
    /// <param name="token">A word.</param>
    /// <returns>The particle length, or 0.</returns>
    internal static int TrailingParticleLength(ReadOnlySpan<char> token)
    {
        for (int len = Math.Min(MaxParticleLength, token.Length - 2); len > 0; len--)
        {
            if (IsParticle(token[^len..]))
            {
                return len;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="name"/> looks like a company name (for unknown companies found only through cue words).</summary>
    /// <param name="name">The candidate name, particles stripped.</param>
    /// <returns><see langword="true"/> when it has a Latin letter or a company-like ending and is not a common noun.</returns>
    internal static bool IsCompanyLike(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || name.Length > 20)
        {
            return false;
        }

        bool hasLatin = false, allDigits = true;
        foreach (char c in name)
        {
            char f = Fold(c);
            hasLatin |= f is >= 'a' and <= 'z';
            allDigits &= char.IsAsciiDigit(f);
        }

        if (allDigits)
        {
            return false;
        }

        bool like = hasLatin ? name.Length >= 3 || !IsAsciiOnly(name) : HasCompanyLikeEnding(name);
        return like && !UnknownStopWords.Contains(name.ToString());
    }

    private static bool HasCompanyLikeEnding(ReadOnlySpan<char> name)
    {
        foreach (string ending in CompanyLikeEndings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiOnly(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (Fold(c) >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ordinal prefix test at a position.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The position.</param>
    /// <param name="value">The expected text.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has <paramref name="value"/> at <paramref name="i"/>.</returns>
    internal static bool StartsWith(ReadOnlySpan<char> text, int i, string value) =>
        i >= 0 && i + value.Length <= text.Length && text.Slice(i, value.Length).SequenceEqual(value);

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, int i, string lower)
    {
        if (i + lower.Length > text.Length)
        {
            return false;
        }

        for (int k = 0; k < lower.Length; k++)
        {
            if (Fold(text[i + k]) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static ulong Pack(ReadOnlySpan<char> s)
    {
        ulong v = 0;
        foreach (char c in s)
        {
            v = (v << 16) | c;
        }

        return v;
    }
}

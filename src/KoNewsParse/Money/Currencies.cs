using System.Buffers;
using System.Collections.Frozen;
using KoNewsParse.Text;

namespace KoNewsParse.Money;

/// <summary>Currency words, symbols and ISO codes, and how the formatter writes each currency.</summary>
internal static class Currencies
{
    // Korean unit words after a number, mapped to ISO 4217. Country-qualified forms come with and without a space.
    private static readonly (string Word, string Code)[] SuffixWords =
    [
        ("원", "KRW"),
        ("달러화", "USD"), ("달러", "USD"), ("미국달러", "USD"), ("미국 달러", "USD"), ("미달러", "USD"),
        ("홍콩달러", "HKD"), ("홍콩 달러", "HKD"),
        ("캐나다달러", "CAD"), ("캐나다 달러", "CAD"),
        ("호주달러", "AUD"), ("호주 달러", "AUD"),
        ("싱가포르달러", "SGD"), ("싱가포르 달러", "SGD"),
        ("대만달러", "TWD"), ("대만 달러", "TWD"),
        ("뉴질랜드달러", "NZD"), ("뉴질랜드 달러", "NZD"),
        ("엔화", "JPY"), ("엔", "JPY"), ("円", "JPY"),
        ("위안화", "CNY"), ("위안", "CNY"), ("元", "CNY"),
        ("유로화", "EUR"), ("유로", "EUR"),
        ("파운드화", "GBP"), ("파운드", "GBP"),
        ("스위스프랑", "CHF"), ("스위스 프랑", "CHF"),
        ("루피아", "IDR"), ("인도네시아루피아", "IDR"), ("인도네시아 루피아", "IDR"),
        ("루피", "INR"), ("인도루피", "INR"), ("인도 루피", "INR"),
        ("루블", "RUB"), ("바트", "THB"), ("링깃", "MYR"), ("헤알", "BRL"),
        ("베트남동", "VND"), ("베트남 동", "VND"),
        ("멕시코페소", "MXN"), ("멕시코 페소", "MXN"),
        ("필리핀페소", "PHP"), ("필리핀 페소", "PHP"),
    ];

    private static readonly FrozenDictionary<char, (string Word, string Code)[]> SuffixByFirst =
        SuffixWords.GroupBy(w => w.Word[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Word.Length).ToArray());

    /// <summary>ISO codes read before or after a number (<c>USD 300 million</c>, <c>300 USD</c>); RMB means CNY.</summary>
    private static readonly FrozenDictionary<string, string> IsoCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KRW"] = "KRW",
        ["USD"] = "USD",
        ["EUR"] = "EUR",
        ["JPY"] = "JPY",
        ["CNY"] = "CNY",
        ["RMB"] = "CNY",
        ["GBP"] = "GBP",
        ["HKD"] = "HKD",
        ["CHF"] = "CHF",
        ["CAD"] = "CAD",
        ["AUD"] = "AUD",
        ["SGD"] = "SGD",
        ["TWD"] = "TWD",
        ["NZD"] = "NZD",
        ["VND"] = "VND",
        ["INR"] = "INR",
        ["IDR"] = "IDR",
        ["RUB"] = "RUB",
        ["THB"] = "THB",
        ["MYR"] = "MYR",
        ["BRL"] = "BRL",
        ["MXN"] = "MXN",
        ["PHP"] = "PHP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Keyed by the three letters packed into an int so spans can be looked up on every target framework.
    private static readonly FrozenDictionary<int, string> IsoByKey = IsoCodes.ToFrozenDictionary(p => Key(p.Key), p => p.Value);

    private static int Key(ReadOnlySpan<char> three) => (three[0] << 16) | (three[1] << 8) | three[2];

    private static bool TryIso(ReadOnlySpan<char> three, out string code)
    {
        foreach (char ch in three)
        {
            if (ch is < 'A' or > 'Z')
            {
                code = string.Empty;
                return false;
            }
        }

        return IsoByKey.TryGetValue(Key(three), out code!);
    }

    /// <summary>How <see cref="KoreanNumberFormatter"/> writes each currency.</summary>
    public static readonly FrozenDictionary<string, string> FormatWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KRW"] = "원",
        ["USD"] = "달러",
        ["JPY"] = "엔",
        ["CNY"] = "위안",
        ["EUR"] = "유로",
        ["GBP"] = "파운드",
        ["HKD"] = "홍콩달러",
        ["CAD"] = "캐나다달러",
        ["AUD"] = "호주달러",
        ["SGD"] = "싱가포르달러",
        ["TWD"] = "대만달러",
        ["NZD"] = "뉴질랜드달러",
        ["CHF"] = "스위스프랑",
        ["INR"] = "루피",
        ["IDR"] = "루피아",
        ["RUB"] = "루블",
        ["THB"] = "바트",
        ["MYR"] = "링깃",
        ["BRL"] = "헤알",
        ["VND"] = "베트남동",
        ["MXN"] = "멕시코페소",
        ["PHP"] = "필리핀페소",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>First characters of every Korean unit word (a cheap pre-check).</summary>
    public static readonly SearchValues<char> SuffixFirstChars = SearchValues.Create(string.Concat(SuffixByFirst.Keys));

    /// <summary>
    /// Hangul syllables that may follow a unit or qualifier directly: the first syllable of particles and copulas
    /// (은 는 이 가 을 를 의 에 으로 로 과 와 도 만 씩 짜리 어치 까지 부터 보다 인 였 뿐 밖에 및 중 …) and of qualifiers
    /// written without a space (대 선 정도 쯤 안팎 내외 규모 상당 수준 남짓 넘게 미만 초과 가량). Anything else means the
    /// unit is the start of another word: 원인 is allowed (copula) but 원칙, 원장, 원소, 엔진, 유로존, 파운드리 are not.
    /// </summary>
    public static readonly SearchValues<char> ParticleStarts =
        SearchValues.Create("은는이가을를의에엔으로과와도만씩짜어대선까부보인였정쯤안내규상수및뿐밖중남넘미초당꼴라나며고지야다");

    /// <summary>Whether the text at <paramref name="i"/> does not continue a Hangul word (end, non-Hangul or a particle).</summary>
    /// <param name="s">The text.</param>
    /// <param name="i">The index just after a unit or qualifier.</param>
    /// <returns><see langword="true"/> when the unit ends a word.</returns>
    public static bool EndsWord(ReadOnlySpan<char> s, int i) =>
        i >= s.Length || !KoreanNumerals.IsHangulSyllable(s[i]) || ParticleStarts.Contains(s[i]);

    // Words that begin with a currency word but are something else and would pass the particle check (위안부).
    private static bool IsOtherWord(ReadOnlySpan<char> s, string word, int end) =>
        end < s.Length && word == "위안" && s[end] == '부';

    /// <summary>Matches the longest Korean currency word or ISO code at <paramref name="i"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="i">The index.</param>
    /// <param name="code">The ISO code.</param>
    /// <param name="end">The index just past the word.</param>
    /// <returns><see langword="true"/> when a currency word starts at <paramref name="i"/>.</returns>
    public static bool TryMatchSuffix(ReadOnlySpan<char> s, int i, out string code, out int end)
    {
        code = string.Empty;
        end = i;
        if ((uint)i >= (uint)s.Length)
        {
            return false;
        }

        char c = s[i];
        if (SuffixByFirst.TryGetValue(c, out (string Word, string Code)[]? words))
        {
            ReadOnlySpan<char> rest = s[i..];
            foreach ((string word, string iso) in words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal) && !IsOtherWord(s, word, i + word.Length))
                {
                    code = iso;
                    end = i + word.Length;
                    return true;
                }
            }

            return false;
        }

        if (c is >= 'A' and <= 'Z' && i + 3 <= s.Length && (i + 3 == s.Length || !KoreanNumerals.IsAsciiLetter(s[i + 3]))
            && TryIso(s.Slice(i, 3), out string iso3))
        {
            code = iso3;
            end = i + 3;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Matches a currency written before a number and ending at <paramref name="numStart"/> (one space allowed):
    /// <c>$</c>, <c>US$</c>, <c>HK$</c>, <c>₩</c>, <c>€</c>, <c>£</c>, <c>¥</c>, an ISO code, or <c>미화</c>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="numStart">Index of the number.</param>
    /// <param name="lowerBound">The prefix may not start before this index.</param>
    /// <param name="code">The ISO code.</param>
    /// <param name="start">Index where the prefix starts.</param>
    /// <returns><see langword="true"/> when a prefix currency was found.</returns>
    public static bool TryMatchPrefix(ReadOnlySpan<char> s, int numStart, int lowerBound, out string code, out int start)
    {
        code = string.Empty;
        start = numStart;
        int k = numStart;
        if (k - 1 >= lowerBound && s[k - 1] == ' ')
        {
            k--;
        }

        if (k - 1 < lowerBound)
        {
            return false;
        }

        char c = s[k - 1];
        switch (c)
        {
            case '₩':
                return Found("KRW", k - 1, out code, out start);
            case '€':
                return Found("EUR", k - 1, out code, out start);
            case '£':
                return Found("GBP", k - 1, out code, out start);
            case '¥':
                return Found("JPY", k - 1, out code, out start);
            case '$':
                {
                    int d = k - 1;
                    int a = d;
                    while (a - 1 >= lowerBound && d - a < 3 && s[a - 1] is >= 'A' and <= 'Z')
                    {
                        a--;
                    }

                    if (a - 1 >= lowerBound && (KoreanNumerals.IsAsciiLetter(s[a - 1]) || KoreanNumerals.IsDigit(s[a - 1])))
                    {
                        return false;
                    }

                    string? iso = s[a..d] switch
                    {
                        "" or "US" => "USD",
                        "HK" => "HKD",
                        "C" or "CA" => "CAD",
                        "A" or "AU" => "AUD",
                        "S" or "SG" => "SGD",
                        "NT" => "TWD",
                        "NZ" => "NZD",
                        _ => null,
                    };
                    return iso is not null && Found(iso, a, out code, out start);
                }
        }

        if (c is >= 'A' and <= 'Z' && k - 3 >= lowerBound && (k - 3 == 0 || !KoreanNumerals.IsAsciiLetter(s[k - 4]))
            && TryIso(s.Slice(k - 3, 3), out string code3))
        {
            return Found(code3, k - 3, out code, out start);
        }

        if (c == '화' && k - 2 >= lowerBound && s[k - 2] == '미' && (k - 2 == 0 || !KoreanNumerals.IsHangulSyllable(s[k - 3])))
        {
            return Found("USD", k - 2, out code, out start);
        }

        return false;
    }

    private static bool Found(string iso, int at, out string code, out int start)
    {
        code = iso;
        start = at;
        return true;
    }
}

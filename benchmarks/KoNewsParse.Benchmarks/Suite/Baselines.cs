using System.Buffers;
using System.Text.RegularExpressions;
using KoNewsParse.Benchmarks.Corpus;

namespace KoNewsParse.Benchmarks.Suite;

/// <summary>
/// Reference points measured in the same run as the library: a plain <c>IndexOfAny</c> pass (the floor: the least any
/// number scanner must do is find the digits) and straightforward, non-generated, interpreted <see cref="Regex"/>es — what a
/// developer would write in ten minutes. The regexes only match; they do not compute amounts.
/// </summary>
public static class Baselines
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    // Each repetition consumes a unit character, so there is no nested ambiguity (no catastrophic backtracking).
    private static readonly Regex NaiveMoney = new(@"\d[\d,.]*(?:\s*[십백천]?[조억만]\s*\d*[\d,]*)*\s*(?:원|달러|엔|유로|위안)", RegexOptions.CultureInvariant);

    private static readonly Regex NaiveDate = new(
        @"(?:\d{4}년\s*)?\d{1,2}월\s*\d{1,2}일|(?:지난|오는|다음 달)\s*\d{1,2}일|\d{4}년|\d분기|[상하]반기|전날|이날|지난달|\d{1,2}월 말",
        RegexOptions.CultureInvariant);

    private static readonly Regex NaiveCompany = new(
        string.Join('|', NewsVocabulary.Companies.OrderByDescending(n => n.Length).Select(Regex.Escape)),
        RegexOptions.CultureInvariant);

    /// <summary>The floor: counts digit runs with <c>IndexOfAny</c>/<c>IndexOfAnyExcept</c> over <see cref="SearchValues{T}"/>.</summary>
    public static int DigitRuns(ReadOnlySpan<char> text)
    {
        int count = 0;
        while (true)
        {
            int start = text.IndexOfAny(Digits);
            if (start < 0)
            {
                return count;
            }

            count++;
            text = text[(start + 1)..];
            int end = text.IndexOfAnyExcept(Digits);
            if (end < 0)
            {
                return count;
            }

            text = text[end..];
        }
    }

    /// <summary>Counts naive money regex matches.</summary>
    public static int NaiveMoneyMatches(string text) => NaiveMoney.Count(text);

    /// <summary>Counts naive date regex matches.</summary>
    public static int NaiveDateMatches(string text) => NaiveDate.Count(text);

    /// <summary>Counts naive company regex matches (an alternation of the corpus vocabulary's 75 names only, not a gazetteer).</summary>
    public static int NaiveCompanyMatches(string text) => NaiveCompany.Count(text);
}

using KoNewsParse.Duplicates;
using Xunit;

namespace KoNewsParse.Tests.Duplicates;

public class PhraseSetTests
{
    private static readonly PhraseSet Set = new(["관련", "관련기사", "관련 뉴스", "Related", "관련"]);

    [Theory]
    [InlineData("관련기사 더보기", true, "관련기사")]
    [InlineData("관련 뉴스", true, "관련 뉴스")]
    [InlineData("관련업계", true, "관련")]
    [InlineData("Related Articles", true, "Related")]
    [InlineData("related", false, "")]
    [InlineData("연관 기사", false, "")]
    [InlineData("", false, "")]
    public void StartsAny_ReportsTheLongestPhraseTheLineStartsWith(string line, bool expected, string match)
    {
        Assert.Equal(expected, Set.StartsAny(line, out string found));
        Assert.Equal(match, found);
    }

    [Theory]
    [InlineData("관련", true)]
    [InlineData("관련 뉴스", true)]
    [InlineData("관련기", false)]
    [InlineData("관련기사들", false)]
    [InlineData("", false)]
    public void Contains_MatchesWholePhrasesOnly(string word, bool expected) => Assert.Equal(expected, Set.Contains(word));

    [Theory]
    [InlineData("오늘의 관련 뉴스 모음", true)]
    [InlineData("See Related", true)]
    [InlineData("연관 기사 모음", false)]
    [InlineData("", false)]
    public void ContainsAny_FindsAPhraseAnywhere(string line, bool expected) => Assert.Equal(expected, Set.ContainsAny(line));

    [Fact]
    public void Phrases_AreDistinctAndKeepTheirFirstOrder() =>
        Assert.Equal(["관련", "관련기사", "관련 뉴스", "Related"], Set.Phrases.ToArray());
}

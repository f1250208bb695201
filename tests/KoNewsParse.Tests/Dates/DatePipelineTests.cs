using KoNewsParse.Articles;
using KoNewsParse.Dates;
using static KoNewsParse.Tests.Dates.DateTestHelpers;

namespace KoNewsParse.Tests.Dates;

/// <summary>Dates as the article pipeline reports them: resolved against the dateline, offsets in the article text.</summary>
public class DatePipelineTests
{
    [Fact]
    public void Article_dates_resolve_against_the_dateline_and_point_into_the_article_text()
    {
        const string article = "입력 2021.11.25 14:35\n\n한빛전자는 지난 23일 이사회를 열었다.\n\n회사는 오는 30일까지 신청을 받는다.";
        ParsedArticle parsed = ArticleParser.Default.Parse(article);
        Assert.Equal(D("2021-11-25"), parsed.ReferenceDate);
        DateMention past = Assert.Single(parsed.Dates, d => d.Text == "지난 23일");
        Assert.Equal(D("2021-11-23"), past.Start);
        Assert.Equal("지난 23일", parsed.Text.Substring(past.Offset, past.Length));
        DateMention until = Assert.Single(parsed.Dates, d => d.Text == "오는 30일까지");
        Assert.Equal(D("2021-11-30"), until.End);
        Assert.Equal("오는 30일까지", parsed.Text.Substring(until.Offset, until.Length));
    }

    [Fact]
    public void A_caller_reference_date_overrides_the_dateline()
    {
        var parser = new ArticleParser(ArticleParserOptions.Default with { ReferenceDate = D("2024-03-10") });
        ParsedArticle parsed = parser.Parse("입력 2021.11.25 14:35\n\n지난 31일 공시했다.");
        DateMention m = Assert.Single(parsed.Dates, d => d.Text == "지난 31일");
        Assert.Equal(D("2024-01-31"), m.Start);
    }
}

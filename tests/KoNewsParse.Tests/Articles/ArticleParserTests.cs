using FsCheck;
using FsCheck.Fluent;
using KoNewsParse.Articles;

namespace KoNewsParse.Tests.Articles;

public class ArticleParserTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("\n\n\n", 0)]
    [InlineData("한 줄", 1)]
    [InlineData("첫째\n둘째\n\n셋째", 3)]
    [InlineData("  앞뒤 공백  \r\n", 1)]
    public void Line_mode_makes_every_non_empty_line_a_paragraph(string text, int expected)
    {
        Assert.Equal(expected, ArticleParser.Default.Parse(text).Paragraphs.Count);
    }

    [Fact]
    public void Company_evidence_counts_across_paragraphs()
    {
        ParsedArticle a = ArticleParser.Default.Parse("대상㈜이 신제품을 공시했다.\n대상은 이날 3% 올랐다.");
        Assert.Equal([("대상㈜", 0), ("대상", a.Paragraphs[1].Offset)], a.Companies.Select(c => (c.Text, c.Offset)));
        Assert.All(a.Companies, c => Assert.Equal("001680", c.Code));
    }

    [Fact]
    public void Blank_line_mode_keeps_wrapped_lines_together()
    {
        var parser = new ArticleParser(ArticleParserOptions.Default with { ParagraphMode = ParagraphMode.BlankLine });
        ParsedArticle a = parser.Parse("첫 문단 첫 줄\n첫 문단 둘째 줄\n\n둘째 문단\n \n셋째 문단");
        Assert.Equal(["첫 문단 첫 줄\n첫 문단 둘째 줄", "둘째 문단", "셋째 문단"], a.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Paragraph_offsets_point_at_their_text_in_the_normalized_article()
    {
        ParsedArticle a = ArticleParser.Default.Parse("\uFEFF제목\r\n\r\n  본문 １００억원  \r\n끝");
        foreach (Paragraph p in a.Paragraphs)
        {
            Assert.Equal(p.Text, a.Text.Substring(p.Offset, p.Length));
        }

        Assert.Equal("본문 100억원", a.Paragraphs[1].Text);
    }

    [Fact]
    public void Published_date_becomes_the_reference_date_unless_the_caller_gives_one()
    {
        const string text = "입력 2021.11.25 14:35\n본문";
        Assert.Equal(new DateOnly(2021, 11, 25), ArticleParser.Default.Parse(text).ReferenceDate);
        var parser = new ArticleParser(ArticleParserOptions.Default with { ReferenceDate = new DateOnly(2020, 1, 1) });
        Assert.Equal(new DateOnly(2020, 1, 1), parser.Parse(text).ReferenceDate);
    }

    [Fact]
    public void Without_dateline_or_reference_there_is_no_reference_date()
    {
        Assert.Null(ArticleParser.Default.Parse("본문만 있다.").ReferenceDate);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, -1)] // the line break between paragraphs
    [InlineData(4, 1)]
    [InlineData(100, -1)]
    [InlineData(-5, -1)]
    public void ParagraphAt_maps_offsets_to_paragraphs(int offset, int expected)
    {
        ParsedArticle a = ArticleParser.Default.Parse("첫째줄\n둘째줄");
        Assert.Equal(expected, a.ParagraphAt(offset));
    }

    [Fact]
    public void Disabled_capabilities_yield_empty_lists()
    {
        var parser = new ArticleParser(new ArticleParserOptions
        {
            Money = null,
            Quantities = null,
            Dates = null,
            Companies = null,
            Duplicates = null,
            Boilerplate = null,
        });
        ParsedArticle a = parser.Parse("입력 2021.11.25 14:35\n삼성전자가 지난 23일 300억원을 투자했다.\n삼성전자가 지난 23일 300억원을 투자했다.");
        Assert.Empty(a.Money);
        Assert.Empty(a.Dates);
        Assert.Empty(a.Companies);
        Assert.All(a.Paragraphs, p => Assert.Null(p.DuplicateOf));
    }

    [Fact]
    public void A_paragraph_classifier_can_mark_boilerplate()
    {
        var parser = new ArticleParser(ArticleParserOptions.Default with { ParagraphClassifier = new LastParagraphIsBoilerplate() });
        ParsedArticle a = parser.Parse("본문 하나\n본문 둘\n꼬리");
        Assert.Equal([false, false, true], a.Paragraphs.Select(p => p.IsBoilerplate));
    }

    [Fact]
    public void Parser_is_safe_to_share_across_threads()
    {
        string[] texts = Enumerable.Range(0, 64)
            .Select(i => $"입력 2021.11.{(i % 28) + 1:00} 14:35\n홍길동 기자 a{i}@example.com\n삼성전자가 {i}억원을 투자했다.\n끝 {i}")
            .ToArray();
        ParsedArticle[] sequential = texts.Select(t => ArticleParser.Default.Parse(t)).ToArray();
        var parallel = new ParsedArticle[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = ArticleParser.Default.Parse(texts[i]));
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i].Published, parallel[i].Published);
            Assert.Equal(sequential[i].Byline, parallel[i].Byline);
            Assert.Equal(sequential[i].Paragraphs, parallel[i].Paragraphs);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Parse_never_throws_and_paragraphs_are_substrings(string? text)
    {
        ParsedArticle a = ArticleParser.Default.Parse(text);
        bool ok = a.Paragraphs.All(p => p.Offset >= 0 && p.Offset + p.Length <= a.Text.Length && a.Text.Substring(p.Offset, p.Length) == p.Text);
        return ok.ToProperty();
    }

    [Fact]
    public void Parse_never_throws_on_mutated_news_text()
    {
        const string seed = "입력 2021.11.25 오후 2:35 | 수정 2021.11.26\n(서울=코뉴스) 홍길동 기자 = 삼성전자가 지난 23일 4000만달러(약 475억원)를 투자했다.\nⓒ 코뉴스 무단전재 및 재배포 금지";
        var random = new Random(12345);
        for (int n = 0; n < 2000; n++)
        {
            char[] chars = seed.ToCharArray();
            int edits = random.Next(1, 8);
            for (int e = 0; e < edits; e++)
            {
                chars[random.Next(chars.Length)] = (char)random.Next(0, 0xFFFF);
            }

            string mutated = new(chars, 0, random.Next(chars.Length + 1));
            ParsedArticle a = ArticleParser.Default.Parse(mutated);
            Assert.NotNull(a.Text);
        }
    }

    private sealed class LastParagraphIsBoilerplate : IParagraphClassifier
    {
        public bool IsBoilerplate(string paragraph, int index, int count) => index == count - 1;
    }
}

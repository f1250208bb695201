using System.Text;
using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Companies;

namespace KoNewsParse.Tests.Companies;

public class CompanyNormalizerTests
{
    [Theory]
    [InlineData("삼성전자", "005930")]
    [InlineData("㈜삼성전자는", "005930")]
    [InlineData("삼성전자(주)", "005930")]
    [InlineData("삼성전자 주식회사", "005930")]
    [InlineData("주식회사 삼성전자", "005930")]
    [InlineData("Samsung Electronics", "005930")]
    [InlineData("SAMSUNG ELECTRONICS CO., LTD.", "005930")]
    [InlineData("  삼성전자가  ", "005930")]
    [InlineData("\"삼성전자\"", "005930")]
    [InlineData("삼성 전자", "005930")]
    [InlineData("현대자동차", "005380")]
    [InlineData("현대차의", "005380")]
    [InlineData("한국MS", "MSFT")]
    [InlineData("한국마이크로소프트", "MSFT")]
    [InlineData("마이크로소프트", "MSFT")]
    [InlineData("MS", "MSFT")]
    [InlineData("Microsoft Corp.", "MSFT")]
    [InlineData("구글", "GOOGL")]
    [InlineData("페이스북", "META")]
    [InlineData("SKT", "017670")]
    [InlineData("NAVER", "035420")]
    [InlineData("네이버", "035420")]
    [InlineData("포스코", "005490")]
    [InlineData("대우조선해양", "042660")]
    [InlineData("대상", "001680")]
    [InlineData("대상㈜", "001680")]
    [InlineData("SK㈜", "034730")]
    [InlineData("㈜LG", "003550")]
    [InlineData("ＳＫ하이닉스", "000660")]
    [InlineData("sk hynix", "000660")]
    public void Normalize_resolves_written_forms_to_the_canonical_company(string input, string code)
    {
        Assert.Equal(code, CompanyNormalizer.Normalize(input)?.Code);
    }

    [Theory]
    [InlineData("SK", "SK", CompanyKind.Group)]
    [InlineData("LG그룹", "LG", CompanyKind.Group)]
    [InlineData("삼성", "삼성", CompanyKind.Group)]
    [InlineData("SK온", "SK온", CompanyKind.Unlisted)]
    [InlineData("카카오인베스트먼트", "카카오인베스트먼트", CompanyKind.Unlisted)]
    [InlineData("AWS", "아마존웹서비스", CompanyKind.Unlisted)]
    public void Normalize_resolves_groups_and_unlisted_companies(string input, string name, CompanyKind kind)
    {
        Company? c = CompanyNormalizer.Normalize(input);
        Assert.NotNull(c);
        Assert.Equal(name, c.Name);
        Assert.Equal(kind, c.Kind);
        Assert.Null(c.Code);
        Assert.False(c.IsListed);
    }

    [Theory]
    [InlineData("삼성전자", "삼성")]
    [InlineData("SK하이닉스", "SK")]
    [InlineData("LG화학", "LG")]
    [InlineData("현대모비스", "현대차")]
    [InlineData("기아", "현대차")]
    [InlineData("카카오뱅크", "카카오")]
    [InlineData("SK온", "SK")]
    [InlineData("카카오인베스트먼트", "카카오")]
    [InlineData("삼성전자우", "삼성")]
    [InlineData("HD현대중공업", "HD현대")]
    [InlineData("한섬", "현대백화점")]
    public void Normalize_reports_the_group(string input, string group)
    {
        Assert.Equal(group, CompanyNormalizer.Normalize(input)?.Group);
    }

    [Theory]
    [InlineData("SK증권")]
    [InlineData("삼성출판사")]
    [InlineData("롯데관광개발")]
    [InlineData("KT&G")]
    [InlineData("GST")]
    [InlineData("HLB")]
    public void Normalize_does_not_assign_a_group_by_a_misleading_prefix(string input)
    {
        Company? c = CompanyNormalizer.Normalize(input);
        Assert.NotNull(c);
        Assert.NotEqual(input[..2], c.Group?[..Math.Min(2, c.Group.Length)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("㈜")]
    [InlineData("(주)")]
    [InlineData("새로운회사")]
    [InlineData("㈜새로운회사")]
    [InlineData("삼성전자 공장")]
    [InlineData("삼성전자서비스센터")]
    [InlineData("카카오톡")]
    [InlineData("오늘의 날씨")]
    public void Normalize_returns_none_for_names_not_in_the_gazetteer(string input)
    {
        Assert.Null(CompanyNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_accepts_null()
    {
        Assert.Null(CompanyNormalizer.Normalize((string?)null));
    }
}

public class CompanyGazetteerTests
{
    [Fact]
    public void Default_has_the_full_listing_and_curated_entries()
    {
        CompanyGazetteer g = CompanyGazetteer.Default;
        Assert.True(g.Count > 6000);
        Assert.True(g.AliasCount > 9000);
        Assert.Equal("삼성전자", g.FindByCode("005930")?.Name);
        Assert.Equal("Samsung Electronics", g.FindByCode("005930")?.EnglishName);
        Assert.Equal("NYSE", g.FindByCode("TSM")?.Market);
        Assert.Equal("애플", g.FindByCode("aapl")?.Name);
        Assert.Null(g.FindByCode("999999"));
        Assert.Null(g.FindByCode(null));
        Assert.Contains("현대자동차", g.GetAliases(g.FindByCode("005380")!));
    }

    [Fact]
    public void Builder_adds_companies_and_aliases_and_overrides_by_code()
    {
        CompanyGazetteer g = CompanyGazetteer.Default.ToBuilder()
            .Add(new Company { Name = "가나다전자", Code = "999990", Market = "KOSDAQ", Kind = CompanyKind.Listed }, "가나다", "?GND")
            .Add(new Company { Name = "삼성전자", Code = "005930", Market = "KOSPI", Group = "삼성", EnglishName = "SEC", Kind = CompanyKind.Listed })
            .AddAlias("삼성일렉", "005930")
            .Build();
        var recognizer = new CompanyRecognizer(g);
        Assert.Equal("가나다전자:999990;가나다:999990", CompanySentenceTests.Format(recognizer.FindAll("가나다전자는 가나다로 불린다.")));
        Assert.Empty(recognizer.FindAll("GND가 올랐다."));
        Assert.Equal("GND:999990", CompanySentenceTests.Format(recognizer.FindAll("GND 주가가 올랐다.")));
        Assert.Equal("SEC", g.FindByCode("005930")?.EnglishName);
        Assert.Equal("삼성일렉:005930", CompanySentenceTests.Format(recognizer.FindAll("삼성일렉이 발표했다.")));
        Assert.Equal("Samsung Electronics", CompanyGazetteer.Default.FindByCode("005930")?.EnglishName); // Default is untouched
    }

    [Fact]
    public void Builder_removes_aliases()
    {
        CompanyGazetteer g = CompanyGazetteer.Default.ToBuilder().RemoveAlias("삼전").Build();
        Assert.Empty(new CompanyRecognizer(g).FindAll("삼전이 올랐다."));
        Assert.Single(CompanyRecognizer.Default.FindAll("삼전이 올랐다."));
    }

    [Fact]
    public void Builder_loads_a_user_csv()
    {
        const string csv = """
            name,code,market,group,english,kind,aliases,ambiguous
            # a comment
            가나다바이오,A12345,KONEX,가나다,"Ganada Bio, Inc.",listed,가나다BIO;가바,false
            가나다그룹,,,가나다,,group,가나다그룹,
            하늘,,,,,unlisted,,true
            """;
        CompanyGazetteer g = CompanyGazetteer.CreateBuilder().LoadCsv(new StringReader(csv)).Build();
        Assert.Equal(3, g.Count);
        var r = new CompanyRecognizer(g);
        Assert.Equal("가나다바이오:A12345;가바:A12345;가나다그룹:=가나다그룹", CompanySentenceTests.Format(r.FindAll("가나다바이오와 가바, 가나다그룹")));
        Assert.Equal("Ganada Bio, Inc.", g.FindByCode("A12345")?.EnglishName);
        Assert.Empty(r.FindAll("하늘이 맑다."));
        Assert.Equal("하늘:=하늘", CompanySentenceTests.Format(r.FindAll("하늘 측은 답하지 않았다.")));
    }

    [Fact]
    public void Builder_rejects_a_csv_without_a_name_column_and_an_alias_for_an_unknown_company()
    {
        Assert.Throws<FormatException>(() => CompanyGazetteer.CreateBuilder().LoadCsv(new StringReader("code,market\n1,KOSPI\n")));
        Assert.Throws<ArgumentException>(() => CompanyGazetteer.CreateBuilder().AddAlias("x", "없는회사"));
    }

    [Fact]
    public void Save_and_Load_round_trip_the_compiled_gazetteer()
    {
        CompanyGazetteer g = CompanyGazetteer.CreateBuilder()
            .Add(new Company { Name = "가나다전자", Code = "999990", Market = "KOSDAQ", Kind = CompanyKind.Listed }, "가나다 일렉트로닉스")
            .Build();
        using var ms = new MemoryStream();
        g.Save(ms);
        ms.Position = 0;
        CompanyGazetteer loaded = CompanyGazetteer.Load(ms);
        Assert.Equal(g.Count, loaded.Count);
        Assert.Equal(g.AliasCount, loaded.AliasCount);
        Assert.Equal(g.Companies[0], loaded.Companies[0]);
        Assert.Equal("가나다 일렉트로닉스:999990", CompanySentenceTests.Format(new CompanyRecognizer(loaded).FindAll("가나다 일렉트로닉스가 공시했다.")));
    }

    [Fact]
    public void Load_rejects_data_that_is_not_a_gazetteer()
    {
        Assert.Throws<InvalidDataException>(() => CompanyGazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes("hello, world"))));
        Assert.Throws<InvalidDataException>(() => CompanyGazetteer.Load(new MemoryStream([0x4B, 0x4E, 0x50, 0x47, 1, 0, 0, 0, 0xFF])));
    }

    [Fact]
    public void Empty_gazetteer_finds_only_unknown_companies()
    {
        var r = new CompanyRecognizer(CompanyGazetteer.Empty);
        Assert.Equal("㈜삼성전자:=삼성전자", CompanySentenceTests.Format(r.FindAll("㈜삼성전자가 공시했다. 삼성전자는 올랐다.")));
    }
}

public class CompanyAdversarialInputTests
{
    [Fact]
    public void Adversarial_input_yields_at_every_repetition_what_one_repetition_yields()
    {
        const string unit = "㈜삼성전자삼성전자삼성 (주)(주)㈜ 주식회사 스타트업 가나다테크 대표 LG LG LG 화 ";
        string text = AdversarialText.Repeat(unit, 1_000_000);
        IReadOnlyList<CompanyMention> once = CompanyRecognizer.Default.FindAll(unit);
        Assert.EndsWith(";가나다테크:=가나다테크;LG:=LG;LG:=LG;LG:=LG", CompanySentenceTests.Format(once), StringComparison.Ordinal);

        IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(text);
        CompanyRecognizerBehaviourTests.AssertInOrderInsideText(text, mentions);
        IEnumerable<CompanyMention> expected = Enumerable.Range(0, text.Length / unit.Length)
            .SelectMany(r => once.Select(m => m with { Offset = m.Offset + (r * unit.Length) }));
        Assert.Equal(expected, mentions);
    }
}

public class CompanyRecognizerBehaviourTests
{
    [Fact]
    public void Mentions_are_records_whose_offset_can_be_shifted()
    {
        CompanyMention m = CompanyRecognizer.Default.FindAll("오늘 삼성전자가 올랐다.")[0];
        Assert.Equal(3, m.Offset);
        Assert.Equal(4, m.Length);
        CompanyMention shifted = m with { Offset = m.Offset + 100 };
        Assert.Equal(103, shifted.Offset);
        Assert.Equal(m.Code, shifted.Code);
        Assert.Equal(m with { Offset = 3 }, m);
    }

    [Fact]
    public void Mentions_carry_every_field_of_the_entity()
    {
        CompanyMention m = CompanyRecognizer.Default.FindAll("현대모비스가 올랐다.")[0];
        Assert.Equal(("현대모비스", "012330", "KOSPI", "현대차", true, CompanyKind.Listed), (m.Name, m.Code, m.Market, m.Group, m.IsListed, m.Kind));
        Assert.NotNull(m.EnglishName);
        CompanyMention u = CompanyRecognizer.Default.FindAll("㈜새로운회사가 올랐다.")[0];
        Assert.Equal(("새로운회사", null, null, null, false, CompanyKind.Unknown), (u.Name, u.Code, u.Market, u.Group, u.IsListed, u.Kind));
    }

    [Fact]
    public void Span_and_string_overloads_agree_and_null_is_empty()
    {
        const string text = "삼성전자와 LG전자, 대상㈜가 참여했다.";
        Assert.Equal(CompanyRecognizer.Default.FindAll(text), CompanyRecognizer.Default.FindAll(text.AsSpan()));
        Assert.Empty(CompanyRecognizer.Default.FindAll((string?)null));
        Assert.Empty(CompanyRecognizer.Default.FindAll(string.Empty));
    }

    [Fact]
    public void Options_can_turn_off_evidence_and_unknown_companies()
    {
        var lenient = new CompanyRecognizer(null, new CompanyRecognizerOptions { RequireEvidenceForAmbiguousNames = false });
        Assert.Equal("대상:001680", CompanySentenceTests.Format(lenient.FindAll("대상은 올랐다.")));
        var knownOnly = new CompanyRecognizer(null, new CompanyRecognizerOptions { RecognizeUnknownCompanies = false });
        Assert.Empty(knownOnly.FindAll("㈜새로운회사는 AI 스타트업 새로운랩스와 손잡았다."));
        var noCues = new CompanyRecognizer(null, new CompanyRecognizerOptions { UseCueWordsForUnknownCompanies = false });
        Assert.Equal("㈜새로운회사:=새로운회사", CompanySentenceTests.Format(noCues.FindAll("㈜새로운회사는 AI 스타트업 새로운랩스와 손잡았다.")));
    }

    [Fact]
    public void Co_mention_evidence_is_limited_to_the_same_text()
    {
        Assert.Empty(CompanyRecognizer.Default.FindAll("대상은 올랐다."));
        Assert.Equal("대상(주):001680;대상:001680", CompanySentenceTests.Format(CompanyRecognizer.Default.FindAll("대상(주)는 발표했다. 대상은 올랐다.")));
    }

    [Fact]
    public void Recognizer_is_thread_safe()
    {
        const string text = "삼성전자와 SK하이닉스, 대상㈜, ㈜새로운회사, 애플이 나란히 올랐다.";
        string expected = CompanySentenceTests.Format(CompanyRecognizer.Default.FindAll(text));
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = CompanySentenceTests.Format(new CompanyRecognizer().FindAll(text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Property(MaxTest = 300)]
    public void FindAll_never_throws_and_mentions_are_in_order_inside_the_text(NonNull<string> input)
    {
        string text = input.Get;
        AssertInOrderInsideText(text, CompanyRecognizer.Default.FindAll(text));
        _ = CompanyNormalizer.Normalize(text);
    }

    internal static void AssertInOrderInsideText(string text, IReadOnlyList<CompanyMention> mentions)
    {
        int previousEnd = 0;
        foreach (CompanyMention m in mentions)
        {
            Assert.True(m.Offset >= previousEnd && m.Length > 0 && m.Offset + m.Length <= text.Length);
            Assert.Equal(text.Substring(m.Offset, m.Length), m.Text);
            previousEnd = m.Offset + m.Length;
        }
    }

    [Property(MaxTest = 200)]
    public void Known_names_are_found_wherever_they_are_embedded_between_words(PositiveInt seed)
    {
        string[] names = ["삼성전자", "SK하이닉스", "LG화학", "현대모비스", "카카오뱅크", "셀트리온", "NAVER", "엔비디아"];
        string[] particles = ["", "는", "가", "와", "의", "에서", "까지", "(주)"];
        string[] fillers = ["오늘", "시장에서", "3분기", "\"", "(", "외국인은", "…"];
        var random = new Random(seed.Get);
        string name = names[random.Next(names.Length)];
        string text = $"{fillers[random.Next(fillers.Length)]} {name}{particles[random.Next(particles.Length)]} {fillers[random.Next(fillers.Length)]}";
        IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(text);
        Assert.Contains(mentions, m => m.Name == CompanyNormalizer.Normalize(name)!.Name && m.Text.StartsWith(name, StringComparison.Ordinal));
    }
}

public class CompanyPipelineTests
{
    [Fact]
    public void The_article_pipeline_reports_companies_with_article_offsets_and_the_contract_fields()
    {
        const string article = "첫 문단은 회사 이야기가 아니다.\n\n둘째 문단에서 ㈜대상과 SK하이닉스가 나란히 올랐다.";
        KoNewsParse.Articles.ParsedArticle parsed = KoNewsParse.Articles.ArticleParser.Default.Parse(article);
        Assert.Equal(2, parsed.Companies.Count);
        foreach (CompanyMention m in parsed.Companies)
        {
            Assert.Equal(m.Text, parsed.Text.Substring(m.Offset, m.Length));
        }

        using var ms = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(ms))
        {
            KoNewsParse.Articles.ArticleJsonWriter.Write(writer, parsed, "-");
        }

        using var json = System.Text.Json.JsonDocument.Parse(ms.ToArray());
        System.Text.Json.JsonElement first = json.RootElement.GetProperty("companies")[0];
        Assert.Equal("대상", first.GetProperty("name").GetString());
        Assert.Equal("001680", first.GetProperty("code").GetString());
        Assert.Equal("KOSPI", first.GetProperty("market").GetString());
        Assert.Equal("대상", first.GetProperty("group").GetString());
        Assert.Equal("㈜대상", first.GetProperty("text").GetString());
    }
}

using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Articles;
using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.ML.Featurization;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.ML;

public sealed class KoNewsFeatureComputerTests
{
    private static readonly DateOnly Reference = new(2026, 11, 24);

    private static MoneyMention Money(decimal amount, string currency, MoneyValue? equivalent = null)
        => new() { Text = "금액", Amount = amount, Currency = currency, Equivalent = equivalent };

    private static DateMention Date(DateOnly? start, DateOnly? end) => new() { Text = "날짜", Start = start, End = end };

    private static CompanyMention Company(string name, string? code) => new() { Text = name, Name = name, Code = code };

    private static ParsedArticle Article(
        IReadOnlyList<MoneyMention>? money = null,
        IReadOnlyList<DateMention>? dates = null,
        IReadOnlyList<CompanyMention>? companies = null,
        IReadOnlyList<Paragraph>? paragraphs = null,
        DateOnly? reference = null)
        => new()
        {
            Text = "본문",
            ReferenceDate = reference,
            Paragraphs = paragraphs ?? [new Paragraph { Text = "본문" }],
            Money = money ?? [],
            Dates = dates ?? [],
            Companies = companies ?? [],
        };

    private static KoNewsFeatureRow Compute(ParsedArticle article, KoNewsFeaturizerOptions? options = null)
    {
        var row = new KoNewsFeatureRow();
        KoNewsFeatureComputer.Compute(article, FeaturizerSettings.Parse((options ?? KoNewsFeaturizerOptions.Default).Serialize()), row);
        return row;
    }

    [Fact]
    public void Krw_amounts_are_summed_and_maximized_exactly_before_conversion_to_float()
    {
        KoNewsFeatureRow row = Compute(Article(money: [Money(30_000_000_000m, "KRW"), Money(1_500_000_000m, "KRW")]));
        Assert.Equal(2f, row.MoneyCount);
        Assert.Equal((float)31_500_000_000m, row.TotalKrw);
        Assert.Equal((float)30_000_000_000m, row.MaxKrw);
        Assert.Equal(0f, row.UnconvertedMoneyCount);
    }

    [Fact]
    public void Foreign_amounts_use_the_supplied_rate_else_are_left_out()
    {
        var options = KoNewsFeaturizerOptions.Default with { ExchangeRates = new Dictionary<string, decimal> { ["USD"] = 1385.5m } };
        ParsedArticle article = Article(money: [Money(40_000_000m, "USD"), Money(2_000_000m, "EUR"), Money(100m, "KRW")]);

        KoNewsFeatureRow withRate = Compute(article, options);
        Assert.Equal((float)(40_000_000m * 1385.5m + 100m), withRate.TotalKrw);
        Assert.Equal((float)(40_000_000m * 1385.5m), withRate.MaxKrw);
        Assert.Equal(1f, withRate.UnconvertedMoneyCount);
        Assert.Equal(3f, withRate.MoneyCount);

        KoNewsFeatureRow without = Compute(article);
        Assert.Equal(100f, without.TotalKrw);
        Assert.Equal(2f, without.UnconvertedMoneyCount);
    }

    [Theory]
    [InlineData(true, 47_500_000_000d)]
    [InlineData(false, 55_420_000_000d)]
    public void A_stated_krw_equivalent_wins_over_the_rate_unless_disabled(bool useStated, double expected)
    {
        var options = KoNewsFeaturizerOptions.Default with
        {
            ExchangeRates = new Dictionary<string, decimal> { ["USD"] = 1385.5m },
            UseStatedKrwEquivalent = useStated,
        };
        KoNewsFeatureRow row = Compute(Article(money: [Money(40_000_000m, "USD", new MoneyValue(47_500_000_000m, "KRW", true))]), options);
        Assert.Equal((float)expected, row.TotalKrw);
    }

    [Fact]
    public void No_convertible_money_gives_zero_total_and_missing_max()
    {
        KoNewsFeatureRow row = Compute(Article(money: [Money(5m, "JPY")]));
        Assert.Equal(0f, row.TotalKrw);
        Assert.True(float.IsNaN(row.MaxKrw));
        Assert.Equal(0f, row.KoNewsFeatures[2]);
    }

    [Fact]
    public void Date_distances_use_the_centre_of_each_range()
    {
        ParsedArticle article = Article(
            dates: [Date(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 21)), Date(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), Date(null, null)],
            reference: Reference);
        KoNewsFeatureRow row = Compute(article);
        Assert.Equal(2f, row.DateCount);
        Assert.Equal(3f, row.MinDateDistanceDays);
        Assert.Equal((-3f + 22f) / 2f, row.MeanDateDistanceDays);
    }

    [Fact]
    public void Without_a_reference_date_the_date_columns_are_empty()
    {
        KoNewsFeatureRow row = Compute(Article(dates: [Date(Reference, Reference)]));
        Assert.Equal(0f, row.DateCount);
        Assert.True(float.IsNaN(row.MeanDateDistanceDays));
        Assert.True(float.IsNaN(row.MinDateDistanceDays));
        Assert.All(row.KoNewsFeatures, v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Company_codes_are_distinct_in_first_mention_order_with_names_for_unlisted()
    {
        KoNewsFeatureRow row = Compute(Article(companies: [Company("한결전자", "900001"), Company("하람식품", null), Company("한결전자", "900001")]));
        Assert.Equal(["900001", "하람식품"], row.CompanyCodes);
        Assert.Equal(3f, row.CompanyCount);
        Assert.Equal(2f, row.DistinctCompanyCount);
    }

    [Fact]
    public void Paragraph_flags_count_duplicates_and_boilerplate()
    {
        KoNewsFeatureRow row = Compute(Article(paragraphs:
        [
            new Paragraph { Text = "가", IsBoilerplate = true },
            new Paragraph { Text = "나", DuplicateOf = 0, IsBoilerplate = true },
        ]));
        Assert.Equal(2f, row.ParagraphCount);
        Assert.Equal(1f, row.DuplicateParagraphCount);
        Assert.Equal(2f, row.BoilerplateParagraphCount);
        Assert.True(row.HasDuplicate);
        Assert.True(row.IsBoilerplate);
        Assert.Equal(1f, row.KoNewsFeatures[12]);
        Assert.Equal(1f, row.KoNewsFeatures[13]);
    }

    [Fact]
    public void An_empty_text_is_not_boilerplate()
    {
        KoNewsFeatureRow row = Compute(Article(paragraphs: []));
        Assert.False(row.IsBoilerplate);
        Assert.Equal(0f, row.ParagraphCount);
    }

    [Fact]
    public void Options_survive_their_serialization()
    {
        var options = new KoNewsFeaturizerOptions
        {
            ReferenceDate = Reference,
            ExchangeRates = new Dictionary<string, decimal> { ["USD"] = 1385.123456789m, ["JPY"] = 9.31m },
            UseStatedKrwEquivalent = false,
            ParagraphMode = ParagraphMode.BlankLine,
        };
        FeaturizerSettings s = FeaturizerSettings.Parse(options.Serialize());
        Assert.Equal(Reference, s.Reference);
        Assert.False(s.UseStatedEquivalent);
        Assert.Equal(ParagraphMode.BlankLine, s.ParagraphMode);
        Assert.Equal(1385.123456789m, s.Rates["USD"]);
        Assert.Equal(9.31m, s.Rates["jpy"]);
        Assert.Equal(1m, s.Rates["KRW"]);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("US:D", 1)]
    [InlineData("USD", 0)]
    [InlineData("USD", -2)]
    public void Invalid_rates_are_rejected(string code, int rate)
    {
        var options = KoNewsFeaturizerOptions.Default with { ExchangeRates = new Dictionary<string, decimal> { [code] = rate } };
        Assert.ThrowsAny<ArgumentException>(() => new Microsoft.ML.MLContext(1).Transforms.KoNewsFeaturize("Text", options));
    }

    [Property(MaxTest = 200)]
    public bool Any_text_gives_a_finite_feature_vector(string? text, bool withReference)
    {
        var row = new KoNewsFeatureRow();
        var options = withReference ? KoNewsFeaturizerOptions.Default with { ReferenceDate = Reference } : KoNewsFeaturizerOptions.Default;
        KoNewsFeatureComputer.Compute(text, null, FeaturizerSettings.Parse(options.Serialize()), row);
        return row.KoNewsFeatures.Length == KoNewsColumns.FeatureVectorLength && row.KoNewsFeatures.All(float.IsFinite)
            && row.MoneyCount >= 0 && row.ParagraphCount >= 0;
    }
}

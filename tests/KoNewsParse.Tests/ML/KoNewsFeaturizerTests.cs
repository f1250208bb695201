using KoNewsParse.ML;
using KoNewsParse.ML.Featurization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace KoNewsParse.Tests.ML;

public sealed class KoNewsFeaturizerTests
{
    public sealed class ArticleRow
    {
        public string Text { get; set; } = string.Empty;

        public bool Label { get; set; }
    }

    public sealed class DatedRow
    {
        public string Text { get; set; } = string.Empty;

        public DateTime Published { get; set; }
    }

    private static readonly ArticleRow[] Rows =
    [
        new() { Text = "한결전자가 지난 3일 신규 공장에 300억원을 투자한다고 밝혔다.\n회사는 내년 상반기 가동을 목표로 한다.", Label = false },
        new() { Text = "ⓒ 바른시장뉴스, 무단전재 및 재배포 금지\n▶ 관련기사 더보기", Label = true },
        new() { Text = "누리바이오는 2분기 영업이익이 120억원으로 집계됐다고 공시했다.", Label = false },
        new() { Text = "김하늘 기자 sky@example.com", Label = true },
    ];

    [Fact]
    public void Output_schema_has_every_documented_column_with_its_type()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Rows);
        IDataView output = ml.Transforms.KoNewsFeaturize(nameof(ArticleRow.Text)).Fit(data).Transform(data);
        DataViewSchema schema = output.Schema;

        string[] scalars =
        [
            KoNewsColumns.MoneyCount, KoNewsColumns.TotalKrw, KoNewsColumns.MaxKrw, KoNewsColumns.UnconvertedMoneyCount,
            KoNewsColumns.DateCount, KoNewsColumns.MeanDateDistanceDays, KoNewsColumns.MinDateDistanceDays,
            KoNewsColumns.CompanyCount, KoNewsColumns.DistinctCompanyCount, KoNewsColumns.ParagraphCount,
            KoNewsColumns.DuplicateParagraphCount, KoNewsColumns.BoilerplateParagraphCount,
        ];
        foreach (string name in scalars)
        {
            Assert.Equal(NumberDataViewType.Single, schema[name].Type);
        }

        Assert.Equal(BooleanDataViewType.Instance, schema[KoNewsColumns.HasDuplicate].Type);
        Assert.Equal(BooleanDataViewType.Instance, schema[KoNewsColumns.IsBoilerplate].Type);

        var codes = Assert.IsType<VectorDataViewType>(schema[KoNewsColumns.CompanyCodes].Type);
        Assert.Equal(TextDataViewType.Instance, codes.ItemType);
        Assert.False(codes.IsKnownSize);

        var hash = Assert.IsType<VectorDataViewType>(schema[KoNewsColumns.CompanyHash].Type);
        Assert.Equal(NumberDataViewType.Single, hash.ItemType);
        Assert.Equal(1 << KoNewsFeaturizerOptions.Default.CompanyHashBits, hash.Size);

        var features = Assert.IsType<VectorDataViewType>(schema[KoNewsColumns.Features].Type);
        Assert.Equal(KoNewsColumns.FeatureVectorLength, features.Size);
        Assert.Equal(KoNewsColumns.FeatureVectorLength, KoNewsColumns.FeatureSlotNames.Count);

        Assert.DoesNotContain(schema, c => c.Name.StartsWith("__KoNews", StringComparison.Ordinal));
        Assert.Equal(TextDataViewType.Instance, schema[nameof(ArticleRow.Text)].Type);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(12)]
    public void Company_hash_vector_size_follows_the_bits_option(int bits)
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Rows);
        var options = KoNewsFeaturizerOptions.Default with { CompanyHashBits = bits };
        DataViewSchema schema = ml.Transforms.KoNewsFeaturize("Text", options).Fit(data).GetOutputSchema(data.Schema);
        Assert.Equal(1 << bits, ((VectorDataViewType)schema[KoNewsColumns.CompanyHash].Type).Size);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Out_of_range_hash_bits_are_rejected(int bits)
    {
        var ml = new MLContext(seed: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => ml.Transforms.KoNewsFeaturize("Text", KoNewsFeaturizerOptions.Default with { CompanyHashBits = bits }));
    }

    [Fact]
    public void Reference_date_column_is_consumed_and_dropped()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new DatedRow { Text = "한결전자는 지난 3일 실적을 발표했다.", Published = new DateTime(2026, 11, 24) },
            new DatedRow { Text = "본문 없는 줄", Published = default },
        });
        var options = KoNewsFeaturizerOptions.Default with { ReferenceDateColumnName = nameof(DatedRow.Published) };
        IDataView output = ml.Transforms.KoNewsFeaturize("Text", options).Fit(data).Transform(data);
        Assert.Equal(NumberDataViewType.Single, output.Schema[KoNewsColumns.DateCount].Type);
        Assert.DoesNotContain(output.Schema, c => c.Name.StartsWith("__KoNews", StringComparison.Ordinal));
        Assert.Equal(2, output.GetColumn<float>(KoNewsColumns.ParagraphCount).Count());
    }

    [Fact]
    public void Save_and_load_round_trip_gives_identical_columns()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Rows);
        var options = KoNewsFeaturizerOptions.Default with
        {
            ReferenceDate = new DateOnly(2026, 11, 24),
            ExchangeRates = new Dictionary<string, decimal> { ["USD"] = 1385.5m },
            CompanyHashBits = 6,
        };
        KoNewsFeaturizerTransformer model = ml.Transforms.KoNewsFeaturize("Text", options).Fit(data);

        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        stream.Position = 0;
        var loadContext = new MLContext(seed: 7);
        ITransformer loaded = loadContext.LoadKoNewsModel(stream, out DataViewSchema inputSchema);

        Assert.Equal(nameof(ArticleRow.Text), inputSchema[nameof(ArticleRow.Text)].Name);
        IDataView before = model.Transform(data);
        IDataView after = loaded.Transform(data);
        Assert.Equal(before.GetColumn<float[]>(KoNewsColumns.Features).ToArray(), after.GetColumn<float[]>(KoNewsColumns.Features).ToArray());
        Assert.Equal(before.GetColumn<float[]>(KoNewsColumns.CompanyHash).ToArray(), after.GetColumn<float[]>(KoNewsColumns.CompanyHash).ToArray());
        Assert.Equal(64, ((VectorDataViewType)after.Schema[KoNewsColumns.CompanyHash].Type).Size);
    }

    [Fact]
    public void Featurizer_works_inside_a_FeaturizeText_and_trainer_pipeline_and_survives_save_load()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 8).SelectMany(_ => Rows));
        var pipeline = ml.Transforms.KoNewsFeaturize("Text")
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", "Text"))
            .Append(ml.Transforms.Concatenate("Features", KoNewsColumns.Features, KoNewsColumns.CompanyHash, "TextFeatures"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new() { NumberOfThreads = 1 }));
        var model = pipeline.Fit(data);
        float[] scores = model.Transform(data).GetColumn<float>("Score").ToArray();
        Assert.Equal(32, scores.Length);
        Assert.All(scores, s => Assert.False(float.IsNaN(s)));
        bool[] predicted = model.Transform(data).GetColumn<bool>("PredictedLabel").ToArray();
        Assert.Equal(data.GetColumn<bool>(nameof(ArticleRow.Label)).ToArray(), predicted);

        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        stream.Position = 0;
        ITransformer loaded = new MLContext(seed: 1).LoadKoNewsModel(stream, out _);
        Assert.Equal(scores, loaded.Transform(data).GetColumn<float>("Score").ToArray());
    }

    private static T[] Column<T>(IDataView view, string name) => [.. view.GetColumn<T>(name)];

    [Fact]
    public void Dates_are_resolved_against_the_fixed_reference_date_and_survive_save_load()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new ArticleRow { Text = "한결전자는 지난 3일 이사회를 열고 자사주 소각을 결의했다." },
            new ArticleRow { Text = "날짜가 없는 문장이다." },
        });
        var options = KoNewsFeaturizerOptions.Default with { ReferenceDate = new DateOnly(2026, 11, 24) };
        KoNewsFeaturizerTransformer model = ml.Transforms.KoNewsFeaturize("Text", options).Fit(data);
        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        stream.Position = 0;
        ITransformer loaded = new MLContext(seed: 1).LoadKoNewsModel(stream, out _);

        foreach (IDataView output in new[] { model.Transform(data), loaded.Transform(data) })
        {
            Assert.Equal([1f, 0f], Column<float>(output, KoNewsColumns.DateCount));
            float[] mean = Column<float>(output, KoNewsColumns.MeanDateDistanceDays);
            Assert.Equal(-21f, mean[0]);
            Assert.True(float.IsNaN(mean[1]));
            Assert.Equal(21f, Column<float>(output, KoNewsColumns.MinDateDistanceDays)[0]);
        }
    }

    [Fact]
    public void A_per_row_reference_date_column_overrides_the_fixed_one()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new DatedRow { Text = "회사는 지난 3일 실적을 발표했다.", Published = new DateTime(2026, 11, 24) },
            new DatedRow { Text = "회사는 지난 3일 실적을 발표했다.", Published = new DateTime(2026, 11, 10) },
            new DatedRow { Text = "회사는 지난 3일 실적을 발표했다.", Published = default },
        });
        var options = KoNewsFeaturizerOptions.Default with
        {
            ReferenceDateColumnName = nameof(DatedRow.Published),
            ReferenceDate = new DateOnly(2026, 11, 4),
        };
        IDataView output = ml.Transforms.KoNewsFeaturize("Text", options).Fit(data).Transform(data);
        Assert.Equal([-21f, -7f, -1f], Column<float>(output, KoNewsColumns.MeanDateDistanceDays));
    }

    [Fact]
    public void Repeated_paragraphs_set_the_duplicate_flag()
    {
        var ml = new MLContext(seed: 1);
        const string repeated = "누리바이오는 2분기 영업이익이 120억원으로 집계됐다고 공시했다.";
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new ArticleRow { Text = $"{repeated}\n회사는 하반기 신약 허가를 기대하고 있다.\n{repeated}" },
            new ArticleRow { Text = repeated },
        });
        IDataView output = ml.Transforms.KoNewsFeaturize("Text").Fit(data).Transform(data);
        Assert.Equal([true, false], Column<bool>(output, KoNewsColumns.HasDuplicate));
        Assert.Equal([1f, 0f], Column<float>(output, KoNewsColumns.DuplicateParagraphCount));
        Assert.Equal([3f, 1f], Column<float>(output, KoNewsColumns.ParagraphCount));
    }

    [Fact]
    public void A_copyright_tail_counts_as_boilerplate()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new ArticleRow { Text = "ⓒ 바른시장뉴스, 무단전재 및 재배포 금지" },
            new ArticleRow { Text = "누리바이오는 2분기 영업이익이 120억원으로 집계됐다고 공시했다.\nⓒ 바른시장뉴스, 무단전재 및 재배포 금지" },
        });
        IDataView output = ml.Transforms.KoNewsFeaturize("Text").Fit(data).Transform(data);
        Assert.Equal([true, false], Column<bool>(output, KoNewsColumns.IsBoilerplate));
        Assert.Equal([1f, 1f], Column<float>(output, KoNewsColumns.BoilerplateParagraphCount));
    }

    [Fact]
    public void Exchange_rates_are_stored_in_the_model_and_applied_after_load()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new ArticleRow { Text = "한결전자는 미국 법인에 2000만달러를 추가 출자하고 국내에 300억원을 투자한다." },
            new ArticleRow { Text = "금액이 없는 문장이다." },
        });
        var options = KoNewsFeaturizerOptions.Default with { ExchangeRates = new Dictionary<string, decimal> { ["USD"] = 1400m } };
        KoNewsFeaturizerTransformer model = ml.Transforms.KoNewsFeaturize("Text", options).Fit(data);
        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        stream.Position = 0;
        ITransformer loaded = new MLContext(seed: 1).LoadKoNewsModel(stream, out _);
        IDataView withoutRates = ml.Transforms.KoNewsFeaturize("Text").Fit(data).Transform(data);

        foreach (IDataView output in new[] { model.Transform(data), loaded.Transform(data) })
        {
            Assert.Equal([2f, 0f], Column<float>(output, KoNewsColumns.MoneyCount));
            Assert.Equal([(float)(20_000_000m * 1400m + 30_000_000_000m), 0f], Column<float>(output, KoNewsColumns.TotalKrw));
            Assert.Equal((float)30_000_000_000m, Column<float>(output, KoNewsColumns.MaxKrw)[0]);
            Assert.Equal([0f, 0f], Column<float>(output, KoNewsColumns.UnconvertedMoneyCount));
        }

        Assert.Equal((float)30_000_000_000m, Column<float>(withoutRates, KoNewsColumns.TotalKrw)[0]);
        Assert.Equal(1f, Column<float>(withoutRates, KoNewsColumns.UnconvertedMoneyCount)[0]);
    }

    [Fact]
    public void A_stated_krw_equivalent_is_used_for_a_foreign_amount()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[] { new ArticleRow { Text = "회사는 4000만달러(약 475억원)를 조달했다." } });
        IDataView output = ml.Transforms.KoNewsFeaturize("Text").Fit(data).Transform(data);
        Assert.Equal((float)47_500_000_000m, Column<float>(output, KoNewsColumns.TotalKrw)[0]);
        Assert.Equal(0f, Column<float>(output, KoNewsColumns.UnconvertedMoneyCount)[0]);
    }

    [Fact]
    public void Known_companies_fill_the_code_vector_and_the_hashed_bag()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new ArticleRow { Text = "삼성전자와 SK하이닉스가 나란히 올랐고 삼성전자는 신고가를 썼다." },
            new ArticleRow { Text = "회사 이름이 없는 문장이다." },
        });
        IDataView output = ml.Transforms.KoNewsFeaturize("Text").Fit(data).Transform(data);
        string[][] codes = [.. output.GetColumn<VBuffer<ReadOnlyMemory<char>>>(KoNewsColumns.CompanyCodes).Select(v => v.DenseValues().Select(m => m.ToString()).ToArray())];
        Assert.Equal(2, codes[0].Length);
        Assert.Empty(codes[1]);
        float[][] bags = [.. output.GetColumn<float[]>(KoNewsColumns.CompanyHash)];
        Assert.Equal(2f, bags[0].Sum());
        Assert.Equal(0f, bags[1].Sum());
        float[] counts = Column<float>(output, KoNewsColumns.CompanyCount);
        Assert.InRange(counts[0], 2f, 3f);
        Assert.Equal(0f, counts[1]);
        Assert.Equal([2f, 0f], Column<float>(output, KoNewsColumns.DistinctCompanyCount));
    }
}
